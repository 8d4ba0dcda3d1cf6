/**
 * The pieces of Telegram's HTML parse mode this adapter writes. Every
 * dynamic string goes through `escapeHtml` (text) or an attribute helper
 * before it reaches a message.
 *
 * Hazard: Telegram knows only &lt; &gt; &amp; &quot; as named entities and a
 * short list of tags (b, i, u, s, a, code, pre, blockquote, tg-spoiler…);
 * anything else fails the whole sendMessage with "can't parse entities".
 */

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** For values inside double-quoted attributes. */
export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

export function bold(text: string): string {
  return `<b>${escapeHtml(text)}</b>`;
}

/** Already-built HTML set apart as a quotation. */
export function blockquote(html: string): string {
  return `<blockquote>${html}</blockquote>`;
}

/** A link when the URL is http(s); otherwise just the label, since other schemes (javascript:, tg:) are not ours to offer. */
export function link(url: string | undefined, label: string): string {
  return linkHtml(url, escapeHtml(label));
}

/** `link` for a label that is already HTML (escaped, maybe cut to fit). */
export function linkHtml(url: string | undefined, labelHtml: string): string {
  if (!url || !isWebUrl(url)) return labelHtml;
  return `<a href="${escapeAttribute(url)}">${labelHtml}</a>`;
}

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
