/**
 * The relevance check (RELEVANCE_CHECK): is an article about Indonesia–China
 * industrial and economic cooperation — investment, trade, industry,
 * infrastructure, finance and labour, Chinese companies' projects and
 * incidents in Indonesia, and multilateral deals both take part in? Read
 * through the lexicon, so it works the same in both languages. Scored over
 * the title and the whole text:
 *
 *   relevant ⇔ Indonesia ∧ China ∧ economy
 *
 *   Indonesia: a place in Indonesia, or an Indonesian body, company or person
 *              the lexicon knows (a minister through the ministry); or two
 *              kinds of weaker sign: a "PT …" company, a rupiah amount, the
 *              text being Indonesian (indonesian-signs.ts).
 *   China:     a place in China, or a Chinese body, company, bank or person —
 *              so a page about Tsingshan's or Huayou's plants counts without
 *              the word "China"; joint ventures and bilateral mechanisms the
 *              lexicon gives both countries (IMIP, KCIC, HDCM) count for both.
 *   Neither may be named only in passing: at most MAX_PASSING_MENTIONS
 *              times, not in the title, while a third country is named at
 *              least BYSTANDER_RATIO times as often (and at least
 *              MIN_SUBJECT_MENTIONS times) — a Japanese loan story that names
 *              China once, a China–Brazil summit that names Indonesia's BRICS
 *              seat. A single mention alone is not passing: a seed about a
 *              Kemenperin–UNIDO programme names China once, and is on topic.
 *   economy:   at least MIN_INDUSTRY_CONCEPTS distinct economic concepts, at
 *              least one of them a mineral or a sector (nickel, smelter,
 *              railway, investment, trade …); the others may be terms of
 *              cooperation, trade, finance or labour (MoU, export, loan,
 *              anti-dumping, workers …).
 *
 * Measured, not guessed: `npm run eval:relevance` prints precision and recall
 * on the labelled kit (test/fixtures/realdev) and the seeds, and
 * test/src/ingest/relevance-eval.test.ts holds the floor. Articles that name
 * the cooperation only in passing (a trade-balance story listing China among
 * partners) are kept: the evidence cannot tell them from short on-topic
 * reports, and a skipped on-topic report costs more than a kept marginal one.
 */
import type { Article } from '../corpus/article.ts';
import { toTokens } from '../analysis/token.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { ConceptMatch } from '../lexicon/matcher.ts';
import { indonesianSigns } from './indonesian-signs.ts';

export const MIN_INDUSTRY_CONCEPTS = 2;
/** Weak signs of Indonesia (of different kinds) that stand in for a named place or body. */
export const MIN_INDONESIAN_SIGNS = 2;
/**
 * A country named this often or less, and not in the title, may be named in
 * passing. On the labelled kit and seeds the on-topic pages that do not name
 * China in their title name it at least once and never less often than a
 * third country; no third country is named three times where China or
 * Indonesia is named at most twice.
 */
export const MAX_PASSING_MENTIONS = 2;
/** …and is one when a third country is named this many times as often… */
export const BYSTANDER_RATIO = 2;
/** …and at least this often. */
export const MIN_SUBJECT_MENTIONS = 3;

/** What an article lacked for the check: reported to the operator, who may import it anyway (--force). */
export type RelevanceGap = 'indonesia' | 'china' | 'indonesia-in-passing' | 'china-in-passing' | 'economy';

export interface Relevance {
  readonly relevant: boolean;
  readonly indonesia: boolean;
  readonly china: boolean;
  /** Distinct economic concept keys named. */
  readonly industry: readonly string[];
  /** Empty when relevant. */
  readonly missing: readonly RelevanceGap[];
}


