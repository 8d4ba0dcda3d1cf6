/**
 * Finds the answer to a general question: the article that accounts for the
 * whole question, and in it the windows of one to three consecutive
 * sentences that hold the answer.
 *
 * 1. Candidate articles come from sentence search.
 * 2. An article is ruled out when it lacks a particular thing the question
 *    names (a name, a number, an ordinal), or a distinctive word the question
 *    uses that the article could have used (same language, or a concept) but
 *    does not: "the second phase" is not answered by an article with only
 *    the first.
 * 3. Windows are scored by the question groups they hold, with the groups
 *    held elsewhere in the article (headline, date, other sentences) counting
 *    in part, and lifted when they hold the kind of thing asked for (a
 *    number, a date, a place, a name).
 * 4. The best window is the answer; windows of the same article that add
 *    what it lacks (another asked-for fact) join it.
 */
import { QUANTITY_PREFIX } from '../analysis/quantities.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Passage } from '../knowledge/passage.ts';
import type { Question } from '../question.ts';
import { CONCEPT_PREFIX, type QueryGroup } from '../search/terms.ts';
import { RANK, TYPED, type WantedKind, wantedKinds } from './answer-kind.ts';
import { ANSWERS, DURATION_UNIT, type Entity, entitiesOf } from './entities.ts';
import { type ArticleEvidence, evidenceFor, holds } from './evidence.ts';
import { normalize } from '../text/normalize.ts';
import { tokenize } from '../text/tokenize.ts';

export interface AnswerWindow {
  readonly evidence: ArticleEvidence;
  /** Positions in the article's passages, inclusive. */
  readonly from: number;
  readonly to: number;
  readonly passages: readonly Passage[];
  /** Groups held inside the window. */
  readonly groups: ReadonlySet<number>;
  /** Asked-for kinds the window holds an instance of. */
  readonly kinds: ReadonlySet<string>;
  readonly score: number;
  /** Share of the question held inside the window itself. */
  readonly share: number;
}

export interface FoundAnswer {
  readonly windows: readonly AnswerWindow[];
  readonly kinds: ReadonlySet<WantedKind>;
  /** The asked-for things themselves (one per kind asked for), when the question asks for some. */
  readonly short: ReadonlyArray<{ readonly entity: Entity; readonly passage: Passage }>;
}

const CANDIDATE_ARTICLES = 8;
const MAX_WINDOW = 3;
// Credit for a group held in the article but outside the window.
const CONTEXT_CREDIT = 0.45;
const KIND_BONUS = 0.3;
const SIZE_PENALTY = 0.07;
/** Least share of the question an answer must account for (window, plus part of the rest of the article). */
export const MIN_SCORE = 0.5;
// The window itself must hold this much of the question: context found elsewhere in the article supports an answer, it is not one.
const MIN_WINDOW_SHARE = 0.3;
// …unless the headline holds this much of it: then every sentence of the article is about it ("The company spent US$610 million").
const HEADLINE_SHARE = 0.5;
const MIN_WINDOW_SHARE_UNDER_HEADLINE = 0.15;
// A word in fewer passages than this share is distinctive: an article that could say it but does not answers another question.
const DISTINCTIVE_SHARE = 0.02;
const MAX_WINDOWS = 3;
// A country named in more than this share of passages is the corpus's subject, not an answer.
const UBIQUITOUS_SHARE = 0.1;
// A list question takes items from up to this many articles, each scoring at least this share of the best.
const MAX_LIST_ARTICLES = 3;
const LIST_ARTICLE_SCORE = 0.85;
// Names a list question's short answer gives at most.
const MAX_LISTED = 4;
const MIN_GAIN = 0.12;
// Words an article's language never uses still count a little: an article that can say only one word of the question answers less of it.
const UNSAYABLE_SHARE = 0.25;
// Words that frame a question rather than ask about something, and the
// generic nouns a question names its answer by ("which models", "sektornya
// apa saja", "what value"): never decisive.
const SOFT = new Set(
  'give buatin buatkan bikin show tampilkan berikan kasih list daftar timeline kronologi linimasa chronology history sejarah perkembangan developments persen percent ton tons tonnes tonne hektar hektare hectare hectares unit units orang people kali times make makes made called named bernama nama think believe view menilai become tanggal tempat date place long developed develop berkembang perkembangan say says model models type types jenis tipe kind kinds variant variants varian thing things item items business bisnis usaha sector sectors sektor sektornya value nilai nilainya amount jumlah jumlahnya figure figures angka number level tingkat company companies perusahaan firm firms aim aims plan planned plans expect expected actually overall exactly currently current latest recent recently really still now total new according report reported official officially approximately around about roughly nearly some far so kind sort exact precise mentioned mention cited say said tell give show detail details summary info information update updates rencana direncanakan target ditargetkan sebenarnya sebetulnya saat sekarang terbaru terkini kira sekitar hampir total informasi sebut disebut kabar area areas field fields bidang aspect aspects soal perihal terkait regarding buat help helped helps bantu membantu want wants wanted ingin mau use used uses using pakai dipakai memakai digunakan menggunakan gunakan'.split(
    ' ',
  ),
);

