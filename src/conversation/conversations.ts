/**
 * The conversations the bot is in: each one's last turn, kept in memory for
 * a while (10 minutes by default) and for a bounded number of conversations,
 * the oldest forgotten first. Nothing is written anywhere else.
 */
import type { Answer, IntentName } from '../answer/answer.ts';
import type { Language } from '../corpus/article.ts';
import { conversationKey, type ConversationContext, type ConversationKeyParts } from './context.ts';
import { ExpiringMap } from './expiring-map.ts';

export interface ConversationOptions {
  /** How long after an answer a message can still continue it. */
  readonly ttlMs: number;
  readonly maxConversations: number;
  readonly now?: () => number;
}

export const DEFAULT_CONVERSATION_OPTIONS: ConversationOptions = { ttlMs: 10 * 60_000, maxConversations: 10_000 };

export interface Turn {
  readonly question: string;
  readonly language: Language;
  readonly intent?: IntentName;
  readonly answer: Answer;
}

export class Conversations {
  private readonly contexts: ExpiringMap<string, ConversationContext>;

  constructor(options: Partial<ConversationOptions> = {}) {
    const { ttlMs, maxConversations, now } = { ...DEFAULT_CONVERSATION_OPTIONS, ...options };
    this.contexts = new ExpiringMap({ ttlMs, maxEntries: maxConversations, ...(now && { now }) });
  }

  recall(where: ConversationKeyParts): ConversationContext | undefined {
    return this.contexts.get(conversationKey(where));
  }

  remember(where: ConversationKeyParts, turn: Turn): void {
    const { answer } = turn;
    this.contexts.set(conversationKey(where), {
      question: turn.question,
      language: turn.language,
      ...(turn.intent && { intent: turn.intent }),
      citations: answer.citations,
      answerNames: answer.abstained ? '' : [answer.headline, answer.short?.text ?? ''].join(' ').trim(),
    });
  }

  /** Conversations remembered now (expired ones are not counted). */
  get size(): number {
    return this.contexts.size;
  }
}
