/**
 * The one address an admin's ingest command accepts, the same rule on
 * every platform: exactly one absolute http(s) URL with a host, at most
 * 2,048 characters, returned normalised. Everything else is refused before
 * the ingest pipeline sees it — in particular file paths and `file:` URLs,
 * which IngestService.ingest would read from the bot's disk.
 *
 * A URL carrying a user name or password is refused too: the address is
 * logged, stored in the registry and shown to every subscriber as the
 * article's link, so credentials in it would leak to all of them.
 */
import { parseHttpUrl } from '../../src/ingest/http-url.ts';

const MAX_URL_CHARS = 2_048;

/**
 * The command's arguments without a leading `--force` (import even what the
 * relevance check would skip), and whether it was there. Phones turn "--"
 * into a dash, so "—force", "-force" and a bare "force" count too.
 */
export function splitForce(args: string): { readonly force: boolean; readonly rest: string } {
  const m = /^\s*(?:--|—|–|-)?force(?:\s+|$)/i.exec(args);
  return m ? { force: true, rest: args.slice(m[0].length) } : { force: false, rest: args };
}

export function parseIngestUrl(text: string): string | undefined {
  const raw = text.trim();
  if (raw === '' || raw.length > MAX_URL_CHARS || /\s/.test(raw)) return undefined;
  const url = parseHttpUrl(raw);
  if (!url?.hostname || url.username || url.password) return undefined;
  return url.href;
}
