import { describe, expect, it } from 'vitest';
import { HTML_LIMITS } from '../../../src/ingest/html-limits.ts';
import { SourceError } from '../../../src/ingest/source-error.ts';
import { buildArticle } from '../../../src/ingest/build-article.ts';
import { extractHtml } from '../../../src/ingest/extract-html.ts';
import { projectLexicon } from '../../helpers.ts';
import { fixture } from './helpers.ts';

describe('extractHtml', () => {
  describe('on a page full of furniture', () => {
    const draft = extractHtml(fixture('page-furniture.html'), 'https://warta-industri.example/x');

    it('keeps just the article text', () => {
      expect(draft.paragraphs).toHaveLength(6);
      expect(draft.paragraphs[0]).toMatch(/^Jakarta, Warta Industri – Kementerian Perindustrian/);
      expect(draft.paragraphs.at(-1)).toBe('Kerja sama ini diharapkan rampung dalam nota kesepahaman yang akan ditandatangani kedua menteri pada pertengahan tahun.');
      const text = draft.paragraphs.join('\n');
      // Navigation, sidebar, "Baca juga", share rows, captions, tags, related list, comments, footer.
      for (const furniture of ['Beranda', 'Terpopuler', 'Banjir', 'Baca juga', 'Harga Nikel Dunia', 'PLTS Atap', 'Facebook', 'Bagikan', 'Foto', 'Tags', 'Editor', 'Berita Terkait', 'Feronikel', 'komentar', '©', 'Oleh']) {
        expect(text).not.toContain(furniture);
      }
    });

    it('reads the metadata from JSON-LD, meta tags and the canonical link', () => {
      expect(draft).toMatchObject({
        title: 'Indonesia dan China Perluas Kerja Sama Hilirisasi Nikel di Morowali',
        publisher: 'Warta Industri',
        author: 'Siti Rahmawati',
        dates: [{ source: 'meta', date: '2025-02-14', time: '09:30' }],
        language: 'id',
      });
      const { article } = buildArticle(draft, {}, projectLexicon());
      // The canonical link, without its tracking parameter and fragment, host in lower case.
      expect(article.url).toBe('https://warta-industri.example/ekonomi/2025/02/14/indonesia-china-hilirisasi-nikel-morowali');
      expect(article.id).toMatch(/^2025-02-14_[0-9a-f]{12}$/);
    });
  });

  it('falls back on Open Graph tags and the page URL, and strips the site name from og:title', () => {
    const html = `<html><head><meta property="og:title" content="Nickel Deal Signed in Jakarta | The Daily"><meta property="og:site_name" content="The Daily">
      <meta property="article:published_time" content="2025-01-02T08:00:00Z"><script type="application/ld+json">{ not json</script></head>
      <body><article><p>Indonesia and China signed a nickel processing deal in Jakarta on Thursday, officials said.</p>
      <p>The agreement covers a smelter and a battery precursor plant in Sulawesi, the ministry said in a statement.</p></article></body></html>`;
    const draft = extractHtml(html, 'https://daily.example/a/1');
    expect(draft).toMatchObject({ title: 'Nickel Deal Signed in Jakarta', publisher: 'The Daily', dates: [{ source: 'meta', date: '2025-01-02', time: '08:00' }], url: 'https://daily.example/a/1' });
    // No lang attribute: the text decides.
    expect(buildArticle(draft, {}, projectLexicon()).article.language).toBe('en');
  });

  it('lets the text overrule a wrong lang attribute', () => {
    const html = `<html lang="en"><head><title>Kemenperin Dorong Hilirisasi Nikel Bersama Investor China</title></head><body><article>
      <p>Kementerian Perindustrian mendorong hilirisasi nikel bersama investor dari China untuk memperkuat industri baterai di dalam negeri.</p></article></body></html>`;
    expect(buildArticle(extractHtml(html), { published: '2025-01-01' }, projectLexicon()).article.language).toBe('id');
  });

  describe('on a hostile page', () => {
    it('refuses deep nesting before parsing it', () => {
      // Because Readability took four minutes over 5,000 nested <div>s, and htmlparser2 is quadratic in depth.
      expect(() => extractHtml(`<html><body>${'<div>'.repeat(5000)}<p>Text.</p>${'</div>'.repeat(5000)}</body></html>`)).toThrow(/nested too deeply/);
      expect(() => extractHtml(`<html><body>${'<b>'.repeat(1_000_000)}`)).toThrow(SourceError);
    });

    it('refuses a page with too many elements', () => {
      expect(() => extractHtml(`<html><body>${'<span>x</span>'.repeat(HTML_LIMITS.maxElements + 1)}</body></html>`)).toThrow(/too many HTML elements/);
    });

    it('does not count tags in comments and scripts, nor elements the parser closes itself', () => {
      const script = `<script>var t = "${'<div>'.repeat(1000)}";</script><!-- ${'<div>'.repeat(1000)} -->`;
      const paragraphs = '<p>Indonesia and China signed a nickel processing deal in Jakarta on Thursday, officials said.'.repeat(1000);
      expect(extractHtml(`<html><head><title>Nickel Deal Signed in Jakarta Today</title>${script}</head><body><article>${paragraphs}</article></body></html>`).paragraphs.length).toBeGreaterThan(0);
    });

    it('strips the site name from a title of any length in linear time', () => {
      const title = `Nickel${' '.repeat(1_000_000)}x`;
      const html = `<html><head><meta property="og:site_name" content="The Daily"><meta property="og:title" content="${title}"></head><body><p>a</p></body></html>`;
      // Because the former regex was quadratic here (50 kB of spaces took 2 s); the test's own timeout is the guard.
      expect(extractHtml(html).title).toBe(title);
    });
  });
});
