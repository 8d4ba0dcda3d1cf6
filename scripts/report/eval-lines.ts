/**
 * Real questions as test questions: the 👎 answers' questions and the
 * declined ones, one eval line each (test/fixtures/eval/README.md), with
 * `sources` and `facts` left empty for an editor to fill — or `abstain`
 * to set, where the corpus truly lacks the answer. The id says why each
 * line is there (`report-down-…`, `report-declined-…`; `kind`, the kind of
 * question, is the editor's to add). A question asked several times gives one line.
 */
import type { EvalItem } from '../lib/score.ts';
import type { AnswerRecord, VoteRecord } from '../../src/store/index.ts';

export function evalItems(answers: readonly AnswerRecord[], votes: readonly VoteRecord[]): EvalItem[] {
  const down = new Set(votes.filter((v) => v.vote === 'down').map((v) => v.answerId));
  const seen = new Set<string>();
  const items: EvalItem[] = [];
  for (const a of answers) {
    const why = down.has(a.id) ? 'down' : a.abstained ? 'declined' : undefined;
    const key = `${a.language}\u0000${a.question.trim().toLowerCase()}`;
    if (!why || seen.has(key) || !a.question.trim()) continue;
    seen.add(key);
    items.push({ id: `report-${why}-${a.id}`, lang: a.language, question: a.question.trim(), sources: [], facts: [] });
  }
  return items;
}
