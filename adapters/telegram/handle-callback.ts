/**
 * Button presses. 👍/👎 go to handle-vote.ts. "More sources" sends the
 * sources kept for it and removes itself, leaving the vote buttons. Every callback query is
 * answered — first, so the client stops spinning even if sending fails —
 * and stale or forged data gets a polite notice rather than an error.
 */
import type { Context } from 'telegraf';
import type { TelegramApp } from './app.ts';
import { replyLanguage } from './language.ts';
import { parseMoreSourcesData, type MoreSourcesEntry } from './more-sources.ts';
import { phrases } from './phrases.ts';
import { renderSourcesHtml } from './render-html.ts';
import { turnOf } from './turn.ts';
import { handleVote } from './handle-vote.ts';
import { parseVoteData, voteButtons } from './vote-buttons.ts';

export function callbackHandler(app: TelegramApp): (ctx: Context) => Promise<void> {
  return async (ctx) => {
    const query = ctx.callbackQuery;
    const turn = turnOf(ctx);
    if (!query) return;
    const message = query.message;
    const vote = parseVoteData('data' in query ? query.data : undefined);
    if (vote && turn) return handleVote(app, ctx, turn, vote);
    const id = parseMoreSourcesData('data' in query ? query.data : undefined);
    const entry: MoreSourcesEntry | undefined = id && message ? app.moreSources.take(id, message.chat.id) : undefined;
    if (!entry || !message || !turn) {
      app.logger.debug({ updateId: ctx.update.update_id, wellFormed: id !== undefined }, 'stale or unknown button');
      const language = turn ? await replyLanguage(app, turn) : app.defaultLanguage;
      await app.sender.answerCallback(query.id, phrases(language).staleButton);
      return;
    }
    await app.sender.answerCallback(query.id);
    if (entry.answerId) await app.sender.setKeyboard(message.chat.id, message.message_id, { inline_keyboard: [voteButtons(entry.answerId)] });
    else await app.sender.removeKeyboard(message.chat.id, message.message_id);
    const html = renderSourcesHtml(entry.sources, phrases(entry.language).moreSourcesTitle);
    await app.sender.html(message.chat.id, html, { replyTo: message.message_id });
  };
}
