/**
 * The one URL `/coop ingest` accepts, read from the command's text as Slack
 * sends it: a link may arrive wrapped (`<https://…>` or `<https://…|label>`)
 * and with `&`, `<`, `>` escaped. Anything but exactly one http(s) URL is
 * refused before the ingest pipeline sees it — in particular file paths and
 * `file:` URLs, which the pipeline would otherwise read from the bot's disk.
 */
// As the Telegram adapter's /ingest: longer is no article address.
const MAX_URL = 2_048;

export type IngestTarget = { readonly ok: true; readonly url: string } | { readonly ok: false };

export function ingestTarget(args: string): IngestTarget {
  const text = args.trim();
  if (text.length > MAX_URL) return { ok: false };
  // A wrapped link's label may hold spaces; anything else must be one word.
  const wrapped = WRAPPED.exec(text);
  if (!wrapped && (text === '' || /\s/.test(text))) return { ok: false };
  const raw = unescape(wrapped ? wrapped[1]! : text);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false };
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return { ok: false };
  return { ok: true, url: url.href };
}

// `<https://a.test/x|a.test/x>` → `https://a.test/x`.
const WRAPPED = /^<([^<>|\s]+)(?:\|[^<>]*)?>$/;

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
