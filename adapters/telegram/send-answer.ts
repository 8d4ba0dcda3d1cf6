/**
 * Sends an engine Answer: rendered as HTML, split to fit, and — when it
 * cites more than fits comfortably — with a "More sources" button holding
 * the rest (see more-sources.ts).
 */
import type { InlineKeyboardMarkup } from 'telegraf/types';
import type { Answer } from '../../src/answer/answer.ts';
import type { Source } from '../../src/answer/walk.ts';
import type { Language } from '../../src/corpus/article.ts';
import type { TelegramApp } from './app.ts';
import { moreSourcesData } from './more-sources.ts';
import { phrases } from './phrases.ts';
import { renderAnswerHtml } from './render-html.ts';
import { replyTo, type Turn } from './turn.ts';

/**
 * `appendixHtml` (already escaped) follows the answer, e.g. the command list
 * under /help. With `thread` (a group's conversation), the messages sent are
 * recorded as its answers, so a reply to any of them continues it.
 */
export async function sendAnswer(app: TelegramApp, turn: Turn, answer: Answer, appendixHtml = '', thread?: string): Promise<void> {
  const { html, overflow } = renderAnswerHtml(answer, app.maxInlineCitations);
  const keyboard = overflow.length > 0 ? moreSourcesKeyboard(app, turn.chatId, answer.language, overflow) : undefined;
  const target = replyTo(turn);
  await app.sender.html(turn.chatId, appendixHtml ? `${html}\n\n${appendixHtml}` : html, {
    ...(target !== undefined && { replyTo: target }),
    ...(keyboard && { keyboard }),
    ...(thread !== undefined && { onSent: (messageId: number) => app.threads.record(turn.chatId, messageId, thread) }),
  });
}

function moreSourcesKeyboard(app: TelegramApp, chatId: number, language: Language, overflow: readonly Source[]): InlineKeyboardMarkup {
  const id = app.moreSources.put({ chatId, language, sources: overflow });
  return { inline_keyboard: [[{ text: phrases(language).moreSources(overflow.length), callback_data: moreSourcesData(id) }]] };
}
