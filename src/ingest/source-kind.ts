/**
 * What a source is: a plain-text capture, an HTML page or a feed. The file
 * extension or the Content-Type says so when it can; otherwise the first
 * bytes do, since servers often send feeds as text/html or text/plain.
 */
export type SourceKind = 'text' | 'html' | 'feed';

export function kindOfFile(path: string, body: string): SourceKind {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (extension === 'txt') return 'text';
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  if (extension === 'xml' || extension === 'rss' || extension === 'atom') return 'feed';
  return sniffKind(body);
}

export function kindOfResponse(contentType: string, body: string): SourceKind {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (/^application\/(?:rss|atom|rdf)\+xml$/.test(type)) return 'feed';
  return sniffKind(body) === 'feed' ? 'feed' : type === 'text/plain' ? 'text' : 'html';
}

export function sniffKind(body: string): SourceKind {
  const start = body.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  // A feed's root element, after an optional XML declaration, comments and stylesheet instructions.
  // A comment's body cannot hold "-->", so each comment matches one way only: a
  // lazy `[\s\S]*?` there let a run of comments backtrack exponentially.
  const root = /^(?:<\?xml[^>]*\?>\s*)?(?:<\?xml-stylesheet[^>]*\?>\s*|<!--(?:[^-]|-(?!->))*-->\s*)*<((?:[\w-]+:)?[\w-]+)/i.exec(start)?.[1]?.toLowerCase();
  if (root && /(?:^|:)(?:rss|feed|rdf)$/.test(root)) return 'feed';
  if (/^<(?:!doctype html|html|head|body)\b/i.test(start) || /<(?:p|div|article)\b[^>]*>/i.test(start)) return 'html';
  return 'text';
}
