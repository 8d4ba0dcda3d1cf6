/**
 * Counts 👍/👎 votes in /metrics at the composition root: the history's
 * vote() is replaced by one that counts what it recorded. Counters only go
 * up, so a changed vote is counted twice: the new vote in
 * coopbot_votes_total and the old one in coopbot_votes_withdrawn_total. The
 * votes standing for a label are the difference; pressing the same vote
 * again counts nothing.
 */
import type { QuestionHistory, VotePress } from '../../src/history/index.ts';
import type { Metrics } from './metrics.ts';

/** Returns the same history, its vote() now metered. */
export function meterVotes(history: QuestionHistory, metrics: Metrics): QuestionHistory {
  const vote = history.vote.bind(history);
  history.vote = (press: VotePress) => {
    const outcome = vote(press);
    if (outcome.kind === 'unknown') {
      metrics.votesRefused.inc({ platform: press.platform });
      return outcome;
    }
    if (outcome.previous === outcome.vote) return outcome;
    const { intent, language } = outcome.answer;
    metrics.votes.inc({ vote: outcome.vote, intent, language });
    if (outcome.previous) metrics.votesWithdrawn.inc({ vote: outcome.previous, intent, language });
    return outcome;
  };
  return history;
}