export function assessRelevance(article: Pick<Article, 'title' | 'paragraphs'> & { readonly language?: Article['language'] }, lexicon: Lexicon): Relevance {
  const text = [article.title, ...article.paragraphs].join('\n');
  const matches = lexicon.matchNested(toTokens(text));
  const mentions = countMentions(matches, lexicon);
  const inTitle = new Set(lexicon.matchNested(toTokens(article.title)).flatMap((m) => lexicon.countriesOf(m.key)));
  const industry = [...new Set(matches.map((m) => m.key))].filter((key) => isIndustryConcept(key, lexicon));
  const role = (country: string) => roleOf(country, mentions, inTitle);
  const indonesiaRole = role(INDONESIA) === 'absent' && indonesianSigns(text, article.language).length >= MIN_INDONESIAN_SIGNS ? 'subject' : role(INDONESIA);
  const chinaRole = role(CHINA);
  const economy = industry.length >= MIN_INDUSTRY_CONCEPTS && industry.some((key) => lexicon.kindOf(key) !== 'term');
  const missing: RelevanceGap[] = [];
  if (indonesiaRole !== 'subject') missing.push(indonesiaRole === 'absent' ? 'indonesia' : 'indonesia-in-passing');
  if (chinaRole !== 'subject') missing.push(chinaRole === 'absent' ? 'china' : 'china-in-passing');
  if (!economy) missing.push('economy');
  return { relevant: missing.length === 0, indonesia: indonesiaRole === 'subject', china: chinaRole === 'subject', industry, missing };
}

const INDONESIA = 'indonesia';
const CHINA = 'china';

// Terms that speak of the economy or of cooperation between countries; the
// lexicon's many other terms (meeting, country, statement …) say nothing of the topic.
const INDUSTRY_TERMS: ReadonlySet<string> = new Set([
  // cooperation and deals
  'cooperation', 'partnership', 'strategic-partnership', 'comprehensive-strategic-partnership', 'mou', 'agreement',
  'joint-venture', 'business-forum', 'acfta', 'free-trade', 'bilateral-trade', 'trading-partner',
  // investment and finance
  'foreign-investment', 'domestic-investment', 'investor', 'investment-realisation', 'investment-climate', 'loan',
  'local-currency-settlement', 'yuan', 'incentive', 'tax-holiday',
  // trade and its remedies
  'export', 'import', 'export-ban', 'trade-balance', 'surplus', 'deficit', 'tariff', 'import-duty', 'export-duty',
  'anti-dumping', 'safeguard', 'trade-war', 'quota', 'commodity',
  // industry and its chain
  'technology-transfer', 'value-added', 'supply-chain', 'value-chain', 'processing', 'industrialisation', 'factory',
  'production', 'special-economic-zone', 'national-strategic-project', 'local-content', 'raw-material', 'iup',
  'nickel-pig-iron', 'ferronickel', 'nickel-matte', 'mhp', 'nickel-sulphate', 'precursor', 'cathode', 'anode',
  'battery-cell', 'hpal', 'rkef', 'ore', 'concentrate', 'state-owned-enterprise',
  // labour
  'workforce', 'foreign-workers', 'employment', 'occupational-safety', 'wage', 'labour-union', 'strike', 'layoff',
  'work-accident', 'explosion',
]);

type Role = 'subject' | 'passing' | 'absent';

// How often each country is named, through every concept that belongs to it: the number of places in the
// text that name it, a name inside a longer one ("China" in "Bank of China") being the same place.
function countMentions(matches: readonly ConceptMatch[], lexicon: Lexicon): Map<string, number> {
  const spans = new Map<string, ConceptMatch[]>();
  for (const m of matches) for (const country of lexicon.countriesOf(m.key)) spans.set(country, [...(spans.get(country) ?? []), m]);
  return new Map([...spans].map(([country, found]) => [country, disjoint(found)]));
}

// The number of separate places the matches cover, overlapping matches merged.
function disjoint(matches: readonly ConceptMatch[]): number {
  let count = 0;
  let end = -1;
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    if (m.start >= end) count++;
    end = Math.max(end, m.end);
  }
  return count;
}

function roleOf(country: string, mentions: ReadonlyMap<string, number>, inTitle: ReadonlySet<string>): Role {
  const own = mentions.get(country) ?? 0;
  if (own === 0) return 'absent';
  if (inTitle.has(country) || own > MAX_PASSING_MENTIONS) return 'subject';
  const rival = Math.max(0, ...[...mentions].filter(([c]) => c !== INDONESIA && c !== CHINA).map(([, n]) => n));
  return rival >= MIN_SUBJECT_MENTIONS && rival >= BYSTANDER_RATIO * own ? 'passing' : 'subject';
}

function isIndustryConcept(key: string, lexicon: Lexicon): boolean {
  const kind = lexicon.kindOf(key);
  return kind === 'mineral' || kind === 'sector' || (kind === 'term' && INDUSTRY_TERMS.has(key));
}
