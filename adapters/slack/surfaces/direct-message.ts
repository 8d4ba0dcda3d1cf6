/**
 * Direct messages (message.im): a person's new message is a question,
 * answered in the DM (in its thread when the question was asked in one).
 * Everything else the event also delivers — edits, deletions, the bot's own
 * and other bots' posts — carries a subtype or bot_id and is ignored
 * (payloads.ts), so the bot never answers itself. A message that starts
 * with a subscription word (`subscribe nickel`) manages the person's own
 * subscriptions instead.
 */
import type { App } from '@slack/bolt';
import { slackOrigin, userKey } from '../asker.ts';
import { viaPost } from '../deliver.ts';
import { questionFromSlack } from '../incoming-text.ts';
import { DirectMessageSchema, EnvelopeSchema } from '../payloads.ts';
import { actionFromText } from '../subcommands.ts';
import { answerQuestion } from './answer-question.ts';
import type { SurfaceDeps } from './deps.ts';
import { answerSubscription } from './subscriptions.ts';

export function registerDirectMessages(app: App, deps: SurfaceDeps): void {
  app.event('message', async ({ event, body, client, context }) => {
    const parsed = DirectMessageSchema.safeParse(event);
    if (!parsed.success) return;
    const message = parsed.data;
    const envelope = EnvelopeSchema.safeParse(body);
    const team = envelope.data?.team_id;
    const reply = viaPost(client, message.channel, message.thread_ts);
    const text = questionFromSlack(message.text, context.botUserId);
    const where = { surface: 'direct-message', eventId: envelope.data?.event_id, team, channel: message.channel } as const;
    const action = actionFromText(text);
    if (action?.kind === 'subscription') return answerSubscription(deps, action, { channelId: message.channel, userId: message.user }, reply, where);
    await answerQuestion(deps, { text, userKey: userKey(team, message.user), where, origin: slackOrigin(team, message.channel, message.user, true, message.thread_ts, true) }, { answer: reply, notice: reply });
  });
}
