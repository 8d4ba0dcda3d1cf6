/**
 * The fallback: the one to three sentences that answer the question best,
 * quoted and cited — or an abstention when no sentence holds enough of the
 * question. Coverage is IDF-weighted, so a sentence that shares only a common
 * word or a country name with the question never passes.
 */
import type { Answer, AnswerKind, ShortAnswer } from '../answer/answer.ts';
import type { Entity } from '../qa/entities.ts';
import { findAnswer } from '../qa/find-answer.ts';
import { Citations } from '../answer/citations.ts';
import { messages } from '../answer/messages.ts';
import type { Passage } from '../knowledge/passage.ts';
import type { Hit } from '../search/search-index.ts';
import { hasCue, type Question } from '../question.ts';
import { abstain } from './abstain.ts';
import { CUES } from './cues.ts';
import { buildAnswer, type IntentContext, type IntentHandler } from './intent.ts';

/** Least IDF-weighted share of the question a quoted sentence must hold. */
export const MIN_COVERAGE = 0.5;
const MAX_QUOTES = 3;
// A sentence joins the best one only when it is nearly as good.
const RELATIVE_COVERAGE = 0.8;
// A group is informative when it is rarer than this share of passages.
const INFORMATIVE_SHARE = 0.25;
const MIN_PASSAGES_FOR_STATISTICS = 40;

export const general: IntentHandler = (context) => answerGeneral(context);

export function answerGeneral(context: IntentContext): Answer {
  const { question, knowledge } = context;
  const found = findAnswer(question, knowledge);
  if (!found) return abstain(question.language);
  const citations = new Citations();
  const quotes = found.windows.map((w) => citations.quoteWindow(w.passages));
  const answer = buildAnswer(context, 'general', messages(question.language).generalHeadline, [{ kind: 'quotes', quotes }], citations);
  if (found.short.length === 0) return answer;
  const short: ShortAnswer = {
    kind: answerKindOf(found.short[0]!.entity),
    text: found.short.map((s) => s.entity.text).join(' · '),
    cites: [...new Set(found.short.map((s) => citations.cite(s.passage)))],
  };
  return { ...answer, short };
}

function answerKindOf(entity: Entity): AnswerKind {
  return entity.kind === 'name' ? 'other' : entity.kind;
}

/** Whether a hit holds enough of the question, and not only its common words. */
export function answerable(hit: Hit, { question, knowledge }: IntentContext): boolean {
  if (hit.coverage < MIN_COVERAGE) return false;
  const needed = Math.min(2, question.groups.length);
  if (hit.matched.length < needed) return false;
  // Every particular thing the question names must be there (or just before).
  const found = new Set([...hit.matched, ...hit.context]);
  if (question.groups.some((g, i) => g.required && !found.has(i))) return false;
  const lexicon = knowledge.lexicon;
  return hit.matched.some((i) => {
    const group = question.groups[i]!;
    // A country name alone never makes a sentence an answer.
    if (group.concept && lexicon.isCountry(group.concept)) return false;
    // Below a few dozen sentences, how common a word is says nothing.
    if (knowledge.index.size < MIN_PASSAGES_FOR_STATISTICS) return true;
    return group.terms.some((t) => knowledge.index.share(t) > 0 && knowledge.index.share(t) <= INFORMATIVE_SHARE);
  });
}

// The kind of answer a question asks for ("where", "when", "how much") lifts
// sentences that hold such a thing: a place, a date, a number.
function rerank(hits: Hit[], context: IntentContext): Hit[] {
  const want = expectedAnswer(context.question);
  if (!want) return hits;
  const bonus = (p: Passage) => (want(p, context) ? 0.1 : 0);
  return [...hits].sort((a, b) => b.coverage + bonus(b.passage) - (a.coverage + bonus(a.passage)) || b.score - a.score);
}

function expectedAnswer(question: Question): ((p: Passage, c: IntentContext) => boolean) | undefined {
  if (hasCue(question, CUES.where)) return (p, c) => p.concepts.some((k) => c.knowledge.lexicon.isLocality(k));
  if (hasCue(question, CUES.when)) return (p) => p.dates.length > 0;
  if (hasCue(question, CUES.howMuch)) return (p) => /\d/.test(p.text);
  if (hasCue(question, CUES.who)) return (p, c) => p.concepts.some((k) => c.knowledge.lexicon.kindOf(k) === 'person');
  return undefined;
}

function uniqueText(): (hit: Hit) => boolean {
  const seen = new Set<string>();
  return (hit) => {
    const key = hit.passage.text.toLowerCase().replace(/\W+/g, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}
