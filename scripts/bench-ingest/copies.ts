/**
 * Copies of a kit's pages that the importer takes for new articles: each
 * copy's og:url and canonical link get a `bench=N` query parameter (kept by
 * canonicalUrl, so not the same page) and one sentence of its own at the end
 * of its first long paragraph, which is story text (so not the same text). Everything else — metadata,
 * datelines, furniture — stays as in the kit, so every rule still runs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface KitPage {
  readonly file: string;
  /** The page's real address, as INDEX.tsv gives it. */
  readonly url: string;
}

/** Writes `count` copies into `into`, cycling through the pages; returns their paths. */
export function writeCopies(pagesDir: string, pages: readonly KitPage[], count: number, into: string): string[] {
  const bodies = pages.map((page) => ({ ...page, html: readFileSync(join(pagesDir, page.file), 'utf8') }));
  const paths: string[] = [];
  for (let n = 0; n < count; n++) {
    const page = bodies[n % bodies.length]!;
    const copy = Math.floor(n / bodies.length);
    const path = join(into, `${String(n).padStart(5, '0')}-${page.file}`);
    writeFileSync(path, variant(page.html, page.url, copy));
    paths.push(path);
  }
  return paths;
}

export function variant(html: string, url: string, copy: number): string {
  const address = `${url}${url.includes('?') ? '&' : '?'}bench=${copy}`;
  const story = /<p>([^<]{100,})<\/p>/.exec(html);
  const own = ` Salinan arsip nomor ${copy} disimpan untuk mengukur kecepatan impor.`;
  const marked = story ? `${html.slice(0, story.index)}<p>${story[1]}${own}</p>${html.slice(story.index + story[0].length)}` : html;
  return marked.replaceAll(`"${url}"`, `"${address}"`);
}

/** file and url of every row of the kit's INDEX.tsv. */
export function readKitIndex(pagesDir: string): KitPage[] {
  const [header, ...rows] = readFileSync(join(pagesDir, 'INDEX.tsv'), 'utf8').split('\n').filter((line) => line.trim());
  const columns = header!.split('\t');
  const at = (name: string) => columns.indexOf(name);
  return rows.map((line) => {
    const cells = line.split('\t');
    return { file: cells[at('file')]!, url: cells[at('url')]! };
  });
}
