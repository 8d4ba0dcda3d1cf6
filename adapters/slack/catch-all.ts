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
import { SlackHandlerError } from './handler-error.ts';
import type { Scrubber } from './scrub.ts';

// Errors Bolt raises itself (authorisation, a listener outside guarded())
// carry no Where; these ids from the body say which request it was.
const BodyIdsSchema = z.object({ event_id: z.string().optional(), trigger_id: z.string().optional() });

export function installCatchAll(app: App, log: Logger, scrubber: Scrubber): void {
  // Typed by hand: Bolt does not export its extended error handler's argument type.
  app.error(async ({ error, body }: { error: Error; body: unknown }) => {
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

async function apologise(error: SlackHandlerError, log: Logger, scrubber: Scrubber): Promise<void> {
  if (!error.apologise) return;
  try {
    await error.apologise();
  } catch (failure) {
    log.warn({ err: scrubber.error(failure), ...error.where }, 'Slack apology could not be sent');
  }
}
