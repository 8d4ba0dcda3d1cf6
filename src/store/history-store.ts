/**
 * The part of the Store that keeps the question history and its votes, and
 * prunes what is past its retention (src/history). Every method that a
 * chat turn calls is one indexed statement, so recording adds well under a
 * millisecond to an answer (npm run bench); the prunes delete at most
 * `limit` rows per call so a caller can yield between batches.
 */
import type { AnswerRecord, VoteChange, VoteRecord } from './answer-record.ts';

export interface HistoryStore {
  /** Stores one answer; an id already stored is left as it is. */
  recordAnswer(record: AnswerRecord): void;
  getAnswer(id: string): AnswerRecord | undefined;
  /**
   * Records the user's vote on the answer, replacing their earlier one (one
   * vote per user and answer). Undefined when the answer is not stored.
   */
  castVote(vote: VoteRecord): VoteChange | undefined;
  /** Answers asked at or after `since`, oldest first: what the report reads. */
  answersSince(since: number): AnswerRecord[];
  /** The votes on answers asked at or after `since`. */
  votesSince(since: number): VoteRecord[];
  /** Deletes up to `limit` answers asked before `before` (their votes with them); returns how many. */
  pruneAnswers(before: number, limit: number): number;
  /** Deletes up to `limit` sent or failed deliveries created before `before`; pending and sending rows stay. */
  pruneDeliveries(before: number, limit: number): number;
  /**
   * A named value kept in the store, created by `create` the first time it is
   * asked for; every process sharing the file then reads the same value.
   */
  setting(name: string, create: () => string): string;
}
