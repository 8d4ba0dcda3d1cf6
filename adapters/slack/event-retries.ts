/**
 * Answers each Slack event once. Slack resends an event it believes timed
 * out (X-Slack-Retry-Num, Bolt's context.retryNum) — after a slow network,
 * or a restart — and a second answer in the thread would look broken. The
 * rule is the event_id: an id already seen is dropped, whatever its retry
 * number; a retry of an event never seen (the first delivery was lost) is
 * answered, since it is the only one. Hazard: SeenIds lives in memory, so a
 * retry that arrives after a restart is answered again.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../../src/logger.ts';
import type { SeenIds } from '../shared/seen.ts';

const EventCallbackSchema = z.object({ type: z.literal('event_callback'), event_id: z.string().min(1) });

export function oncePerEvent(seen: SeenIds, log: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const envelope = EventCallbackSchema.safeParse(body);
    if (envelope.success && !seen.firstTime(envelope.data.event_id)) {
      log.info({ eventId: envelope.data.event_id, retryNum: context.retryNum, retryReason: context.retryReason }, 'Slack event redelivered; answered already');
      return;
    }
    await next();
  };
}
