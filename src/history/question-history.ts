/**
 * Records each answer the bot gives in a chat (the question, intent,
 * language, whether it declined, what it cited, the chat and user as keyed
 * hashes) and the 👍/👎 votes on it, for the operators' report. With
 * HISTORY_DAYS=0 nothing is stored: `record` returns no id, so the adapters
 * show no vote buttons.
 *
 * A vote is accepted only for a stored answer and from the chat the answer
 * was given in: button data comes back from clients and may be forged or
 * outlive the answer (pruned, another bot's store). Each user has one vote per
 * answer; a second press replaces it.
 */
import type { Answer } from '../answer/answer.ts';
import type { Message, Origin } from '../engine.ts';
import type { AnswerRecord, HistoryStore, Vote } from '../store/index.ts';
import { AnswerIdSchema, newAnswerId } from './answer-id.ts';
import { keyedHash } from './hash.ts';

export interface HistoryOptions {
  /** The HMAC key for chat and user ids (history-key.ts); never logged. */
  readonly key: string;
  /** HISTORY_DAYS; 0 stores nothing. */
  readonly days: number;
  readonly now: () => number;
}

/** A press of 👍 or 👎, in the platform's ids (hashed here, never stored raw). */
export interface VotePress {
  /** As the button carried it: not yet trusted. */
  readonly answerId: string;
  readonly vote: Vote;
  readonly platform: Origin['platform'];
  readonly chat: string;
  readonly user: string;
}

export type VoteOutcome =
  /** Forged, pruned, unknown, or pressed in another chat than the answer's. */
  | { readonly kind: 'unknown' }
  /** `previous`: the vote it replaced (the same vote again when nothing changed). */
  | { readonly kind: 'recorded'; readonly vote: Vote; readonly previous: Vote | undefined; readonly answer: Pick<AnswerRecord, 'intent' | 'language'> };

export class QuestionHistory {
  constructor(
    private readonly store: HistoryStore,
    private readonly options: HistoryOptions,
  ) {}

  /** False with HISTORY_DAYS=0. */
  get enabled(): boolean {
    return this.options.days > 0;
  }

  /**
   * Stores the answer to a chat's question and returns its id; undefined
   * when history is off or the message has no origin (scripts, button
   * re-asks: the question was recorded when first asked).
   */
  record(message: Message, answer: Answer): string | undefined {
    const origin = message.origin;
    if (!this.enabled || !origin) return undefined;
    const id = newAnswerId();
    this.store.recordAnswer({
      id,
      askedAt: this.options.now(),
      platform: origin.platform,
      chatHash: this.hash(origin.platform, origin.chat),
      userHash: this.hash(origin.platform, origin.user),
      // A follow-up ("kapan?") is stored as the question it stands for, so the report groups it by its topic.
      question: answer.asked ?? message.text,
      intent: answer.intent,
      language: answer.language,
      abstained: answer.abstained,
      citations: answer.citations.map((c) => ({ id: c.id, title: c.title, ...(c.url !== undefined && { url: c.url }) })),
    });
    return id;
  }

  vote(press: VotePress): VoteOutcome {
    const id = AnswerIdSchema.safeParse(press.answerId);
    const answer = id.success ? this.store.getAnswer(id.data) : undefined;
    if (!answer || answer.chatHash !== this.hash(press.platform, press.chat)) return { kind: 'unknown' };
    const change = this.store.castVote({ answerId: answer.id, userHash: this.hash(press.platform, press.user), vote: press.vote, votedAt: this.options.now() });
    // Pruned between the read and the write.
    if (!change) return { kind: 'unknown' };
    return { kind: 'recorded', vote: press.vote, previous: change.previous, answer: { intent: answer.intent, language: answer.language } };
  }

  private hash(platform: string, id: string): string {
    return keyedHash(this.options.key, platform, id);
  }
}

/** Help and refusals are not answers from the articles: no vote buttons under them. */
export function votable(answer: Answer & { readonly id?: string }): answer is Answer & { readonly id: string } {
  return answer.id !== undefined && answer.intent !== 'help';
}
