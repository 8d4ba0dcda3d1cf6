/**
 * When daily digests go out: DIGEST_HOUR o'clock in TIMEZONE (07:00
 * Asia/Jakarta by default). croner does the calendar arithmetic, so daylight
 * saving time in zones that have it cannot shift or skip a digest: an hour
 * that does not exist that day (clocks go forward) gives the first instant
 * after the gap, and an hour that occurs twice (clocks go back) gives one
 * digest, at its first occurrence.
 */
import { Cron } from 'croner';

/** A function from an instant to the next digest time after it (epoch milliseconds). */
export type DigestSchedule = (from: number) => number;

export function digestSchedule(hour: number, timeZone: string): DigestSchedule {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error(`coop-bot: digest hour must be 0–23, got ${hour}`);
  // No callback: the Cron object only computes times, it never schedules anything.
  const cron = new Cron(`0 ${hour} * * *`, { timezone: timeZone });
  return (from) => {
    const next = cron.nextRun(new Date(from));
    if (!next) throw new Error('coop-bot: a daily schedule always has a next run');
    return next.getTime();
  };
}
