/**
 * The only way dynamic text (a user's words, a corpus title or quote) enters
 * a Slack message. Hazard: in mrkdwn `<!channel>`, `<@U…>` and `<url|label>`
 * are live syntax, so every dynamic string must pass through `escapeMrkdwn`,
 * and the one `<…>` this adapter writes itself is `citationLink`, built from
 * a corpus URL that parses as http(s). Slack asks for exactly three escapes.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c]!);
}

/**
 * `<url|label>` when the URL is http(s), else undefined (the caller shows the
 * label alone). The label is escaped and its `|` replaced, since Slack splits
 * the link at a `|`; the URL is re-serialised so it cannot close the link.
 */
export function citationLink(url: string | undefined, label: string): string | undefined {
  const href = safeHref(url);
  return href === undefined ? undefined : `<${href}|${escapeMrkdwn(oneLine(label).replace(/\|/g, '∣'))}>`;
}

/** Cuts raw text to at most `max` characters (an ellipsis included), never inside a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - 1);
  if (isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** Collapses line breaks and runs of spaces: a title must not open a new mrkdwn line (a quote, a list). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Links over this length are shown as plain titles: they would crowd out the text budget.
const MAX_HREF = 1_000;

function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  // WHATWG serialisation percent-encodes spaces, < and > but leaves |, which would end the URL part.
  const href = escapeMrkdwn(parsed.href.replace(/\|/g, '%7C'));
  return href.length <= MAX_HREF ? href : undefined;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Escapes `text` and cuts it (before escaping, so no entity is split) until the result fits in `max`. */
export function escapeWithin(text: string, max: number): string {
  let raw = text;
  let escaped = escapeMrkdwn(raw);
  while (escaped.length > max) {
    // Shrink in proportion: strictly shorter each round, so the loop ends.
    raw = truncate(raw, Math.max(1, Math.floor((raw.length * max) / escaped.length)));
    escaped = escapeMrkdwn(raw);
  }
  return escaped;
}
