/**
 * @-mentions in channels (app_mention): answered in the thread of the
 * mention, so a channel does not fill with answers. Refusals and apologies
 * go only to the asker (chat.postEphemeral). Mentions by other bots are
 * ignored: two bots mentioning each other would loop. A mention that starts
 * with a subscription word (`@coop-bot subscribe nickel`) manages the
 * channel's subscriptions, answered only to the person who wrote it. Once
 * answered, plain replies in the thread are follow-ups (thread-reply.ts).
 */
import type { App } from '@slack/bolt';
import { slackOrigin, userKey } from '../asker.ts';
import { viaEphemeral, viaPost } from '../deliver.ts';
import { questionFromSlack } from '../incoming-text.ts';
import { EnvelopeSchema, MentionSchema } from '../payloads.ts';
import { actionFromText } from '../subcommands.ts';
import { answerQuestion } from './answer-question.ts';
import type { SurfaceDeps } from './deps.ts';
import { answerSubscription } from './subscriptions.ts';

export function registerMention(app: App, deps: SurfaceDeps): void {
  app.event('app_mention', async ({ event, body, client, context }) => {
    const parsed = MentionSchema.safeParse(event);
    if (!parsed.success || parsed.data.bot_id) return;
    const mention = parsed.data;
    const envelope = EnvelopeSchema.safeParse(body);
    const team = envelope.data?.team_id;
    const thread = mention.thread_ts ?? mention.ts;
    const text = questionFromSlack(mention.text, context.botUserId);
    const where = { surface: 'mention', eventId: envelope.data?.event_id, team, channel: mention.channel } as const;
    const notice = viaEphemeral(client, mention.channel, mention.user, thread);
    const action = actionFromText(text);
    if (action?.kind === 'subscription') return answerSubscription(deps, action, { channelId: mention.channel, userId: mention.user }, notice, where);
    // The thread is the bot's from now on (thread-reply.ts); a mention in it continues its conversation.
    deps.threads.answered(team, mention.channel, thread);
    await answerQuestion(deps, { text, userKey: userKey(team, mention.user), where, origin: slackOrigin(team, mention.channel, mention.user, false, thread, true) }, { answer: viaPost(client, mention.channel, thread), notice });
  });
}
