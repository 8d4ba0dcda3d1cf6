import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/ingest/extract-html.ts';

const BODY = '<article><h1>Pabrik Baterai Baru Diresmikan di Kawasan Industri</h1><p>Pemerintah meresmikan pabrik baterai baru yang dibangun investor dari Tiongkok di sebuah kawasan industri.</p><p>Pabrik itu akan mempekerjakan dua ribu orang dan mengekspor sel baterai ke Asia Tenggara.</p></article>';
const page = (head: string, body = BODY) => `<!doctype html><html lang="id"><head><title>Pabrik Baterai Baru</title>${head}</head><body>${body}</body></html>`;
const metaDate = (html: string) => extractHtml(html).dates?.find((d) => d.source === 'meta');

describe('the publication date in a page\'s metadata', () => {
  it('reads JSON-LD alone', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Pabrik Baterai Baru","datePublished":"2024-06-17T09:15:00+07:00","dateModified":"2024-06-18T10:00:00+07:00"}</script>';
    expect(metaDate(page(ld))).toEqual({ source: 'meta', date: '2024-06-17', time: '09:15' });
  });

  it('reads a meta tag named for publication in a content system\'s own way, never one for modification', () => {
    expect(metaDate(page('<meta name="article:modified_time" content="2024-06-20"><meta name="content_PublishedDate" content="2024-06-17 09:15:00">'))).toMatchObject({ date: '2024-06-17' });
    expect(metaDate(page('<meta property="article:modified_time" content="2024-06-20T08:00:00Z">'))).toBeUndefined();
  });

  it('reads the article\'s own <time datetime>, not one in a list of other headlines', () => {
    const sidebar = '<aside><ul><li><a href="/x">Berita lain</a> <time datetime="2024-07-01">1 Juli</time></li></ul></aside><ol><li><a href="/y">Terkini</a> <time datetime="2024-07-02">2 Juli</time></li></ol>';
    expect(metaDate(page('', `${sidebar}<header><time datetime="2024-06-17T08:00:00+07:00">17 Juni 2024</time></header>${BODY}`))).toEqual({ source: 'meta', date: '2024-06-17', time: '08:00' });
    expect(metaDate(page('', `${sidebar}${BODY}`))).toBeUndefined();
    // A byline list is the article's own.
    expect(metaDate(page('', `<ul class="byline"><li>Oleh Redaksi</li><li><time datetime="2024-06-16">16 Juni 2024</time></li></ul>${BODY}`))).toMatchObject({ date: '2024-06-16' });
  });

  it('never takes the footer\'s copyright year', () => {
    const draft = extractHtml(page('', `${BODY}<footer><p>© 2025 Warta Contoh. All rights reserved.</p></footer>`));
    expect(draft.dates).toEqual([]);
    expect(draft.paragraphs.join(' ')).not.toContain('2025');
  });
});