/** What findAnswer saw, for `npm run explain`. */
export interface Trace {
  readonly weights: readonly number[];
  readonly kinds: ReadonlySet<WantedKind>;
  readonly articles: Array<{ id: string; title: string; missing: string[]; best?: { from: number; to: number; score: number } }>;
}

export function findAnswer(question: Question, knowledge: Knowledge, trace?: Trace): FoundAnswer | undefined {
  const { groups } = question;
  const index = knowledge.index;
  if (groups.length === 0) return undefined;
  if (groups.some((g) => g.required && !index.knows(g))) return undefined;
  const weights = groups.map((g) => weightOf(g, knowledge));
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return undefined;
  // "What is the weather in Jakarta today?": when most of what is asked is unknown to every article, the topic is not covered.
  const asked = groups.filter((g) => !SOFT.has(g.source));
  const known = asked.filter((g) => weights[groups.indexOf(g)]! > 0).length;
  if (asked.length >= 2 && known * 2 <= asked.length) return undefined;
  const kinds = wantedKinds(question);
  const typed = [...kinds].filter((k) => TYPED.has(k)) as Array<keyof typeof ANSWERS>;
  const candidates = candidateArticles(question, knowledge);
  const scorer: Scorer = {
    ...accountingScorer(question, knowledge, weights),
    total,
    typed,
    asks: numberAsks(question.text),
    lists: kinds.has('list'),
    heldIn: heldByLanguage(candidates),
  };

  if (trace) Object.assign(trace, { weights, kinds });
  let best: AnswerWindow | undefined;
  const accounted: AnswerWindow[] = [];
  for (const evidence of candidates) {
    const missing = unaccounted(evidence, scorer);
    const window = bestWindow(evidence, { ...scorer, total: sayableWeight(evidence, scorer) });
    trace?.articles.push({ id: evidence.article.id, title: evidence.article.title, missing: missing.map((i) => groups[i]!.source), ...(window && { best: { from: window.from, to: window.to, score: window.score } }) });
    if (missing.length > 0 || !window) continue;
    accounted.push(window);
    if (!best || window.score > best.score) best = window;
  }
  if (!best || !answers(best, scorer)) return undefined;
  const windows = [best, ...moreWindows(best, { ...scorer, total: sayableWeight(best.evidence, scorer) })].sort((a, b) => a.from - b.from);
  const short = shortAnswers(windows, scorer);
  if (typed.length > 0 && short.length === 0) return undefined;
  const others = kinds.has('list') && typed.length > 0 ? otherArticles(best, accounted, scorer) : [];
  for (const window of others) {
    windows.push(window);
    for (const s of shortAnswers([window], scorer)) if (!short.some((t) => t.entity.text === s.entity.text)) short.push(s);
  }
  return { windows, kinds, short };
}

// Whether a window is good enough to answer from.
function answers(window: AnswerWindow, scorer: Scorer): boolean {
  return window.score >= MIN_SCORE && window.share >= minWindowShare(window, scorer) && informative(window, scorer);
}

// "Where have Luhut and Wang Yi met?": a list question may be answered by
// several articles, each holding one item; those nearly as good as the best add theirs.
function otherArticles(best: AnswerWindow, accounted: readonly AnswerWindow[], scorer: Scorer): AnswerWindow[] {
  return accounted
    .filter((w) => w !== best && w.kinds.size > 0 && w.score >= LIST_ARTICLE_SCORE * best.score && answers(w, scorer))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_LIST_ARTICLES - 1);
}

