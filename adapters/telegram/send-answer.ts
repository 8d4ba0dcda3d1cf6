/**
 * Sends an engine Answer: rendered as HTML, split to fit, and — when it
 * cites more than fits comfortably — with a "More sources" button holding
 * the rest (see more-sources.ts), and beside it 👍/👎 when the answer is in
 * the question history (vote-buttons.ts).
 */
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'telegraf/types';
import type { Answer } from '../../src/answer/answer.ts';
import type { Source } from '../../src/answer/walk.ts';
import { votable } from '../../src/history/index.ts';
import type { TelegramApp } from './app.ts';
import { moreSourcesData } from './more-sources.ts';
import { phrases } from './phrases.ts';
import { renderAnswerHtml } from './render-html.ts';
import { replyTo, type Turn } from './turn.ts';
import { voteButtons } from './vote-buttons.ts';

/**
 * `appendixHtml` (already escaped) follows the answer, e.g. the command list
 * under /help. With `thread` (a group's conversation), the messages sent are
 * recorded as its answers, so a reply to any of them continues it.
 */
export async function sendAnswer(app: TelegramApp, turn: Turn, answer: Answer, appendixHtml = '', thread?: string): Promise<void> {
  const { html, overflow } = renderAnswerHtml(answer, app.maxInlineCitations);
  const keyboard = answerKeyboard(app, turn.chatId, answer, overflow);
  const target = replyTo(turn);
  await app.sender.html(turn.chatId, appendixHtml ? `${html}\n\n${appendixHtml}` : html, {
    ...(target !== undefined && { replyTo: target }),
    ...(keyboard && { keyboard }),
    ...(thread !== undefined && { onSent: (messageId: number) => app.threads.record(turn.chatId, messageId, thread) }),
  });
}

// One row: "More sources", then 👍 👎 (the row stays narrow enough for a phone).
function answerKeyboard(app: TelegramApp, chatId: number, answer: Answer, overflow: readonly Source[]): InlineKeyboardMarkup | undefined {
  const answerId = votable(answer) ? answer.id : undefined;
  const row: InlineKeyboardButton[] = [];
  if (overflow.length > 0) {
    const id = app.moreSources.put({ chatId, language: answer.language, sources: overflow, ...(answerId && { answerId }) });
    row.push({ text: phrases(answer.language).moreSources(overflow.length), callback_data: moreSourcesData(id) });
  }
  if (answerId) row.push(...voteButtons(answerId));
  return row.length > 0 ? { inline_keyboard: [row] } : undefined;
}
