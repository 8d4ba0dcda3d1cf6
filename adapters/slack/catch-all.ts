/**
 * The Slack adapter's one catch-all (Bolt's app.error): every failure of a
 * listener ends here, is logged through pino with where it happened (the
 * event, command or action id), scrubbed of secrets, and — when the surface
 * said how — the user gets a short apology in their language. It must never
 * throw: Bolt would turn that into an HTTP 500 and log the raw error.
 */
import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../../src/logger.ts';
import type { Metrics } from '../ops/metrics.ts';
import { SlackHandlerError } from './handler-error.ts';
import type { Scrubber } from './scrub.ts';

// Errors Bolt raises itself (authorisation, a listener outside guarded())
// carry no Where; these ids from the body say which request it was.
const BodyIdsSchema = z.object({ event_id: z.string().optional(), trigger_id: z.string().optional() });

export function installCatchAll(app: App, log: Logger, scrubber: Scrubber, metrics?: Metrics): void {
  // Typed by hand: Bolt does not export its extended error handler's argument type.
  app.error(async ({ error, body }: { error: Error; body: unknown }) => {
    if (metrics) countApiError(metrics, error instanceof SlackHandlerError ? error.cause : error);
    if (error instanceof SlackHandlerError) {
      log.error({ err: scrubber.error(error.cause), ...error.where }, 'Slack handler failed');
      await apologise(error, log, scrubber);
      return;
    }
    const ids = BodyIdsSchema.safeParse(body);
    const eventId = ids.success ? (ids.data.event_id ?? ids.data.trigger_id) : undefined;
    log.error({ err: scrubber.error(error), surface: 'bolt', eventId }, 'Slack request failed');
  });
}

// The Web API client's error codes (@slack/web-api ErrorCode): a refused call,
// or a 429 it gave up waiting out; other failures are the bot's own.
const API_ERROR_CODES = new Set(['slack_webapi_platform_error', 'slack_webapi_request_error', 'slack_webapi_http_error', 'slack_webapi_rate_limited_error']);

function countApiError(metrics: Metrics, error: unknown): void {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string' || !API_ERROR_CODES.has(code)) return;
  if (code === 'slack_webapi_rate_limited_error') metrics.platformRateLimited.inc({ platform: 'slack' });
  metrics.platformApiErrors.inc({ platform: 'slack' });
}

async function apologise(error: SlackHandlerError, log: Logger, scrubber: Scrubber): Promise<void> {
  if (!error.apologise) return;
  try {
    await error.apologise();
  } catch (failure) {
    log.warn({ err: scrubber.error(failure), ...error.where }, 'Slack apology could not be sent');
  }
}
