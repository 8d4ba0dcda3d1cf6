/**
 * /subscribe, /unsubscribe and /subscriptions. The core's
 * handleSubscriptionCommand does the work and words the reply (plain text,
 * escaped on the way out); this module checks who may change the chat's
 * subscriptions — in a group, only its admins; anyone may list them — and
 * posts the reply in the chat's language.
 */
import { handleSubscriptionCommand, type SubscriptionVerb } from '../../src/updates/subscription-commands.ts';
import type { TelegramApp } from './app.ts';
import { replyPlain } from './ask-question.ts';
import { mayManageChat } from './chat-members.ts';
import { replyLanguage } from './language.ts';
import { phrases } from './phrases.ts';
import type { Turn } from './turn.ts';

export async function runSubscriptionCommand(app: TelegramApp, turn: Turn, verb: SubscriptionVerb, args: string): Promise<void> {
  // The topic is a name, not a sentence: it says nothing about the chat's language.
  const language = await replyLanguage(app, turn);
  if (!app.store) return replyPlain(app, turn, phrases(language).subscriptionsUnavailable);
  if (verb !== 'subscriptions' && !(await mayManageChat(app.members, turn))) {
    app.logger.info({ updateId: turn.updateId, verb }, 'subscription change refused: not a group admin');
    return replyPlain(app, turn, phrases(language).groupAdminsOnly);
  }
  const reply = handleSubscriptionCommand(
    { verb, args, chat: { platform: 'telegram', chatId: String(turn.chatId) }, language },
    { store: app.store, lexicon: app.engine.knowledge.lexicon, now: app.now, digestHour: app.digestHour, timeZone: app.timeZone, commandPrefix: '/' },
  );
  app.logger.info({ updateId: turn.updateId, verb, ok: reply.ok }, 'subscription command');
  await replyPlain(app, turn, reply.text);
}
