/**
 * The few facts about an incoming update that every reply needs — which
 * chat, which user, their client's language, the message to reply to —
 * read from Telegraf's context once, so the handlers below do not depend on
 * the shape of updates.
 */
import type { Context } from 'telegraf';

export interface Turn {
  readonly updateId: number;
  readonly chatId: number;
  readonly isPrivate: boolean;
  readonly userId: number;
  /** The user's client language (IETF tag, e.g. "id", "en-GB"); only a hint. */
  readonly languageCode?: string;
  /** The message being answered, if any. */
  readonly messageId?: number;
  /**
   * The chat a message was sent on behalf of: an anonymous group admin's
   * messages come from GroupAnonymousBot with sender_chat = the group itself.
   */
  readonly senderChatId?: number;
  /** The message this one replies to, and its author: a reply to the bot continues its conversation. */
  readonly replyToMessageId?: number;
  readonly replyToUserId?: number;
}

/** Undefined for updates with no chat or no user (channel posts, polls…). */
export function turnOf(ctx: Context): Turn | undefined {
  const chat = ctx.chat;
  const from = ctx.from;
  if (!chat || !from) return undefined;
  const messageId = ctx.message?.message_id ?? ctx.callbackQuery?.message?.message_id;
  const senderChatId = ctx.message && 'sender_chat' in ctx.message ? ctx.message.sender_chat?.id : undefined;
  const replied = ctx.message && 'reply_to_message' in ctx.message ? ctx.message.reply_to_message : undefined;
  return {
    updateId: ctx.update.update_id,
    chatId: chat.id,
    isPrivate: chat.type === 'private',
    userId: from.id,
    ...(from.language_code && { languageCode: from.language_code }),
    ...(messageId !== undefined && { messageId }),
    ...(senderChatId !== undefined && { senderChatId }),
    ...(replied && { replyToMessageId: replied.message_id }),
    ...(replied?.from && { replyToUserId: replied.from.id }),
  };
}

/** In groups an answer replies to its question, so the thread stays readable; in a private chat that is noise. */
export function replyTo(turn: Turn): number | undefined {
  return turn.isPrivate ? undefined : turn.messageId;
}
