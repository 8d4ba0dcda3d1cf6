/**
 * Which minerals the articles single out (prioritised, with great potential)
 * for downstreaming: the minerals of sentences that enumerate several,
 * each named in the asker's language and cited to every article that lists
 * it; then minerals mentioned once alongside downstreaming.
 */
import { Citations } from '../answer/citations.ts';
import type { Line, Section } from '../answer/answer.ts';
import { messages } from '../answer/messages.ts';
import type { Article } from '../corpus/article.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Passage } from '../knowledge/passage.ts';
import { buildAnswer, conceptNamed, type IntentHandler, surfaceOf } from './intent.ts';

// A sentence naming this many minerals is a list, not a passing mention.
const LIST_SIZE = 3;
const MAX_LISTS = 4;
// Minerals mentioned in passing: a few, each with its sentence cut around its name.
const MAX_ALSO = 3;
const ALSO_CHARS = 200;

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
  const also: Line[] = [...view.also].slice(0, MAX_ALSO).map(([key, passage]) => {
    const focus = surfaceOf(lexicon, key, passage.text);
    return { text: lexicon.name(key, question.language), cites: [citations.cite(passage, { max: ALSO_CHARS, ...(focus && { focus }) })] };
  });
  const sections: Section[] = [{ kind: 'bullets', items }];
  if (also.length) sections.push({ kind: 'bullets', title: m.mineralsAlso, items: also });
  return buildAnswer(context, 'minerals', m.mineralsHeadline, sections, citations);
};

export function mineralsOf(knowledge: Knowledge): MineralsView {
  return knowledge.view('minerals', buildState, extendState).view;
}

// What the view keeps to take in new passages without reading old ones: the
// first sentence naming each mineral alongside downstreaming, whether or not
// it is listed now (a mineral can drop out of the lists as longer ones come).
interface MineralsState {
  readonly view: MineralsView;
  readonly firstWithDownstreaming: ReadonlyMap<string, Passage>;
}

const EMPTY: MineralsState = { view: { lists: [], listed: [], also: new Map() }, firstWithDownstreaming: new Map() };

function buildState(knowledge: Knowledge): MineralsState {
  return withPassages(knowledge, EMPTY, knowledge.passages);
}

function extendState(state: MineralsState, added: readonly Article[], knowledge: Knowledge): MineralsState {
  return withPassages(knowledge, state, knowledge.passagesOfArticles(added));
}

// `passages` come after every passage the state has seen, so in a tie they
// rank below it, as in a stable sort of the whole corpus.
function withPassages(knowledge: Knowledge, state: MineralsState, passages: readonly Passage[]): MineralsState {
  const lexicon = knowledge.lexicon;
  const mineralsIn = (p: Passage) => p.concepts.filter((k) => lexicon.kindOf(k) === 'mineral');
  const candidates = [...state.view.lists, ...passages.filter((p) => mineralsIn(p).length >= LIST_SIZE)];
  // Longest lists first, then the newest articles.
  const lists = candidates
    .sort((a, b) => mineralsIn(b).length - mineralsIn(a).length || b.article.published.localeCompare(a.article.published))
    .slice(0, MAX_LISTS);
  const listed = [...new Set(lists.flatMap(mineralsIn))];
  const downstreaming = conceptNamed(lexicon, 'hilirisasi');
  const first = new Map(state.firstWithDownstreaming);
  for (const passage of downstreaming ? passages.filter((p) => p.concepts.includes(downstreaming)) : []) {
    for (const key of mineralsIn(passage)) if (!first.has(key)) first.set(key, passage);
  }
  const also = new Map([...first].filter(([key]) => !listed.includes(key)));
  return { view: { lists, listed, also }, firstWithDownstreaming: first };
}
