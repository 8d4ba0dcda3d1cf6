/**
 * Memoranda of understanding: when and where each was signed, by whom, and
 * what it covers, merged across the articles of one story. A question that
 * names parties, a place or a sector narrows the list to the MoUs that match.
 */
import type { Line, Section } from '../answer/answer.ts';
import { Citations } from '../answer/citations.ts';
import { formatDate, messages } from '../answer/messages.ts';
import type { Article, Language } from '../corpus/article.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Passage } from '../knowledge/passage.ts';
import { conceptsOf } from '../question.ts';
import { toTokens } from '../analysis/token.ts';
import { buildAnswer, conceptNamed, type IntentHandler, topK } from './intent.ts';
import { mergeSorted } from './sorted.ts';

export interface Agreement {
  readonly passages: Passage[];
  readonly key: string;
  /** Position in the newest-first list. */
  readonly rank: number;
}

const MAX_AGREEMENTS = 3;
// Sentences cited per line; each is listed under its article in the sources, cut to this length.
const MAX_CITES = 2;
const FACT_CHARS = 240;
const SIGNING = /tandatangan|ditandatangani|menandatangani|penandatanganan|\bsign(?:ed|ing)?\b|\bteken\b/i;
// Words that introduce the list of what an MoU covers.
const SCOPE = /(?:ruang lingkup|lingkup|scope|meliputi|mencakup|covers?|antara lain|including|namely|yaitu|yakni)/i;

export const agreements: IntentHandler = (context) => {
  const { knowledge, question } = context;
  const all = agreementsOf(knowledge);
  if (all.length === 0) return undefined;
  // Only things that tell one MoU from another narrow the list: parties, places, sectors.
  const named = conceptsOf(question).filter((k) => ['organisation', 'place', 'sector', 'event'].includes(knowledge.lexicon.kindOf(k) ?? '') && !knowledge.lexicon.isCountry(k));
  const relevant = named.length ? agreementsNaming(knowledge, named) : all;
  const chosen = (relevant.length ? relevant : all).slice(0, MAX_AGREEMENTS);
  const citations = new Citations();
  const sections = chosen.flatMap((a) => describe(knowledge, a, question.language, citations));
  return buildAnswer(context, 'agreements', messages(question.language).agreementsHeadline, sections, citations);
};

export function agreementsOf(knowledge: Knowledge): Agreement[] {
  return agreementState(knowledge).list;
}

// The newest agreements reported by articles that name any of the concepts.
// Indexed once per corpus by concept, in newest-first order, so a question
// reads a few list heads instead of every sentence naming, say, MIIT.
function agreementsNaming(knowledge: Knowledge, keys: readonly string[]): Agreement[] {
  const byConcept = agreementsByConcept(knowledge);
  const heads = keys.flatMap((key) => (byConcept.get(key) ?? []).slice(0, MAX_AGREEMENTS));
  return topK(new Set(heads), MAX_AGREEMENTS, (a, b) => a.rank < b.rank);
}

/** Concept → the agreements whose articles name it, newest first. */
export function agreementsByConcept(knowledge: Knowledge): ReadonlyMap<string, readonly Agreement[]> {
  return knowledge.view('agreements-by-concept', buildConceptIndex, extendConceptIndex);
}

// Agreements are kept as objects whose rank is renumbered in place when a
// newer one arrives, so the concept index can keep pointing at them.
interface RankedAgreement {
  readonly passages: Passage[];
  readonly key: string;
  rank: number;
}

interface AgreementState {
  /** Newest first; a tie keeps the order the stories first appeared in. */
  readonly list: RankedAgreement[];
  /** By story (or article, for an article of no story). */
  readonly byKey: Map<string, RankedAgreement>;
}

function agreementState(knowledge: Knowledge): AgreementState {
  return knowledge.view('agreements', (k) => withPassages(k, { list: [], byKey: new Map() }, k.passages), extendState);
}

function extendState(state: AgreementState, added: readonly Article[], knowledge: Knowledge): AgreementState {
  return withPassages(knowledge, state, knowledge.passagesOfArticles(added));
}

// `passages` follow every passage the state has seen: they join their story's
// agreement or start one, which goes after every agreement as new as it.
function withPassages(knowledge: Knowledge, state: AgreementState, passages: readonly Passage[]): AgreementState {
  const mou = conceptNamed(knowledge.lexicon, 'MoU');
  if (!mou) return state;
  const fresh: RankedAgreement[] = [];
  for (const passage of passages) {
    if (!passage.concepts.includes(mou)) continue;
    const key = groupKey(passage.article);
    const existing = state.byKey.get(key);
    if (existing) {
      existing.passages.push(passage);
      continue;
    }
    const agreement: RankedAgreement = { key, passages: [passage], rank: 0 };
    state.byKey.set(key, agreement);
    fresh.push(agreement);
  }
  const first = mergeSorted(state.list, fresh, newestFirst);
  for (let rank = first; rank < state.list.length; rank++) state.list[rank]!.rank = rank;
  return state;
}

// Newest first: people mostly ask about the latest agreements.
function newestFirst(a: Agreement, b: Agreement): number {
  return b.passages[0]!.article.published.localeCompare(a.passages[0]!.article.published);
}

function groupKey(article: Article): string {
  return article.story ?? article.id;
}