// Clauses of a question: "X, and Y?" — each group placed by where its words first occur.
function clausesOf(question: Question): number[] {
  const text = normalize(question.text);
  const bounds = [...text.matchAll(/[?;]|,\s|\s(?:and|dan|serta|also|juga)\s/g)].map((m) => m.index!);
  return question.groups.map((g) => {
    const word = tokenize(normalize(g.source))[0];
    const at = word ? text.search(new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)) : -1;
    return at < 0 ? 0 : bounds.filter((b) => b < at).length;
  });
}

// A group's IDF weight; 0 for a plain word no article uses. A lexicon concept
// no article names ("commercial", "salary") keeps its weight: the corpus could
// have named it and did not, which is what makes a question unanswered.
function weightOf(group: QueryGroup, knowledge: Knowledge): number {
  if (knowledge.index.knows(group)) return knowledge.index.groupWeight(group);
  return group.concept ? knowledge.index.groupWeight(group) : 0;
}

interface Scorer {
  readonly groups: readonly QueryGroup[];
  readonly weights: readonly number[];
  readonly total: number;
  readonly typed: ReadonlyArray<keyof typeof ANSWERS>;
  readonly guessed: ReadonlySet<string>;
  /** The clause of the question each group is in (0 = the first). */
  readonly clauses: readonly number[];
  /** For a number question, each number it asks for ("how much invested… and how many companies…"). */
  readonly asks: readonly NumberAsk[];
  /** The question asks for a list ("which models", "apa saja"): windows holding an enumeration are lifted. */
  readonly lists: boolean;
  /** The question's own words: a name it already gives ("… to KADI?") is not an answer to it. */
  readonly asked: ReadonlySet<string>;
  /** The lexicon concepts the question names, in whatever words. */
  readonly askedConcepts: ReadonlySet<string>;
  /**
   * Whether an entity is a country named in much of the corpus ("China",
   * "Indonesia" in news about the two): no answer to "where" unless the
   * question asks which country.
   */
  readonly ubiquitous: (entity: Entity) => boolean;
  /** The groups some candidate article in each language holds: a word another article in the language uses is one it could say. */
  readonly heldIn?: ReadonlyMap<string, ReadonlySet<number>>;
  readonly knowledge: Knowledge;
}

function candidateArticles(question: Question, knowledge: Knowledge): ArticleEvidence[] {
  const seen = new Set<string>();
  const out: ArticleEvidence[] = [];
  for (const hit of knowledge.index.search(question.groups, { limit: 30 })) {
    const article = hit.passage.article;
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    out.push(evidenceFor(article, question.groups, knowledge));
    if (out.length >= CANDIDATE_ARTICLES) break;
  }
  return out;
}

/** The same, for an article whose evidence is already gathered. */
export function evidenceAccountsFor(question: Question, knowledge: Knowledge, evidence: ArticleEvidence): boolean {
  return unaccounted(evidence, accountingScorer(question, knowledge)).length === 0;
}

/** Whether these articles together account for the question: each group one of them fails on, another holds. */
export function accountedTogether(question: Question, knowledge: Knowledge, articleIds: readonly string[]): boolean {
  const articles = [...new Set(articleIds)].flatMap((id) => knowledge.article(id) ?? []);
  if (articles.length === 0) return false;
  const scorer = accountingScorer(question, knowledge);
  const missing = articles.map((article) => new Set(unaccounted(evidenceFor(article, question.groups, knowledge), scorer)));
  return question.groups.every((_, i) => missing.some((m) => !m.has(i)));
}

// What deciding whether an article accounts for a question needs; scoring windows adds the rest.
function accountingScorer(question: Question, knowledge: Knowledge, weights = question.groups.map((g) => weightOf(g, knowledge))): Scorer {
  const asked = new Set(question.tokens.map((t) => t.surface));
  const countries = /\b(?:country|countries|negara|nation|nations)\b/i.test(question.text);
  const ubiquitous = (e: Entity) =>
    !countries && e.concept !== undefined && knowledge.lexicon.isCountry(e.concept) && knowledge.index.share(CONCEPT_PREFIX + e.concept) > UBIQUITOUS_SHARE;
  const askedConcepts = new Set(question.matches.map((m) => m.key));
  return { groups: question.groups, weights, total: 1, typed: [], guessed: question.guessed, clauses: clausesOf(question), asks: [], lists: false, asked, askedConcepts, ubiquitous, knowledge };
}

