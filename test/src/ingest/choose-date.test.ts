import { describe, expect, it } from 'vitest';
import { chooseDate, type DateClue } from '../../../src/ingest/choose-date.ts';
import type { ArticleDraft } from '../../../src/ingest/draft.ts';

const NOW = Date.UTC(2026, 11, 3, 10);
const draft = (overrides: Partial<ArticleDraft> = {}): ArticleDraft => ({ title: 'Judul', paragraphs: ['Isi berita tanpa tanggal.'], ...overrides });
const meta = (date: string, time?: string): DateClue => ({ source: 'meta', date, ...(time && { time }) });
const masthead = (date: string, time?: string): DateClue => ({ source: 'text', date, ...(time && { time }) });

describe('chooseDate', () => {
  it('keeps a stated date (an operator\'s) over everything the page says', () => {
    expect(chooseDate(draft({ published: '2024-06-17', dates: [meta('2024-06-18')] }), {}, NOW)).toEqual({ published: '2024-06-17', dateSource: 'operator' });
  });

  it('takes the metadata first, then the address, then the masthead', () => {
    const url = 'https://news.example/2024/06/16/judul';
    expect(chooseDate(draft({ url, dates: [meta('2024-06-18', '08:00'), masthead('2024-06-15')] }), {}, NOW)).toEqual({ published: '2024-06-18', publishedTime: '08:00', dateSource: 'meta' });
    expect(chooseDate(draft({ url, dates: [masthead('2024-06-16', '14:23')] }), {}, NOW)).toEqual({ published: '2024-06-16', publishedTime: '14:23', dateSource: 'url' });
    expect(chooseDate(draft({ dates: [masthead('2024-06-15', '09:00')] }), {}, NOW)).toEqual({ published: '2024-06-15', publishedTime: '09:00', dateSource: 'text' });
  });

  it('marks a dateline in the body approximate: it dates the event, not the publication', () => {
    expect(chooseDate(draft({ paragraphs: ['Menteri meresmikan pabrik itu, Senin (11/11/2024).'] }), {}, NOW)).toEqual({ published: '2024-11-11', publishedApprox: true, dateSource: 'text' });
  });

  it('takes the feed item\'s date, then the server\'s Last-Modified (approximate), then the day of import (approximate)', () => {
    expect(chooseDate(draft(), { feed: { date: '2025-05-05', time: '01:15' }, lastModified: 'Tue, 06 May 2025 10:00:00 GMT' }, NOW)).toEqual({ published: '2025-05-05', publishedTime: '01:15', dateSource: 'feed' });
    expect(chooseDate(draft(), { lastModified: 'Tue, 06 May 2025 10:00:00 GMT' }, NOW)).toEqual({ published: '2025-05-06', publishedApprox: true, dateSource: 'http' });
    expect(chooseDate(draft(), {}, NOW)).toEqual({ published: '2026-12-03', publishedApprox: true, dateSource: 'import' });
  });

  it('does not believe a date in the future or before 1990', () => {
    expect(chooseDate(draft({ dates: [meta('2027-01-05'), masthead('1989-12-31')] }), {}, NOW)).toMatchObject({ dateSource: 'import' });
    // A day ahead is the outlet's local date running ahead of UTC, not the future.
    expect(chooseDate(draft({ dates: [meta('2026-12-04')] }), {}, NOW)).toMatchObject({ published: '2026-12-04', dateSource: 'meta' });
  });

  it('holds every date to the year and month an address states, and falls back on that month', () => {
    const url = 'https://news.example/read/2023/12/576970/judul';
    expect(chooseDate(draft({ url, dates: [meta('2021-01-01'), masthead('2023-12-05', '01:10')] }), {}, NOW)).toEqual({ published: '2023-12-05', publishedTime: '01:10', dateSource: 'text' });
    expect(chooseDate(draft({ url }), {}, NOW)).toEqual({ published: '2023-12-01', publishedApprox: true, dateSource: 'url' });
  });
});
