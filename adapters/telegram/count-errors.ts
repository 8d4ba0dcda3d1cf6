/**
 * Feeds the platform counters from failed Bot API calls: every 429, and
 * every call that failed for good. Shared by the retrying calls of the chat
 * handlers (retry.ts `onError`) and the notification sender.
 */
import type { Metrics } from '../ops/metrics.ts';
import type { TelegramApiError } from './api-error.ts';

export function countErrors(metrics: Metrics): (error: TelegramApiError, final: boolean) => void {
  return (error, final) => {
    if (error.code === 429) metrics.platformRateLimited.inc({ platform: 'telegram' });
    if (final) metrics.platformApiErrors.inc({ platform: 'telegram' });
  };
}
