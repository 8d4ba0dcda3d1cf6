/**
 * A checker for Telegram's HTML parse mode, strict where Telegram is: only
 * its tags and attributes, balanced and properly nested, every <, > and &
 * outside markup escaped, only &lt; &gt; &amp; &quot; (and numeric) entities,
 * visible text non-empty and at most 4,096 characters. Used by the fake Bot
 * API (which refuses what Telegram would) and by the property tests.
 */
export const TELEGRAM_MAX_TEXT = 4096;

const ALLOWED_TAGS: Readonly<Record<string, readonly string[]>> = {
  b: [],
  strong: [],
  i: [],
  em: [],
  u: [],
  ins: [],
  s: [],
  strike: [],
  del: [],
  'tg-spoiler': [],
  span: ['class'],
  a: ['href'],
  'tg-emoji': ['emoji-id'],
  code: ['class'],
  pre: [],
  blockquote: ['expandable'],
};
const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"' };
// Elements Telegram refuses inside themselves.
const NO_SELF_NESTING = new Set(['a', 'blockquote', 'pre', 'code']);

const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*)\s*>/;
const ATTRIBUTE = /([a-zA-Z-]+)(?:="([^"]*)")?/g;
const ENTITY = /^&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/;

export interface HtmlCheck {
  readonly problems: readonly string[];
  /** The text as Telegram shows it, entities decoded. */
  readonly text: string;
}

export function checkTelegramHtml(html: string): HtmlCheck {
  const problems: string[] = [];
  const stack: string[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const rest = html.slice(i);
    const char = html[i]!;
    if (char === '<') {
      const tag = TAG.exec(rest);
      if (!tag) {
        problems.push(`unescaped < at ${i}`);
        i += 1;
        continue;
      }
      checkTag(tag, stack, problems);
      i += tag[0].length;
    } else if (char === '&') {
      const entity = ENTITY.exec(rest);
      const decoded = entity ? decodeEntity(entity[1]!) : undefined;
      if (decoded === undefined) {
        problems.push(`unescaped or unknown & at ${i}`);
        i += 1;
        continue;
      }
      text += decoded;
      i += entity![0].length;
    } else if (char === '>') {
      problems.push(`unescaped > at ${i}`);
      i += 1;
    } else {
      text += char;
      i += 1;
    }
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (text.trim().length === 0) problems.push('message text is empty');
  if (text.length > TELEGRAM_MAX_TEXT) problems.push(`text is ${text.length} characters, over ${TELEGRAM_MAX_TEXT}`);
  return { problems, text };
}

function checkTag(tag: RegExpExecArray, stack: string[], problems: string[]): void {
  const [, slash, rawName, attributes] = tag;
  const name = rawName!.toLowerCase();
  const allowed = ALLOWED_TAGS[name];
  if (!allowed) {
    problems.push(`tag <${name}> is not allowed`);
    return;
  }
  if (slash) {
    if (stack[stack.length - 1] !== name) problems.push(`</${name}> closes <${stack[stack.length - 1] ?? 'nothing'}>`);
    else stack.pop();
    return;
  }
  if (NO_SELF_NESTING.has(name) && stack.includes(name)) problems.push(`<${name}> nested in <${name}>`);
  const seen = new Set<string>();
  for (const [, attribute, value] of (attributes ?? '').matchAll(ATTRIBUTE)) {
    if (!allowed.includes(attribute!)) problems.push(`attribute ${attribute} not allowed on <${name}>`);
    if (value !== undefined && /&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)/.test(value)) problems.push(`unescaped & in ${attribute}`);
    seen.add(attribute!);
  }
  if (name === 'a' && !seen.has('href')) problems.push('<a> without href');
  if (name === 'span' && !/class="tg-spoiler"/.test(attributes ?? '')) problems.push('<span> without class="tg-spoiler"');
  stack.push(name);
}

function decodeEntity(body: string): string | undefined {
  if (!body.startsWith('#')) return NAMED_ENTITIES[body];
  const code = body.startsWith('#x') ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
  return code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}
