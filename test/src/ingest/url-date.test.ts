import { describe, expect, it } from 'vitest';
import { dateInUrl } from '../../../src/ingest/url-date.ts';

describe('dateInUrl', () => {
  it.each([
    ['https://news.example/bisnis/2024/06/17/harga-nikel-naik', '2024-06-17'],
    ['https://news.example/read/2020/06/18/145108926/judul', '2020-06-18'],
    ['http://en.news.example/n3/2024/0420/c90000-20159193.html', '2024-04-20'],
    ['https://news.example/ekonomi/20240617123456-92-1111111/judul', '2024-06-17'],
    ['https://news.example/berita/judul-berita-2023-12-04', '2023-12-04'],
    ['https://news.example/2024/6/7/judul', '2024-06-07'],
  ])('reads %s as %s', (url, date) => {
    expect(dateInUrl(url)?.date).toBe(date);
  });

  it('gives only the year and month when the path holds no day', () => {
    expect(dateInUrl('https://news.example/ekonomi/read/2023/12/576970/judul')).toEqual({ year: 2023, month: 12 });
  });

  it('finds nothing in ids, impossible dates or addresses without a date', () => {
    for (const url of [
      'https://news.example/read/1901439/judul',
      'https://news.example/otomotif/1710247-judul',
      'https://news.example/2024/13/40/judul',
      'https://news.example/news/2023112345/judul',
      'https://news.example/?p=20036',
      'not a url',
      undefined,
    ]) {
      expect(dateInUrl(url)?.date).toBeUndefined();
    }
  });
});
