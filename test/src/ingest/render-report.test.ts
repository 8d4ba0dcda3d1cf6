import { describe, expect, it } from 'vitest';
import { MAX_LISTED, renderIngestReport } from '../../../src/ingest/render-report.ts';
import type { IngestOutcome } from '../../../src/ingest/report.ts';

const outcomes: IngestOutcome[] = [
  { kind: 'imported', source: 'a.html', articleId: '2025-02-14_abc', title: 'Smelter Nikel Baru', storyKey: 's' },
  { kind: 'duplicate', source: 'b.html', existingId: '2025-02-14_abc', reason: 'url' },
  { kind: 'unrelated', source: 'c.html', title: 'Timnas Menang' },
  { kind: 'failed', source: 'https://x.example/feed', reason: 'HTTP 404 Not Found' },
];

describe('renderIngestReport', () => {
  it('counts every outcome and names each source by outcome, in English', () => {
    expect(renderIngestReport({ outcomes }, 'en')).toBe(
      [
        'Imported 1, duplicates 1, unrelated 1, failed 1.',
        '',
        'Imported:',
        '- Smelter Nikel Baru (2025-02-14_abc)',
        '',
        'Already in the corpus:',
        '- b.html = 2025-02-14_abc (same URL)',
        '',
        'Skipped as not about Indonesia–China industrial cooperation:',
        '- Timnas Menang',
        '',
        'Failed:',
        '- https://x.example/feed: HTTP 404 Not Found',
      ].join('\n'),
    );
  });

  it('speaks Indonesian', () => {
    const text = renderIngestReport({ outcomes }, 'id');
    expect(text).toContain('Diimpor 1, duplikat 1, tidak relevan 1, gagal 1.');
    expect(text).toContain('Gagal:\n- https://x.example/feed: HTTP 404 Not Found');
  });

  it('says so when there was nothing, and shortens long lists', () => {
    expect(renderIngestReport({ outcomes: [] }, 'en')).toBe('Nothing to import.');
    const many = Array.from({ length: MAX_LISTED + 3 }, (_, i): IngestOutcome => ({ kind: 'imported', source: `${i}`, articleId: `id-${i}`, title: `T${i}`, storyKey: 'k' }));
    const text = renderIngestReport({ outcomes: many }, 'en');
    expect(text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(MAX_LISTED);
    expect(text).toContain('… and 3 more');
  });
});
