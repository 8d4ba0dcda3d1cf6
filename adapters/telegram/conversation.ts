/**
 * Where a Telegram message sits in a conversation, for follow-ups. A private
 * chat is one conversation: every message may continue it (the core forgets
 * it 10 minutes after the last answer). In a group each question the bot
 * answers starts a thread, keyed by the question's message id; a reply to
 * one of the bot's answers continues that thread, and any other message
 * starts its own, so a group's conversations never pick up each other's
 * context. The bot's sent answer ids are remembered, bounded and expiring
 * like the context itself, to find the thread a reply continues.
 */
import { ExpiringMap } from '../../src/conversation/expiring-map.ts';
import { DEFAULT_CONVERSATION_OPTIONS } from '../../src/conversation/conversations.ts';
import type { Origin } from '../../src/engine.ts';
import type { Turn } from './turn.ts';

export interface Place {
  /** The thread in a group: its first question's message id. */
  readonly thread?: string;
  /** A reply to the bot's answer, or a private chat. */
  readonly continues: boolean;
}

export class AnswerThreads {
  private readonly threads: ExpiringMap<string, string>;

  constructor(options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}) {
    const { ttlMs = DEFAULT_CONVERSATION_OPTIONS.ttlMs, maxEntries = 20_000, now } = options;
    this.threads = new ExpiringMap({ ttlMs, maxEntries, ...(now && { now }) });
  }

  /** One of the bot's messages answered a question of `thread`. */
  record(chatId: number, messageId: number, thread: string): void {
    this.threads.set(`${chatId}:${messageId}`, thread);
  }

  threadOf(chatId: number, messageId: number): string | undefined {
    return this.threads.get(`${chatId}:${messageId}`);
  }
}

export function placeOf(turn: Turn, botId: number, threads: AnswerThreads): Place {
  if (turn.isPrivate) return { continues: true };
  if (turn.replyToUserId === botId && turn.replyToMessageId !== undefined) {
    return { thread: threads.threadOf(turn.chatId, turn.replyToMessageId) ?? String(turn.replyToMessageId), continues: true };
  }
  return { ...(turn.messageId !== undefined && { thread: String(turn.messageId) }), continues: false };
}

/** Who asked, where, in Telegram's ids (the core's conversation and history key). */
export function telegramOrigin(turn: Turn, place: Place): Origin {
  return {
    platform: 'telegram',
    chat: String(turn.chatId),
    user: String(turn.userId),
    private: turn.isPrivate,
    ...(place.thread !== undefined && { thread: place.thread }),
    continues: place.continues,
  };
}