// The groups the article fails to account for: a particular thing the question
// names, or a distinctive word the article could have used (its language uses it) but does not.
function unaccounted(evidence: ArticleEvidence, scorer: Scorer): number[] {
  const missing = missingGroups(evidence, scorer);
  // "What is the highest duty, and who would pay it?": a later clause's plain
  // word may be missing when the first clause is whole; the answer then
  // answers what the article holds, and shows it.
  const { groups, clauses } = scorer;
  const excusable = (i: number) => clauses[i]! > 0 && !groups[i]!.required && groups.filter((_, j) => clauses[j] === clauses[i]).length <= 2;
  return missing.every(excusable) && missing.length <= 1 ? [] : missing;
}

function heldByLanguage(candidates: readonly ArticleEvidence[]): Map<string, Set<number>> {
  const held = new Map<string, Set<number>>();
  for (const evidence of candidates) {
    const set = held.get(evidence.article.language) ?? new Set<number>();
    evidence.at.forEach((_, i) => holds(evidence, i) && set.add(i));
    held.set(evidence.article.language, set);
  }
  return held;
}

function missingGroups(evidence: ArticleEvidence, scorer: Scorer): number[] {
  const { groups, weights, guessed, asks, knowledge } = scorer;
  const language = evidence.article.language;
  // "What share of trade…?" is answered by "0.2% of all trade": the percentage is the share.
  const percent = asks.some((a) => a.kind === 'percent');
  return groups.flatMap((g, i) => {
    if (holds(evidence, i) || (percent && !g.required && PERCENT_WORDS.test(g.source))) return [];
    // A particular thing the question names is missing even when no article names it ("the fifth meeting", a
    // lexicon name); a capitalised word no article uses ("Sekjen") may be a title or a spelling, like any unknown word.
    if (g.required && (weights[i]! > 0 || g.concept !== undefined || g.terms.some((t) => t.startsWith(QUANTITY_PREFIX)))) return [i];
    // A plain word no article uses may be a typo or the other language: it cannot be told missing.
    if (weights[i] === 0) return g.concept && !SOFT.has(g.source) ? [i] : [];
    if (SOFT.has(g.source) || guessed.has(g.source)) return [];
    const distinctive = g.terms.every((t) => knowledge.index.share(t) <= DISTINCTIVE_SHARE);
    return distinctive && sayableIn(language, g, i, scorer) ? [i] : [];
  });
}

// The weight of the groups this article could hold: a word its language never
// uses ("yearly" in an Indonesian article) can be neither expected nor missed.
// Whether articles in this language say the group's words: often enough, or in another candidate article.
function sayableIn(language: string, g: QueryGroup, i: number, { heldIn, knowledge }: Scorer): boolean {
  return g.terms.some((t) => knowledge.index.usedIn(t, language)) || heldIn?.get(language)?.has(i) === true;
}

function sayableWeight(evidence: ArticleEvidence, scorer: Scorer): number {
  const { groups, weights } = scorer;
  const language = evidence.article.language;
  const sayable = (g: QueryGroup, i: number) => holds(evidence, i) || g.required || sayableIn(language, g, i, scorer);
  return Math.max(1e-9, groups.reduce((sum, g, i) => sum + (sayable(g, i) ? weights[i]! : UNSAYABLE_SHARE * weights[i]!), 0));
}

function bestWindow(evidence: ArticleEvidence, scorer: Scorer): AnswerWindow | undefined {
  let best: AnswerWindow | undefined;
  const n = evidence.passages.length;
  // A window holding no group of the question is never chosen: skip scoring it (most of an article's windows).
  const holdsAny = new Array<boolean>(n).fill(false);
  for (const positions of evidence.at) for (const p of positions) holdsAny[p] = true;
  for (let from = 0; from < n; from++) {
    let any = false;
    for (let to = from; to < Math.min(n, from + MAX_WINDOW); to++) {
      any ||= holdsAny[to]!;
      if (!any) continue;
      const window = scoreWindow(evidence, from, to, scorer);
      if (window.groups.size > 0 && (!best || window.score > best.score)) best = window;
    }
  }
  return best;
}

// An enumeration: "Air ev, Binguo EV, dan Cloud EV"; "manufacturing, health and finance".
// At least three short items, the last joined by "dan"/"and": "Air ev, Binguo EV, dan Cloud EV".
const LIST = /(?:^|[,;:(]\s*|\s(?:ada|are|were|include|including|termasuk|yakni|yaitu|antara lain)\s)(?:[^,;:.()]{1,32},\s*){1,}[^,;:.()]{1,32},?\s(?:dan|and|serta|&)\s[^,;:.()]{1,32}(?:[,;:.)]|$)/;

