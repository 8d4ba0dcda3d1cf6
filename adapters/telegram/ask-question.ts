/**
 * Answers one question from the engine, or says it is too long. The reply
 * language is the chat's /lang choice when set (or the command's own
 * language), else what the engine detects in the question, with the user's
 * client language as a hint.
 */
import { messages } from '../../src/answer/messages.ts';
import type { Language } from '../../src/corpus/article.ts';
import type { TelegramApp } from './app.ts';
import { languageHint, replyLanguage } from './language.ts';
import { sendAnswer } from './send-answer.ts';
import { replyTo, type Turn } from './turn.ts';

export async function askQuestion(app: TelegramApp, turn: Turn, text: string, language?: Language): Promise<void> {
  if (text.length > app.maxQuestionChars) {
    await replyPlain(app, turn, messages(language ?? (await replyLanguage(app, turn, text))).tooLong(app.maxQuestionChars));
    return;
  }
  const preferredLanguage = language ?? (await app.settings.get(turn.chatId));
  const hint = languageHint(turn.languageCode);
  const answer = app.engine.ask({ text, ...(preferredLanguage && { preferredLanguage }), ...(hint && { languageHint: hint }) });
  await sendAnswer(app, turn, answer);
}

/** A phrase (escaped), threaded to the question in groups. */
export async function replyPlain(app: TelegramApp, turn: Turn, text: string): Promise<void> {
  const target = replyTo(turn);
  await app.sender.plain(turn.chatId, text, target !== undefined ? { replyTo: target } : {});
}
