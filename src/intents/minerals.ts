/**
 * Which minerals the articles single out (prioritised, with great potential)
 * for downstreaming: the minerals of sentences that enumerate several,
 * each named in the asker's language and cited to every article that lists
 * it; then minerals mentioned once alongside downstreaming.
 */
import { Citations } from '../answer/citations.ts';
import type { Line, Section } from '../answer/answer.ts';
import { messages } from '../answer/messages.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Passage } from '../knowledge/passage.ts';
import { buildAnswer, conceptNamed, type IntentHandler } from './intent.ts';

// A sentence naming this many minerals is a list, not a passing mention.
const LIST_SIZE = 3;
const MAX_LISTS = 4;
const MAX_ALSO = 5;

export interface MineralsView {
  readonly lists: readonly Passage[];
  readonly listed: readonly string[];
  readonly also: ReadonlyMap<string, Passage>;
}

export const minerals: IntentHandler = (context) => {
  const { knowledge, question } = context;
  const view = mineralsOf(knowledge);
  if (view.listed.length === 0) return undefined;
  const m = messages(question.language);
  const citations = new Citations();
  const lexicon = knowledge.lexicon;
  const items: Line[] = view.listed.map((key) => ({
    text: lexicon.name(key, question.language),
    cites: citations.citeAll(view.lists.filter((p) => p.concepts.includes(key))),
  }));
  const also: Line[] = [...view.also].slice(0, MAX_ALSO).map(([key, passage]) => ({
    text: lexicon.name(key, question.language),
    cites: [citations.cite(passage)],
  }));
  const sections: Section[] = [{ kind: 'bullets', items }];
  if (also.length) sections.push({ kind: 'bullets', title: m.mineralsAlso, items: also });
  return buildAnswer(context, 'minerals', m.mineralsHeadline, sections, citations);
};

export function mineralsOf(knowledge: Knowledge): MineralsView {
  return knowledge.view('minerals', buildView);
}

function buildView(knowledge: Knowledge): MineralsView {
  const lexicon = knowledge.lexicon;
  const mineralsIn = (p: Passage) => p.concepts.filter((k) => lexicon.kindOf(k) === 'mineral');
  const candidates = knowledge.passages.filter((p) => mineralsIn(p).length >= LIST_SIZE);
  // Longest lists first, then the newest articles.
  const lists = candidates
    .sort((a, b) => mineralsIn(b).length - mineralsIn(a).length || b.article.published.localeCompare(a.article.published))
    .slice(0, MAX_LISTS);
  const listed = [...new Set(lists.flatMap(mineralsIn))];
  const downstreaming = conceptNamed(lexicon, 'hilirisasi');
  const also = new Map<string, Passage>();
  for (const passage of downstreaming ? knowledge.mentioning(downstreaming) : []) {
    for (const key of mineralsIn(passage)) if (!listed.includes(key) && !also.has(key)) also.set(key, passage);
  }
  return { lists, listed, also };
}
