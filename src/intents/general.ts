/**
 * The fallback for any question no structured intent takes: the general
 * engine (src/qa/find-answer.ts) finds the article that accounts for the
 * question and the windows of sentences that answer it; the answer leads with
 * the asked-for thing itself (a figure, a date, a name) and quotes the windows,
 * or abstains.
 */
import type { Answer, AnswerKind, ShortAnswer } from '../answer/answer.ts';
import { Citations } from '../answer/citations.ts';
import { messages } from '../answer/messages.ts';
import type { Entity } from '../qa/entities.ts';
import { findAnswer } from '../qa/find-answer.ts';
import { abstain } from './abstain.ts';
import { buildAnswer, type IntentContext, type IntentHandler } from './intent.ts';

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
  if (entity.kind === 'ordinal') return 'number';
  return entity.kind === 'name' ? 'other' : entity.kind;
}
