/**
 * Answers one question from the engine, or says it is too long. A command
 * that stands for an intent (/minerals, /summary UNIDO) passes the intent
 * and its topic, so its words are never classified again. The engine picks
 * the reply language from the chat's /lang choice, the question and the
 * user's client language (language.ts).
 */
import type { IntentName } from '../../src/answer/answer.ts';
import { messages } from '../../src/answer/messages.ts';
import type { TelegramApp } from './app.ts';
import { placeOf, telegramOrigin } from './conversation.ts';
import { languageCue } from './language.ts';
import { sendAnswer } from './send-answer.ts';
import { replyTo, type Turn } from './turn.ts';

/** `intent`: the command's; `text` is then its topic, possibly empty. */
export async function askQuestion(app: TelegramApp, turn: Turn, text: string, intent?: IntentName, appendixHtml?: string): Promise<void> {
  const cue = await languageCue(app, turn, text);
  if (text.length > app.maxQuestionChars) {
    await replyPlain(app, turn, messages(app.engine.replyLanguage(cue)).tooLong(app.maxQuestionChars));
    return;
  }
  const place = placeOf(turn, app.me.id, app.threads);
  const answer = app.engine.ask({ ...cue, text, ...(intent && { intent }), origin: telegramOrigin(turn, place) });
  await sendAnswer(app, turn, answer, appendixHtml, place.thread);
}

/** A phrase (escaped), threaded to the question in groups. */
export async function replyPlain(app: TelegramApp, turn: Turn, text: string): Promise<void> {
  const target = replyTo(turn);
  await app.sender.plain(turn.chatId, text, target !== undefined ? { replyTo: target } : {});
}
