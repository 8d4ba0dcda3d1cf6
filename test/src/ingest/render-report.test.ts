import { describe, expect, it } from 'vitest';
import { MAX_LISTED, renderIngestReport } from '../../../src/ingest/render-report.ts';
import type { IngestOutcome } from '../../../src/ingest/report.ts';

const imported = (i: number | string, extra: Partial<Extract<IngestOutcome, { kind: 'imported' }>> = {}): IngestOutcome => ({
  kind: 'imported',
  source: `${i}.html`,
  articleId: `id-${i}`,
  title: `T${i}`,
  storyKey: 'k',
  published: '2025-02-14',
  dateSource: 'meta',
  ...extra,
});

const outcomes: IngestOutcome[] = [
  imported('a', { articleId: '2025-02-14_abc', title: 'Smelter Nikel Baru' }),
  { kind: 'duplicate', source: 'b.html', existingId: '2025-02-14_abc', reason: 'url' },
  { kind: 'unrelated', source: 'c.html', title: 'Timnas Menang', missing: ['economy'] },
  { kind: 'failed', source: 'https://x.example/feed', reason: 'HTTP 404 Not Found' },
];

describe('renderIngestReport', () => {
  it('counts every outcome, how the articles were dated, and names each source by outcome, in English', () => {
    expect(renderIngestReport({ outcomes }, 'en')).toBe(
      [
        'Imported 1, duplicates 1, unrelated 1, failed 1.',
        'Dates from: page metadata 1.',
        '',
        'Imported:',
        '- Smelter Nikel Baru (2025-02-14_abc, date from page metadata)',
        '',
        'Already in the corpus:',
        '- b.html = 2025-02-14_abc (same URL)',
        '',
        'Skipped as not about Indonesia–China industrial cooperation:',
        '- Timnas Menang (c.html): no industry, trade, investment or labour subject',
        '',
        'Failed:',
        '- https://x.example/feed: HTTP 404 Not Found',
      ].join('\n'),
    );
  });

  it('speaks Indonesian', () => {
    const text = renderIngestReport({ outcomes }, 'id');
    expect(text).toContain('Diimpor 1, duplikat 1, tidak relevan 1, gagal 1.');
    expect(text).toContain('Tanggal dari: metadata halaman 1.');
    expect(text).toContain('- Timnas Menang (c.html): tidak membahas industri, perdagangan, investasi, atau tenaga kerja');
    expect(text).toContain('Gagal:\n- https://x.example/feed: HTTP 404 Not Found');
  });

  it('counts dates by rule, with how many are approximate', () => {
    const dated = [imported(1), imported(2, { dateSource: 'url' }), imported(3, { dateSource: 'text', publishedApprox: true }), imported(4, { dateSource: 'text' }), imported(5, { dateSource: 'import', publishedApprox: true })];
    expect(renderIngestReport({ outcomes: dated }, 'en').split('\n')[1]).toBe('Dates from: page metadata 1, address 1, text 2 (1 approximate), time of import 1 (approximate).');
  });

  it('says how to import a skipped page anyway, in the caller\'s words', () => {
    const forceCommand = (source: string) => `/ingest --force ${source}`;
    expect(renderIngestReport({ outcomes }, 'en', { forceCommand })).toContain('To import anyway: /ingest --force c.html');
    const two = [...outcomes, { kind: 'unrelated', source: 'd.html', title: 'Liga', missing: ['china', 'economy'] } as const];
    expect(renderIngestReport({ outcomes: two }, 'id', { forceCommand })).toContain('Untuk tetap mengimpor: /ingest --force <sumber>');
  });

  it('marks a failure that may pass later', () => {
    const text = renderIngestReport({ outcomes: [{ kind: 'failed', source: 'https://x.example/a', reason: 'HTTP 503', retry: true }] }, 'en');
    expect(text).toContain('- https://x.example/a: HTTP 503 (may pass later: try again)');
  });

  it('says so when there was nothing, and shortens long lists unless asked for all', () => {
    expect(renderIngestReport({ outcomes: [] }, 'en')).toBe('Nothing to import.');
    const many = Array.from({ length: MAX_LISTED + 3 }, (_, i) => imported(i));
    const text = renderIngestReport({ outcomes: many }, 'en');
    expect(text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(MAX_LISTED);
    expect(text).toContain('… and 3 more');
    const skipped = Array.from({ length: MAX_LISTED + 3 }, (_, i): IngestOutcome => ({ kind: 'unrelated', source: `${i}`, title: `U${i}`, missing: ['china'] }));
    expect(renderIngestReport({ outcomes: skipped }, 'en', { complete: true }).split('\n').filter((l) => l.startsWith('- '))).toHaveLength(MAX_LISTED + 3);
  });
});
