/**
 * Everything the bot says goes out through `Sender`: HTML split into
 * messages that fit, link previews off, each call retried by callWithRetry.
 * A chat that refuses the bot (403: blocked, kicked, deactivated) is logged
 * and skipped — retrying or apologising there is pointless.
 *
 * Hazards: other failures (400, exhausted retries) propagate to bot.catch.
 * Callback answers and keyboard clean-up are cosmetic: their failures are
 * logged and swallowed, since an old callback query cannot be answered
 * (400 "query is too old") and that must not cost the user an apology.
 */
import type { Telegram } from 'telegraf';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import { TelegramApiError } from './api-error.ts';
import { escapeHtml } from './html.ts';
import { loggableError } from './log-error.ts';
import { callWithRetry, type RetryPolicy } from './retry.ts';
import { splitHtml } from './split-html.ts';

export interface SendOptions {
  /** The message to reply to (the first part of the answer does). */
  readonly replyTo?: number;
  /** Rides on the last part. */
  readonly keyboard?: InlineKeyboardMarkup;
  /** Told each message id Telegram gives a part, e.g. to know a reply to it later. */
  readonly onSent?: (messageId: number) => void;
}

export class Sender {
  constructor(
    private readonly telegram: Telegram,
    private readonly policy: RetryPolicy,
  ) {}

  /** Sends HTML in as many messages as it needs; false when the chat refuses the bot. */
  async html(chatId: number, html: string, options: SendOptions = {}): Promise<boolean> {
    const parts = splitHtml(html);
    for (const [index, part] of parts.entries()) {
      const replyTo = index === 0 ? options.replyTo : undefined;
      const keyboard = index === parts.length - 1 ? options.keyboard : undefined;
      const sent = await this.call('sendMessage', chatId, () =>
        this.telegram.sendMessage(chatId, part, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          ...(replyTo !== undefined && { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }),
          ...(keyboard && { reply_markup: keyboard }),
        }),
      );
      if (!sent) return false;
      options.onSent?.(sent.message_id);
    }
    return true;
  }

  /** Plain text (a phrase, an apology), escaped for HTML. */
  plain(chatId: number, text: string, options: SendOptions = {}): Promise<boolean> {
    return this.html(chatId, escapeHtml(text), options);
  }

  /** Stops the client's spinner, with a short notice if `text` is given (≤ 200 characters). */
  async answerCallback(queryId: string, text?: string): Promise<void> {
    await this.cosmetic('answerCallbackQuery', () => this.telegram.answerCbQuery(queryId, text));
  }

  async removeKeyboard(chatId: number, messageId: number): Promise<void> {
    await this.setKeyboard(chatId, messageId, { inline_keyboard: [] });
  }

  /** Replaces the message's buttons (after "More sources", only 👍/👎 remain). */
  async setKeyboard(chatId: number, messageId: number, keyboard: InlineKeyboardMarkup): Promise<void> {
    await this.cosmetic('editMessageReplyMarkup', () => this.telegram.editMessageReplyMarkup(chatId, messageId, undefined, keyboard));
  }

  private async call<T>(method: string, chatId: number, request: () => Promise<T>): Promise<T | undefined> {
    try {
      return await callWithRetry(method, request, this.policy);
    } catch (error) {
      if (!(error instanceof TelegramApiError) || error.code !== 403) throw error;
      this.policy.logger.warn({ method, chatId, code: error.code, description: error.description }, 'chat refuses messages from the bot; not retried');
      return undefined;
    }
  }

  private async cosmetic(method: string, request: () => Promise<unknown>): Promise<void> {
    try {
      await callWithRetry(method, request, this.policy);
    } catch (error) {
      this.policy.logger.warn({ method, error: loggableError(error, this.policy.redact) }, 'Telegram call failed; carrying on');
    }
  }
}