function isList(text: string): boolean {
  return LIST.test(text);
}

function scoreWindow(evidence: ArticleEvidence, from: number, to: number, { groups, weights, total, typed, asks, lists, asked, askedConcepts, ubiquitous, knowledge }: Scorer): AnswerWindow {
  const inside = new Set<number>();
  let credit = 0;
  let own = 0;
  groups.forEach((_, i) => {
    if (evidence.at[i]!.some((p) => p >= from && p <= to)) {
      inside.add(i);
      credit += weights[i]!;
      own += weights[i]!;
    } else if (holds(evidence, i)) credit += CONTEXT_CREDIT * weights[i]!;
  });
  const passages = evidence.passages.slice(from, to + 1);
  let kindShare = 0;
  const kinds = new Set<string>();
  if (typed.length > 0) {
    const entities = passages.flatMap((p) => entitiesOf(p, knowledge.lexicon).filter((e) => !isQuestionOwn(e, asked, p, askedConcepts) && !ubiquitous(e)));
    const held = (k: keyof typeof ANSWERS) => {
      if (k === 'number') {
        // Each number asked for is a kind of its own: "how much" wants money, "how many companies" a count of companies.
        const met = asks.filter((ask, i) => entities.some((e) => answersAsk(e, ask)) && kinds.add(`number${i}`));
        return asks.length ? met.length / asks.length : 0;
      }
      if (!entities.some((e) => ANSWERS[k].has(e.kind))) return 0;
      kinds.add(k);
      return 1;
    };
    kindShare = typed.reduce((sum, k) => sum + held(k), 0) / typed.length;
  }
  if (lists && passages.some((p) => isList(p.text))) kindShare += 0.5;

  const score = credit / total + KIND_BONUS * kindShare - SIZE_PENALTY * (to - from);
  return { evidence, from, to, passages, groups: inside, kinds, score, share: own / total };
}

function minWindowShare(window: AnswerWindow, { weights }: Scorer): number {
  const { inMeta } = window.evidence;
  const all = weights.reduce((a, b) => a + b, 0);
  const headline = weights.reduce((sum, w, i) => sum + (inMeta[i] ? w : 0), 0);
  return all > 0 && headline / all >= HEADLINE_SHARE ? MIN_WINDOW_SHARE_UNDER_HEADLINE : MIN_WINDOW_SHARE;
}

// The window itself must hold something of the question beyond a common word or a country.
function informative(window: AnswerWindow, { groups, weights, knowledge }: Scorer): boolean {
  return [...window.groups].some((i) => {
    const concept = groups[i]!.concept;
    if (concept && knowledge.lexicon.isCountry(concept)) return false;
    return weights[i]! >= 1 || knowledge.index.size < 40;
  });
}

// Windows of the same article that add question groups the chosen ones lack.
function moreWindows(first: AnswerWindow, scorer: Scorer): AnswerWindow[] {
  const chosen = [first];
  const covered = new Set(first.groups);
  const kinds = new Set(first.kinds);
  const evidence = first.evidence;
  while (chosen.length < MAX_WINDOWS) {
    let pick: { window: AnswerWindow; gain: number } | undefined;
    for (let from = 0; from < evidence.passages.length; from++) {
      for (let to = from; to < Math.min(evidence.passages.length, from + 2); to++) {
        if (chosen.some((w) => from <= w.to + 1 && to >= w.from - 1)) continue;
        const window = scoreWindow(evidence, from, to, scorer);
        const added = [...window.groups].filter((i) => !covered.has(i));
        // A window holding an asked-for kind the others lack ("…and how much?") adds an answer.
        const newKinds = [...window.kinds].filter((k) => !kinds.has(k)).length;
        const gain =
          added.reduce((sum, i) => sum + scorer.weights[i]!, 0) / scorer.total +
          (newKinds > 0 && window.groups.size > 0 ? KIND_BONUS : 0) -
          SIZE_PENALTY * (to - from);
        if ((added.length > 0 || newKinds > 0) && gain >= MIN_GAIN && (!pick || gain > pick.gain)) pick = { window, gain };
      }
    }
    if (!pick) break;
    chosen.push(pick.window);
    for (const i of pick.window.groups) covered.add(i);
    for (const k of pick.window.kinds) kinds.add(k);
  }
  return chosen.slice(1);
}

