/**
 * What a conversation remembers of its last turn, and the key it is kept
 * under: one context per (platform, chat, thread).
 */
import type { Citation, IntentName } from '../answer/answer.ts';
import type { Language } from '../corpus/article.ts';

export interface ConversationContext {
  /** The question as the engine answered it (a follow-up's, with the context it took). */
  readonly question: string;
  readonly language: Language;
  /** A command's intent (/minerals), when the question came from one. */
  readonly intent?: IntentName;
  /** The answer's sources, for "sumbernya?" / "which articles say so?". */
  readonly citations: readonly Citation[];
  /** Names the answer gave (its headline and short answer), for a follow-up to a question that named none. */
  readonly answerNames: string;
}

/** The parts of a message's origin that tell one conversation from another. */
export interface ConversationKeyParts {
  readonly platform: string;
  readonly chat: string;
  readonly thread?: string;
}

export function conversationKey(origin: ConversationKeyParts): string {
  // JSON keeps the parts apart whatever characters the platform's ids hold.
  return JSON.stringify([origin.platform, origin.chat, origin.thread ?? null]);
}
