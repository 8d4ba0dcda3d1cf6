/**
 * The question history: one row per answer the bot gave in a chat, kept only
 * for the operators' report (`npm run report`) and for HISTORY_DAYS, and the
 * 👍/👎 votes on it. Chats and users are stored only as keyed hashes
 * (src/history/hash.ts): the report can count distinct askers and a vote can
 * be tied to its answer's chat, but no platform id or name is kept.
 */
import type { IntentName } from '../answer/answer.ts';
import type { Language } from '../corpus/article.ts';

export const VOTES = ['up', 'down'] as const;
export type Vote = (typeof VOTES)[number];

/** What an answer cited, enough for an editor to find the article. */
export interface CitedArticle {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
}

export interface AnswerRecord {
  /** Random, URL-safe; the vote buttons carry it. */
  readonly id: string;
  /** Epoch milliseconds. */
  readonly askedAt: number;
  readonly platform: string;
  readonly chatHash: string;
  readonly userHash: string;
  readonly question: string;
  readonly intent: IntentName;
  readonly language: Language;
  readonly abstained: boolean;
  readonly citations: readonly CitedArticle[];
}

export interface VoteRecord {
  readonly answerId: string;
  readonly userHash: string;
  readonly vote: Vote;
  readonly votedAt: number;
}

/** What castVote did: the vote it replaced, if the user had voted on this answer before. */
export interface VoteChange {
  readonly previous: Vote | undefined;
}