const MONEY_WORDS = /\b(?:invest\w*|nilai\w*|value|cost\w*|biaya\w*|ongkos\w*|fees?|harga\w*|price\w*|dana|fund\w*|contract\w*|kontrak\w*|surplus|deficit|defisit|loan\w*|pinjaman|worth|modal|capital|transaksi|transaction\w*|gaji|salary|wages?|upah|spen[dt]\w*|outlay|belanja|menghabiskan|dikucurkan|kucuran)\b/i;
const PERCENT_WORDS = /(?:%|\bpersen\b|\bpercent\w*|\bshare\b|\bpangsa\b|\bporsi\b|\bproporsi\b)/i;

function shortAnswers(windows: readonly AnswerWindow[], { typed, groups, asks, asked, askedConcepts, lists, ubiquitous, knowledge }: Scorer): Array<{ entity: Entity; passage: Passage }> {
  const answers: Array<{ entity: Entity; passage: Passage }> = [];
  type Want = { kind: keyof typeof ANSWERS; ask: NumberAsk | undefined };
  const wants = typed.flatMap((kind): Want[] => (kind === 'number' ? asks.map((ask) => ({ kind, ask })) : [{ kind, ask: undefined }]));
  for (const { kind, ask } of wants) {
    const candidates: Array<{ entity: Entity; passage: Passage; hits: number; order: number }> = [];
    // "What will the cars cost?" is not answered by the money of a window that never speaks of cost.
    const measure = ask?.measure && !SOFT.has(ask.measure) ? groups.findIndex((g) => g.source.split(' ').includes(ask.measure!)) : -1;
    for (const window of windows) {
      if (measure >= 0 && !window.groups.has(measure)) continue;
      window.passages.forEach((passage, offset) => {
        const position = window.from + offset;
        const hits = groups.filter((_, i) => window.evidence.at[i]!.includes(position)).length;
        for (const entity of entitiesOf(passage, knowledge.lexicon)) {
          if (isQuestionOwn(entity, asked, passage, askedConcepts) || ubiquitous(entity)) continue;
          // "What will it cost?" is not answered by "150,000 units".
          if (ask ? !answersAsk(entity, ask) : !ANSWERS[kind].has(entity.kind)) continue;
          candidates.push({ entity, passage, hits, order: candidates.length });
        }
      });
    }
    candidates.sort((a, b) => rank(b) - rank(a) || a.order - b.order);
    const top = candidates.find((c) => !answers.some((a) => a.entity.text === c.entity.text));
    if (!top) continue;
    answers.push({ entity: top.entity, passage: top.passage });
    // "Which factories…?": every such name in the top answer's sentence, not only the first.
    if (!lists || (kind !== 'person' && kind !== 'organisation')) continue;
    for (const c of candidates) {
      if (answers.length >= MAX_LISTED || c.passage !== top.passage) continue;
      if (answers.some((a) => a.entity.text.includes(c.entity.text) || c.entity.text.includes(a.entity.text))) continue;
      answers.push({ entity: c.entity, passage: c.passage });
    }
  }
  return answers;
}

/** One number a question asks for, and what it measures when the question says. */
export interface NumberAsk {
  /** 'number': a count, neither money nor a percentage; 'ordinal': a rank ("ke berapa", "what rank"). */
  readonly kind?: 'money' | 'percent' | 'number' | 'ordinal';
  /** A unit the answer must carry ("ton", "perusahaan"). */
  readonly unit?: RegExp;
  /** The word saying what the money measures ("cost", "investasi"): the answer's window must hold it. */
  readonly measure?: string;
}

const ASK = /\b(?:how (?:much|many|big|large|long)|berapa|berapakah|seberapa)\b/gi;
const DURATION = new RegExp(String.raw`\b(?:${DURATION_UNIT})\b`, 'i');
const UNITS: ReadonlyArray<RegExp> = [
  /\b(?:ton|tons|tonnes?|mt)\b/i,
  /\b(?:hektare?|hectares?|ha)\b/i,
  /\b(?:perusahaan|companies|firms)\b/i,
  /\b(?:orang|people|workers?|pekerja|tenaga kerja)\b/i,
  /\b(?:unit|units|cars?|mobil|kendaraan|vehicles)\b/i,
  /\b(?:mw|gw|gwh|megawatt|gigawatt)\b/i,
];

