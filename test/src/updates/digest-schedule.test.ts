import { describe, expect, it } from 'vitest';
import { digestSchedule } from '../../../src/updates/digest-schedule.ts';

// Asia/Jakarta is UTC+7 all year: 07:00 there is 00:00 UTC.
const jakarta = (iso: string) => Date.parse(`${iso}+07:00`);
const nextDigestAt = (from: number, hour: number, timeZone: string) => digestSchedule(hour, timeZone)(from);

describe('digestSchedule', () => {
  it('gives 07:00 Asia/Jakarta the same day when asked before it', () => {
    expect(nextDigestAt(jakarta('2024-09-28T05:30:00'), 7, 'Asia/Jakarta')).toBe(jakarta('2024-09-28T07:00:00'));
  });

  it('gives the next day once 07:00 has come', () => {
    expect(nextDigestAt(jakarta('2024-09-28T07:00:00'), 7, 'Asia/Jakarta')).toBe(jakarta('2024-09-29T07:00:00'));
    expect(nextDigestAt(jakarta('2024-09-28T23:59:00'), 7, 'Asia/Jakarta')).toBe(jakarta('2024-09-29T07:00:00'));
  });

  it('counts the hour in the configured zone, across a daylight-saving change', () => {
    const next = digestSchedule(7, 'Europe/Berlin');
    // Clocks went forward on 31 March 2024: 07:00 was 05:00 UTC, the day before 06:00 UTC.
    expect(next(Date.parse('2024-03-30T12:00:00Z'))).toBe(Date.parse('2024-03-31T05:00:00Z'));
    expect(next(Date.parse('2024-03-29T12:00:00Z'))).toBe(Date.parse('2024-03-30T06:00:00Z'));
  });

  it('sends one digest at the first instant after an hour the clocks skip', () => {
    // New York, 10 March 2024: 02:00 EST became 03:00 EDT (07:00 UTC).
    const next = digestSchedule(2, 'America/New_York');
    expect(next(Date.parse('2024-03-09T12:00:00Z'))).toBe(Date.parse('2024-03-10T07:00:00Z'));
    expect(next(Date.parse('2024-03-10T07:00:00Z'))).toBe(Date.parse('2024-03-11T06:00:00Z'));
  });

  it('sends one digest, not two, on a day an hour occurs twice', () => {
    // Berlin, 27 October 2024: 02:00 CEST (00:00 UTC) and again 02:00 CET (01:00 UTC).
    const next = digestSchedule(2, 'Europe/Berlin');
    expect(next(Date.parse('2024-10-26T12:00:00Z'))).toBe(Date.parse('2024-10-27T00:00:00Z'));
    // because rows enqueued during the repeated hour must join the next day's digest, not make a second one
    expect(next(Date.parse('2024-10-27T00:30:00Z'))).toBe(Date.parse('2024-10-28T01:00:00Z'));
  });

  it('refuses an hour outside 0–23', () => {
    expect(() => digestSchedule(24, 'Asia/Jakarta')).toThrow(/coop-bot: digest hour/);
  });
});
