/**
 * Refuses HTML too deep or too large to parse safely, before it is parsed.
 * Pages are imported inside the running bot (feed items, the admin command),
 * and both parsers cost far more than the byte cap suggests: htmlparser2
 * keeps its open-tag stack with unshift/shift, so parsing is quadratic in the
 * nesting depth (100,000 nested <div>s, 1.2 MB, took 6 s), and Readability is
 * worse (5,000 nested <div>s, 25 kB, held the event loop for four minutes).
 * Real news pages are a few dozen elements deep and hold a few thousand.
 *
 * The scan is a cheap imitation of the parser: tags outside comments and
 * raw-text elements, a stack popped to the matching close tag, and elements
 * whose end tag is optional (p, li, td…) never counted as nesting, since the
 * parser closes them when the next one opens.
 */
import { SourceError } from './source-error.ts';

export const HTML_LIMITS = {
  /** Open elements at any point; the measured cost at this depth is well under a second. */
  maxDepth: 256,
  /** Elements in the whole page; Readability takes about 1 s for 20,000. */
  maxElements: 25_000,
} as const;

/** Throws SourceError when the page nests deeper or holds more elements than HTML_LIMITS. */
export function checkHtmlLimits(html: string, limits: { maxDepth: number; maxElements: number } = HTML_LIMITS): void {
  const stack: string[] = [];
  let elements = 0;
  const tag = /<!--|<(\/?)([a-zA-Z][\w:-]*)/g;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (match[0] === '<!--') {
      tag.lastIndex = skipPast(html, '-->', tag.lastIndex);
      continue;
    }
    const name = match[2]!.toLowerCase();
    if (match[1]) {
      const open = stack.lastIndexOf(name);
      if (open !== -1) stack.length = open;
      continue;
    }
    if (++elements > limits.maxElements) throw new SourceError(`too many HTML elements (more than ${limits.maxElements})`);
    if (RAW_TEXT.has(name)) {
      tag.lastIndex = skipPast(html, `</${name}`, tag.lastIndex, true);
      continue;
    }
    if (VOID.has(name) || OPTIONAL_END.has(name)) continue;
    stack.push(name);
    if (stack.length > limits.maxDepth) throw new SourceError(`HTML nested too deeply (more than ${limits.maxDepth} levels)`);
  }
}

// Their content is text to the parser, whatever tags it seems to hold.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Closed by the parser when a sibling opens, so they never pile up.
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp']);

function skipPast(html: string, end: string, from: number, ignoreCase = false): number {
  const at = ignoreCase ? indexOfIgnoreCase(html, end, from) : html.indexOf(end, from);
  return at === -1 ? html.length : at + end.length;
}

function indexOfIgnoreCase(html: string, needle: string, from: number): number {
  const pattern = new RegExp(needle, 'ig');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}