// Each "how much / berapa" and the words around it, within its clause ("nilainya berapa", "how many companies signed").
export function numberAsks(text: string): NumberAsk[] {
  if (RANK.test(text)) return [{ kind: 'ordinal' }];
  const asks: NumberAsk[] = [];
  for (const match of text.matchAll(ASK)) {
    const before = text.slice(0, match.index).split(/[,;?]|\b(?:and|dan)\b/).at(-1)!.split(/\s+/).slice(-3).join(' ');
    const clause = text.slice(match.index! + match[0].length).split(/[,;?]|\b(?:and|dan)\b/)[0]!;
    const near = `${before} ${clause}`;
    const unit = UNITS.find((u) => u.test(clause.split(/\s+/).slice(0, 4).join(' ')));
    // "how long", "berapa lama": a span of time, whatever else the clause names.
    if (/^how long$/i.test(match[0]) || /^\s*lama\b/i.test(clause)) asks.push({ unit: DURATION });
    else if (PERCENT_WORDS.test(near)) asks.push({ kind: 'percent' });
    else if (unit) asks.push({ unit });
    else if (MONEY_WORDS.test(near)) asks.push({ kind: 'money', measure: normalize(MONEY_WORDS.exec(near)![0]) });
    // "How many tariff lines?" counts things: not an amount of money or a percentage.
    else if (/^how many$/i.test(match[0])) asks.push({ kind: 'number' });
    else asks.push({});
  }
  // "What is the capacity?" asks for a number without saying "how much".
  if (asks.length) return asks;
  if (PERCENT_WORDS.test(text)) return [{ kind: 'percent' }];
  const money = MONEY_WORDS.exec(text);
  return [money ? { kind: 'money', measure: normalize(money[0]) } : {}];
}

function answersAsk(entity: Entity, ask: NumberAsk): boolean {
  // "Urutan ke berapa?" is answered by "keempat", or by a bare number ("urutan 4").
  if (ask.kind === 'ordinal') return entity.kind === 'ordinal' || (entity.kind === 'number' && !/\p{L}/u.test(entity.text));
  if (!ANSWERS.number.has(entity.kind)) return false;
  if (ask.kind) return entity.kind === ask.kind;
  // "berapa unit" is answered by "10,000 units" or a bare "10,000", not by "108 hektare".
  return !ask.unit || ask.unit.test(entity.text) || (entity.kind === 'number' && !/\p{L}/u.test(entity.text));
}

// The question's own words are not its answer ("where is the Subang plant?" → not "Subang").
// A name whose short form follows it in brackets ("Asosiasi … Keramik Indonesia (Asaki)") is the question's own when the question uses the short form.
// An entity's words, and those of the short form in brackets after it: read once per entity (entities are cached per sentence).
const entityWords = new WeakMap<Entity, { words: string[]; short?: string[] }>();

function wordsOf(entity: Entity, passage: Passage): { words: string[]; short?: string[] } {
  let found = entityWords.get(entity);
  if (!found) {
    const short = /^\s*\(([^)]{2,20})\)/.exec(passage.text.slice(entity.start + entity.text.length));
    found = { words: tokenize(normalize(entity.text)).filter((w) => !/^(?:pt|tbk|persero)$/.test(w)), ...(short && { short: tokenize(normalize(short[1]!)) }) };
    entityWords.set(entity, found);
  }
  return found;
}

function isQuestionOwn(entity: Entity, asked: ReadonlySet<string>, passage: Passage, askedConcepts: ReadonlySet<string>): boolean {
  // "Bank Indonesia" for a question about "BI": the lexicon knows them as one.
  if (entity.concept !== undefined && askedConcepts.has(entity.concept)) return true;
  const { words, short } = wordsOf(entity, passage);
  if (words.length > 0 && words.every((w) => asked.has(w))) return true;
  // "REPT Battero Energy" for a question about "REPT Battero": most of a longer name, its first word included.
  const shared = words.filter((w) => asked.has(w)).length;
  if (words.length >= 3 && asked.has(words[0]!) && shared >= 2 && shared * 3 >= words.length * 2) return true;
  if (ANSWERS.number.has(entity.kind) || entity.kind === 'date') return false;
  return short !== undefined && short.every((w) => asked.has(w));
}

function rank(candidate: { entity: Entity; hits: number }): number {
  return candidate.hits + (candidate.entity.kind === 'name' ? -0.5 : 0);
}
