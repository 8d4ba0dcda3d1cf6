/**
 * Splits Telegram HTML into messages of at most `limit` characters (the raw
 * HTML, which bounds the 4,096 characters Telegram counts after parsing).
 * Cuts fall, in order of preference, at a blank line, a line break, the end
 * of a sentence or a space, preferring a cut that fills at least half a
 * message; a cut never falls inside a tag, an entity or a surrogate pair.
 * Elements open at a cut are closed at the end of one message and reopened,
 * with their attributes, at the start of the next.
 *
 * Hazard: the input must be well-formed (html.ts and render-html.ts make
 * it so); property-tested in test/adapters/telegram/split-html.test.ts.
 */
export const TELEGRAM_MAX_MESSAGE = 4096;

type Atom =
  | { readonly kind: 'open'; readonly name: string; readonly raw: string }
  | { readonly kind: 'close'; readonly name: string; readonly raw: string }
  | { readonly kind: 'text'; readonly raw: string };

type OpenAtom = Extract<Atom, { kind: 'open' }>;
type Stack = readonly OpenAtom[];

interface Cut {
  readonly end: number;
  readonly length: number;
  readonly priority: number;
  /** Elements still open after atom `end - 1`. */
  readonly open: Stack;
}

const PARAGRAPH = 3;
const LINE = 2;
const SENTENCE = 1;
const WORD = 0;
const HARD = -1;

export function splitHtml(html: string, limit = TELEGRAM_MAX_MESSAGE): string[] {
  const atoms = atomsOf(html.trim());
  const chunks: string[] = [];
  let start = 0;
  let open: Stack = [];
  while (start < atoms.length) {
    const cut = nextCut(atoms, start, open, limit);
    const body = atoms.slice(start, cut.end).map((a) => a.raw).join('').trimEnd();
    chunks.push(dropEmptyElements(opening(open) + body + closing(cut.open)));
    start = skipSpaces(atoms, cut.end);
    open = cut.open;
  }
  return chunks.filter(hasVisibleText);
}

// Tags, entities and surrogate pairs are indivisible; everything else is one UTF-16 unit.
const ATOM = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^>]*)?>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g;

function atomsOf(html: string): Atom[] {
  return Array.from(html.matchAll(ATOM), ([raw]): Atom => {
    if (raw.length < 3 || raw[0] !== '<') return { kind: 'text', raw };
    const name = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(raw)![1]!.toLowerCase();
    return raw[1] === '/' ? { kind: 'close', name, raw } : { kind: 'open', name, raw };
  });
}

function nextCut(atoms: readonly Atom[], start: number, open: Stack, limit: number): Cut {
  let stack = open;
  let length = opening(open).length;
  let end = start;
  const cuts: Cut[] = [];
  while (end < atoms.length) {
    const atom = atoms[end]!;
    const next = afterAtom(stack, atom);
    // At least one atom per message, or an oversized tag would loop forever.
    if (length + atom.raw.length + closing(next).length > limit && end > start) break;
    stack = next;
    length += atom.raw.length;
    end += 1;
    const priority = breakPriority(atoms, end);
    if (priority !== undefined) cuts.push({ end, length, priority, open: stack });
  }
  if (end >= atoms.length) return { end, length, priority: PARAGRAPH, open: stack };
  return bestCut(cuts, limit) ?? { end, length, priority: HARD, open: stack };
}

function afterAtom(stack: Stack, atom: Atom): Stack {
  if (atom.kind === 'open') return [...stack, atom];
  if (atom.kind === 'close') {
    const index = stack.map((a) => a.name).lastIndexOf(atom.name);
    return index < 0 ? stack : stack.slice(0, index);
  }
  return stack;
}

// A cut after atom `end - 1` is possible when that atom is white space.
function breakPriority(atoms: readonly Atom[], end: number): number | undefined {
  const atom = atoms[end - 1]!;
  if (atom.kind !== 'text' || !/^\s$/.test(atom.raw)) return undefined;
  if (atom.raw === '\n') return atoms[end - 2]?.raw === '\n' ? PARAGRAPH : LINE;
  return endsSentence(atoms, end - 2) ? SENTENCE : WORD;
}

function endsSentence(atoms: readonly Atom[], from: number): boolean {
  let i = from;
  while (i >= 0 && (atoms[i]!.kind !== 'text' || /^[”"’')\]»]$|^&quot;$/.test(atoms[i]!.raw))) i -= 1;
  return i >= 0 && /^[.!?…]$/.test(atoms[i]!.raw);
}

// The best kind of cut among those filling at least half a message; failing that, among all.
function bestCut(cuts: readonly Cut[], limit: number): Cut | undefined {
  const full = cuts.filter((c) => c.length >= limit / 2);
  const pool = full.length > 0 ? full : cuts;
  let best: Cut | undefined;
  for (const cut of pool) if (!best || cut.priority > best.priority || (cut.priority === best.priority && cut.end > best.end)) best = cut;
  return best;
}

function skipSpaces(atoms: readonly Atom[], from: number): number {
  let i = from;
  while (i < atoms.length && atoms[i]!.kind === 'text' && /^\s$/.test(atoms[i]!.raw)) i += 1;
  return i;
}

function opening(stack: Stack): string {
  return stack.map((a) => a.raw).join('');
}

function closing(stack: Stack): string {
  return stack.map((a) => `</${a.name}>`).reverse().join('');
}

// A cut right after an opening tag leaves "<b></b>"; Telegram needs no empty elements.
function dropEmptyElements(html: string): string {
  let previous;
  let current = html;
  do {
    previous = current;
    current = current.replace(/<([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^>]*)?><\/\1>/g, '');
  } while (current !== previous);
  return current;
}

function hasVisibleText(html: string): boolean {
  return html.replace(/<[^>]*>/g, '').trim().length > 0;
}
