/** What the history folder offers: the question history and votes, its hashing key, and retention. */
export { AnswerIdSchema, newAnswerId } from './answer-id.ts';
export { keyedHash, newHistoryKey } from './hash.ts';
export { historyKey } from './history-key.ts';
export { QuestionHistory, votable, type HistoryOptions, type VoteOutcome, type VotePress } from './question-history.ts';
export { pruneExpired, type RetentionOptions } from './retention.ts';
export { RETENTION_SCHEDULE, RetentionJob, type RetentionJobDeps } from './retention-job.ts';
