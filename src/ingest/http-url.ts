/**
 * The one rule for the addresses the importer works with: a URL, resolved
 * against a base when given, that the bot may keep or fetch only when it is
 * http or https (never file:, data:, javascript: …).
 */

/** The parsed URL when `href` is a valid http(s) address (relative ones resolved against `base`); undefined otherwise. */
export function parseHttpUrl(href: string | null | undefined, base?: string): URL | undefined {
  if (!href) return undefined;
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return undefined;
  }
  return isHttp(url) ? url : undefined;
}

export function isHttp(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}
