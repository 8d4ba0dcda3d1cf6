/**
 * The part of the Store that keeps the question history and its votes, and
 * prunes what is past its retention (src/history). Every method a chat turn
 * calls is one indexed statement, so recording adds well under a
 * millisecond to an answer (npm run bench); `prune` deletes in small batches
 * and yields between them, and SqliteStore checkpoints its WAL meanwhile from
 * another thread (checkpoint-worker.mjs), so answers never wait long behind it.
 */
import type { AnswerRecord, VoteChange, VoteRecord } from './answer-record.ts';

export interface PruneCutoffs {
  /** Answers (and their votes) asked before this go. */
  readonly answersBefore: number;
  /** Sent and failed deliveries created before this go; pending and sending rows always stay. */
  readonly deliveriesBefore: number;
}

export interface PruneOptions {
  /** Rows per DELETE. */
  readonly batchSize: number;
  /** Pause between batches (0: one turn of the event loop), so answers run between them. */
  readonly pauseMs: number;
  /** Stops between batches (the bot is shutting down). */
  readonly signal?: AbortSignal;
  /** Told how long each batch held the thread: what an answer may wait behind it (the benchmark, the job's log). */
  readonly onBatch?: (ms: number) => void;
}

// Under 1 ms of deleting per batch on an idle machine, p99 under 8 ms on a loaded 2-core one (npm run bench).
export const DEFAULT_PRUNE: PruneOptions = { batchSize: 100, pauseMs: 0 };

export interface Pruned {
  readonly answers: number;
  readonly deliveries: number;
}

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
  /** Deletes what is older than the cutoffs, in batches; resolves with how many rows went. */
  prune(cutoffs: PruneCutoffs, options?: Partial<PruneOptions>): Promise<Pruned>;
  /**
   * A named value kept in the store, created by `create` the first time it is
   * asked for; every process sharing the file then reads the same value.
   */
  setting(name: string, create: () => string): string;
}
