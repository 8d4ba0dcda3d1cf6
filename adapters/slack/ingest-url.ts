/**
 * The one URL `/coop ingest` accepts, read from the command's text as Slack
 * sends it: a link may arrive wrapped (`<https://…>` or `<https://…|label>`)
 * and with `&`, `<`, `>` escaped. Once unwrapped, the address must pass the
 * rule both adapters share (adapters/shared/ingest-url.ts): exactly one
 * http(s) URL — no file paths, no `file:` URLs, no credentials.
 */
import { parseIngestUrl } from '../shared/ingest-url.ts';

export type IngestTarget = { readonly ok: true; readonly url: string } | { readonly ok: false };

export function ingestTarget(args: string): IngestTarget {
  const text = args.trim();
  // A wrapped link's label may hold spaces; the URL inside it may not.
  const wrapped = WRAPPED.exec(text);
  const url = parseIngestUrl(unescape(wrapped ? wrapped[1]! : text));
  return url === undefined ? { ok: false } : { ok: true, url };
}

// `<https://a.test/x|a.test/x>` → `https://a.test/x`; bounded, so a long label costs nothing.
const WRAPPED = /^<([^<>|\s]{1,2048})(?:\|[^<>]{0,2048})?>$/;

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
