/**
 * The realdev kit (test/fixtures/realdev: 36 real-news pages written in our
 * own words, labelled in INDEX.tsv) through the importer as `npm run ingest`
 * runs it: every on-topic and "passing" page imported, every off-topic page
 * refused with what it lacked, each page dated as the kit's README says it
 * can be (INDEX's date exactly where the page establishes one, an
 * approximate date where it does not), and the page furniture gone.
 * Nothing here is keyed to a page: the expectations come from INDEX.tsv.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/corpus/article.ts';
import { parseArticleFile } from '../../../src/corpus/load.ts';
import { countDates, type IngestOutcome } from '../../../src/ingest/report.ts';
import { FIXTURES } from '../../helpers.ts';
import { makeIngester } from './helpers.ts';

const KIT = join(FIXTURES, 'realdev', 'pages');

interface Row {
  readonly file: string;
  readonly date: string;
  readonly onTopic: 'yes' | 'passing' | 'no';
}

const rows: Row[] = readFileSync(join(KIT, 'INDEX.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim())
  .map((line) => {
    const [file, , , date, , onTopic] = line.split('\t');
    return { file: file!, date: date!, onTopic: onTopic as Row['onTopic'] };
  });

let outcomes: Map<string, IngestOutcome>;
let articles: Map<string, Article>;
let dateCounts: ReturnType<typeof countDates>;

beforeAll(async () => {
  const { ingester, articlesDir } = makeIngester();
  const report = await ingester.ingest(rows.map((r) => join(KIT, r.file)));
  dateCounts = countDates(report);
  outcomes = new Map(report.outcomes.map((o) => [o.source.split('/').at(-1)!, o]));
  articles = new Map(
    report.outcomes.filter((o) => o.kind === 'imported').map((o) => [o.source.split('/').at(-1)!, parseArticleFile(join(articlesDir, `${o.articleId}.json`))]),
  );
});

const article = (file: string) => articles.get(file)!;
const text = (file: string) => article(file).paragraphs.join('\n');

describe('the realdev kit through the importer', () => {
  it('imports every page on topic or about it in passing, and refuses every page off topic, saying what it lacked', () => {
    for (const row of rows) {
      const outcome = outcomes.get(row.file)!;
      if (row.onTopic === 'no') {
        expect({ file: row.file, kind: outcome.kind }).toEqual({ file: row.file, kind: 'unrelated' });
        expect(outcome.kind === 'unrelated' && outcome.missing.length).toBeGreaterThan(0);
      } else {
        expect({ file: row.file, kind: outcome.kind }).toEqual({ file: row.file, kind: 'imported' });
      }
    }
  });

  it('dates each page with the date the page establishes, exactly, and the others approximately', () => {
    for (const row of rows.filter((r) => r.onTopic !== 'no')) {
      const { published, publishedApprox, dateSource } = article(row.file);
      if (row.date) expect({ file: row.file, published, publishedApprox }).toEqual({ file: row.file, published: row.date, publishedApprox: undefined });
      else expect({ file: row.file, publishedApprox, dateSource }).toEqual({ file: row.file, publishedApprox: true, dateSource: expect.stringMatching(/^(?:text|import)$/) });
    }
  });

  it('reads a dateline without a year through its weekday (README: 27/11 of 2024, 15/8 of 2016, 13/9 of 2023)', () => {
    const byDateline = rows.filter((r) => !r.date && r.onTopic !== 'no' && article(r.file).dateSource === 'text').map((r) => article(r.file).published);
    expect(byDateline).toEqual(expect.arrayContaining(['2024-11-27', '2016-08-15', '2023-09-13', '2021-12-23', '2020-03-25']));
  });

  it('counts the dates by rule', () => {
    expect(dateCounts).toEqual({
      meta: { count: 12, approx: 0 },
      url: { count: 10, approx: 0 },
      text: { count: 7, approx: 7 },
      import: { count: 3, approx: 3 },
    });
  });

  it('strips the furniture: "Baca juga" lines, captions, share rows, sidebars, promotions, footers', () => {
    for (const file of articles.keys()) {
      expect({ file, text: text(file) }).not.toEqual({ file, text: expect.stringMatching(/Baca juga|Read more|\(Foto:|Bagikan:|Terpopuler|©|Google News|breaking news/i) });
    }
    // A sidebar headline no article covers.
    expect([...articles.keys()].map(text).join('\n')).not.toContain('Pangkas Suku Bunga');
  });

  it('keeps one copy of a paragraph the page prints twice', () => {
    for (const file of articles.keys()) {
      const paragraphs = article(file).paragraphs;
      expect({ file, twice: paragraphs.filter((p, i) => paragraphs.indexOf(p) !== i) }).toEqual({ file, twice: [] });
    }
    const page19 = rows.find((r) => r.file.startsWith('19-'))!.file;
    expect(article(page19).paragraphs.filter((p) => p.includes('15,1 juta setiap bulan'))).toHaveLength(1);
  });

  it('imports a page that starts mid-story (page 2 of a paginated AMP article)', () => {
    const page21 = rows.find((r) => r.file.startsWith('21-'))!.file;
    expect(article(page21)).toMatchObject({ published: '2024-07-15', dateSource: 'url', language: 'id' });
    expect(article(page21).url).toContain('?page=2');
  });
});
