import { describe, expect, it } from 'vitest';
import { MAX_FEED_ITEMS, readFeed } from '../../../src/ingest/feed.ts';
import { SourceError } from '../../../src/ingest/source-error.ts';
import { kindOfFile, kindOfResponse, sniffKind } from '../../../src/ingest/source-kind.ts';
import { fixture } from './helpers.ts';

const BASE = 'https://news.example';
const withBase = (name: string) => fixture(name).replaceAll('{{BASE}}', BASE);

describe('readFeed', () => {
  it("reads an RSS 2.0 feed's links, titles and dates as the feed printed them", () => {
    const entries = readFeed(withBase('rss.xml'), `${BASE}/rss.xml`);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toEqual({
      url: `${BASE}/berita/smelter-nikel-patungan?utm_source=rss&utm_medium=feed`,
      // 01:15 at +07:00 is still the 4th in UTC: the outlet's own day is kept.
      fallbacks: { title: 'Smelter Nikel Baru Patungan Indonesia-China Mulai Beroperasi' },
      date: { date: '2025-05-05', time: '01:15' },
    });
  });

  it('reads an Atom feed', () => {
    expect(readFeed(withBase('atom.xml'), `${BASE}/atom.xml`)).toEqual([
      { url: `${BASE}/en/cathode-plant-deal`, fallbacks: { title: 'Chinese battery maker signs deal for Indonesian cathode plant' }, date: { date: '2025-05-20', time: '16:45' } },
    ]);
  });

  it('refuses a truncated feed, an HTML page and plain text with a reason', () => {
    for (const body of [withBase('malformed.xml'), fixture('page-furniture.html'), 'hello']) {
      expect(() => readFeed(body, BASE)).toThrow(SourceError);
    }
    expect(() => readFeed(withBase('malformed.xml'), BASE)).toThrow(/not a complete RSS or Atom feed/);
  });

  it('accepts comments after the root and refuses a run of them quickly when the root is not closed', () => {
    const xml = '<rss version="2.0"><channel><title>t</title><item><title>a</title><link>/a</link></item></channel></rss>';
    expect(readFeed(`${xml}\n<!-- cached -->\n<!-- at 12:00 -->`, BASE)).toHaveLength(1);
    // Because a backtracking pattern took 2^n steps here: 60 comments would never finish.
    expect(() => readFeed(`${xml}${'<!---->'.repeat(60)}x`, BASE)).toThrow(/not a complete RSS or Atom feed/);
  });

  it(`reads at most ${MAX_FEED_ITEMS} items`, () => {
    const item = '<item><title>a</title><link>/a</link></item>';
    const xml = `<rss version="2.0"><channel><title>t</title>${item.repeat(MAX_FEED_ITEMS + 5)}</channel></rss>`;
    expect(readFeed(xml, BASE)).toHaveLength(MAX_FEED_ITEMS);
  });

  it('drops relative links when there is no feed address to resolve them against', () => {
    const xml = '<rss version="2.0"><channel><title>t</title><item><title>a</title><link>/a</link></item></channel></rss>';
    expect(readFeed(xml, undefined)[0]!.url).toBeUndefined();
    expect(readFeed(xml, `${BASE}/feed`)[0]!.url).toBe(`${BASE}/a`);
  });
});

describe('source kinds', () => {
  it('go by the file extension, else by the content', () => {
    expect(kindOfFile('a.txt', '<rss>')).toBe('text');
    expect(kindOfFile('a.htm', '')).toBe('html');
    expect(kindOfFile('a.atom', '')).toBe('feed');
    expect(kindOfFile('download', fixture('rss.xml'))).toBe('feed');
    expect(kindOfFile('download', fixture('page-furniture.html'))).toBe('html');
    expect(kindOfFile('download', 'Judul\n\nIsi berita.')).toBe('text');
  });

  it('sniff a feed served as text/html or application/xml', () => {
    expect(kindOfResponse('text/html; charset=utf-8', fixture('atom.xml'))).toBe('feed');
    expect(kindOfResponse('application/rss+xml', '')).toBe('feed');
    expect(kindOfResponse('text/html', fixture('page-furniture.html'))).toBe('html');
    expect(kindOfResponse('text/plain', 'Judul\nIsi.')).toBe('text');
    expect(sniffKind('\uFEFF<?xml version="1.0"?>\n<!-- c -->\n<!-- a - b --->\n<rdf:RDF xmlns:rdf="x">')).toBe('feed');
  });

  it('sniff a run of comments without backtracking', () => {
    // Because a lazy comment pattern let 290 comments (2 kB) backtrack for ever.
    expect(sniffKind(`${'<!---->'.repeat(290)} x`)).toBe('text');
    expect(sniffKind(`${'<!-- a -->'.repeat(100)}<rss>`)).toBe('feed');
  });
});