function buildConceptIndex(knowledge: Knowledge): Map<string, Agreement[]> {
  const map = new Map<string, Agreement[]>();
  for (const agreement of agreementsOf(knowledge)) {
    const articles = new Set(agreement.passages.map((p) => p.article.id));
    for (const key of conceptsOfArticles(knowledge, articles)) {
      const list = map.get(key);
      if (list) list.push(agreement);
      else map.set(key, [agreement]);
    }
  }
  return map;
}

// A new article adds its concepts to its agreement (a new one or its story's),
// which goes into each concept's list at its rank; earlier articles' concepts
// and agreements are unchanged.
function extendConceptIndex(map: Map<string, Agreement[]>, added: readonly Article[], knowledge: Knowledge): Map<string, Agreement[]> {
  const { byKey } = agreementState(knowledge);
  for (const article of added) {
    const agreement = byKey.get(groupKey(article));
    if (!agreement?.passages.some((p) => p.article === article)) continue;
    for (const key of conceptsOfArticles(knowledge, [article.id])) {
      const list = map.get(key);
      if (!list) map.set(key, [agreement]);
      else insertByRank(list, agreement);
    }
  }
  return map;
}

function conceptsOfArticles(knowledge: Knowledge, ids: Iterable<string>): Set<string> {
  return new Set([...ids].flatMap((id) => knowledge.passagesOfArticle(id).flatMap((p) => p.concepts)));
}

function insertByRank(list: Agreement[], agreement: Agreement): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]!.rank < agreement.rank) low = mid + 1;
    else high = mid;
  }
  if (list[low] !== agreement) list.splice(low, 0, agreement);
}

function describe(knowledge: Knowledge, agreement: Agreement, language: Language, citations: Citations): Section[] {
  const m = messages(language);
  const lexicon = knowledge.lexicon;
  const items: Line[] = [];
  const signed = agreement.passages.filter((p) => SIGNING.test(p.text) && p.dates.some((d) => d.precision === 'day'));
  const date = signed[0]?.dates.find((d) => d.precision === 'day');
  if (date) {
    const same = signed.filter((p) => p.dates.some((d) => d.iso === date.iso));
    const cites = same.slice(0, MAX_CITES).map((p) => citations.cite(p, { max: FACT_CHARS, focus: p.dates.find((d) => d.iso === date.iso)!.text }));
    items.push({ text: `${m.agreementWhen}: ${formatDate(date.iso, language)}`, cites: [...new Set(cites)] });
  }
  const occasion = conceptsIn(knowledge, signed.length ? signed : agreement.passages, ['event', 'place'], true);
  if (occasion.keys.length) items.push({ text: `${m.agreementWhere}: ${occasion.names(language)}`, cites: citations.citeAll(occasion.passages, { max: FACT_CHARS }) });
  const parties = conceptsIn(knowledge, agreement.passages, ['organisation'], false);
  if (parties.keys.length) items.push({ text: `${m.agreementWho}: ${parties.names(language)}`, cites: citations.citeAll(parties.passages, { max: FACT_CHARS }) });
  const scope = agreement.passages.filter((p) => SCOPE.test(p.text) && p.concepts.filter((k) => lexicon.kindOf(k) === 'sector').length >= 2);
  if (scope[0]) {
    const sectors = [...new Set(scope.flatMap((p) => p.concepts.filter((k) => lexicon.kindOf(k) === 'sector')))];
    const listed = scopeItems(scope[0].text)?.map((item) => inLanguage(knowledge, item, language)) ?? sectors.map((k) => lexicon.name(k, language));
    // The scope sentence is the list itself: quoted whole.
    items.push({ text: `${m.agreementScope}: ${listed.join(', ')}`, cites: citations.citeAll(scope.slice(0, MAX_CITES)) });
  }
  if (items.length === 0) return [{ kind: 'quotes', quotes: agreement.passages.slice(0, MAX_CITES).map((p) => citations.quote(p, { max: FACT_CHARS })) }];
  const title = agreement.passages[0]!.article.title;
  return [{ kind: 'bullets', title, items }];
}

// The items after "antara lain" / "including" …: "automobile, lithium battery, … dan X".
function scopeItems(sentence: string): string[] | undefined {
  const match = /(?:antara lain|including|namely|yaitu|yakni|meliputi|mencakup|covers?)[:\s]+([^.]+)/i.exec(sentence);
  if (!match) return undefined;
  const items = match[1]!
    .split(/,?\s+(?:dan|and|serta)\s+|,\s*/i)
    .map((s) => s.trim())
    .filter((s) => s && toTokens(s).length <= 5);
  return items.length >= 2 ? items : undefined;
}

// "Automobile" → "otomotif" for an Indonesian asker, when the lexicon knows the item.
function inLanguage(knowledge: Knowledge, item: string, language: Language): string {
  const key = conceptNamed(knowledge.lexicon, item);
  return key ? knowledge.lexicon.name(key, language) : item;
}

function conceptsIn(knowledge: Knowledge, passages: readonly Passage[], kinds: readonly string[], specific: boolean) {
  const lexicon = knowledge.lexicon;
  const keys = [...new Set(passages.flatMap((p) => p.concepts))].filter((k) => {
    if (!kinds.includes(lexicon.kindOf(k) ?? '')) return false;
    // Countries say nothing about where a signing happened.
    return !specific || !lexicon.isCountry(k);
  });
  return {
    keys,
    passages: passages.filter((p) => p.concepts.some((k) => keys.includes(k))).slice(0, MAX_CITES),
    names: (language: Language) => keys.map((k) => lexicon.name(k, language)).join(', '),
  };
}
