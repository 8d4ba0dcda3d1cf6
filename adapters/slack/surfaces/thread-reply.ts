/**
 * Replies in a channel thread the bot answered (message.channels,
 * message.groups): a person's plain reply there is a follow-up, answered in
 * the thread with the conversation's context, without mentioning the bot
 * again. A reply that mentions the bot is the app_mention's (answered once,
 * there); a reply that addresses anyone else (`<@U…>`) releases the thread,
 * and the bot stays quiet until mentioned again. Edits, bots' posts and
 * top-level channel messages are ignored (payloads.ts).
 */
import type { App } from '@slack/bolt';
import { slackOrigin, userKey } from '../asker.ts';
import { viaEphemeral, viaPost } from '../deliver.ts';
import { questionFromSlack } from '../incoming-text.ts';
import { EnvelopeSchema, ThreadReplySchema } from '../payloads.ts';
import { answerQuestion } from './answer-question.ts';
import type { SurfaceDeps } from './deps.ts';

const USER_MENTION = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g;

export function registerThreadReplies(app: App, deps: SurfaceDeps): void {
  app.event('message', async ({ event, body, client, context }) => {
    const parsed = ThreadReplySchema.safeParse(event);
    if (!parsed.success || parsed.data.ts === parsed.data.thread_ts) return;
    const reply = parsed.data;
    const envelope = EnvelopeSchema.safeParse(body).data;
    const team = envelope?.team_id;
    const thread = reply.thread_ts;
    if (!deps.threads.isAnswered(team, reply.channel, thread)) return;
    const mentioned = [...reply.text.matchAll(USER_MENTION)].map((m) => m[1]);
    if (mentioned.includes(context.botUserId)) return;
    if (mentioned.length > 0) return deps.threads.release(team, reply.channel, thread);
    const where = { surface: 'thread-reply', eventId: envelope?.event_id, team, channel: reply.channel } as const;
    const text = questionFromSlack(reply.text, context.botUserId);
    deps.threads.answered(team, reply.channel, thread);
    await answerQuestion(
      deps,
      { text, userKey: userKey(team, reply.user), where, origin: slackOrigin(team, reply.channel, reply.user, false, thread, true) },
      { answer: viaPost(client, reply.channel, thread), notice: viaEphemeral(client, reply.channel, reply.user, thread) },
    );
  });
}
