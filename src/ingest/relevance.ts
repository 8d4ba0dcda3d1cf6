/**
 * The relevance check (RELEVANCE_CHECK): is an article about Indonesia–China
 * industrial cooperation? Read through the lexicon, so it works the same in
 * both languages. The rule, scored over the title and the whole text:
 *
 *   relevant ⇔ names Indonesia (or a place in it)
 *             ∧ names China (or a place in it)
 *             ∧ names at least MIN_INDUSTRY_CONCEPTS distinct industry concepts,
 *               at least one of them a mineral or a sector.
 *
 * Industry concepts are the lexicon's minerals and sectors (nickel, smelter,
 * battery, investment, trade …) and the terms of cooperation and industry
 * listed below (MoU, joint venture, technology transfer, export …). A football
 * match between the two countries names both but no industry; a domestic
 * corruption case may name a mine but not China. The lexicon gives no country
 * for organisations, so a page naming only "Tsingshan" and "Kemenperin" without
 * either country is not recognised: such pages are rare and it errs on the
 * side of skipping.
 */
import type { Article } from '../corpus/article.ts';
import { toTokens } from '../analysis/token.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';

export const MIN_INDUSTRY_CONCEPTS = 2;

export interface Relevance {
  readonly relevant: boolean;
  readonly indonesia: boolean;
  readonly china: boolean;
  /** Distinct industry concept keys named. */
  readonly industry: readonly string[];
}

export function assessRelevance(article: Pick<Article, 'title' | 'paragraphs'>, lexicon: Lexicon): Relevance {
  const keys = new Set(lexicon.matchNested(toTokens([article.title, ...article.paragraphs].join('\n'))).map((m) => m.key));
  const countries = new Set([...keys].map((key) => countryOf(key, lexicon)));
  const industry = [...keys].filter((key) => isIndustryConcept(key, lexicon));
  const indonesia = countries.has(INDONESIA);
  const china = countries.has(CHINA);
  const hasSector = industry.some((key) => lexicon.kindOf(key) !== 'term');
  return { relevant: indonesia && china && hasSector && industry.length >= MIN_INDUSTRY_CONCEPTS, indonesia, china, industry };
}

const INDONESIA = 'indonesia';
const CHINA = 'china';

// Terms that speak of industry or of cooperation between countries; the
// lexicon's many other terms (price, meeting, country …) say nothing of the topic.
const INDUSTRY_TERMS: ReadonlySet<string> = new Set([
  'cooperation', 'partnership', 'strategic-partnership', 'comprehensive-strategic-partnership', 'mou', 'agreement',
  'joint-venture', 'foreign-investment', 'investor', 'investment-realisation', 'technology-transfer', 'value-added',
  'supply-chain', 'value-chain', 'processing', 'industrialisation', 'factory', 'export', 'import', 'export-ban',
  'bilateral-trade', 'trading-partner', 'acfta', 'free-trade', 'special-economic-zone', 'national-strategic-project',
  'nickel-pig-iron', 'ferronickel', 'nickel-matte', 'mhp', 'nickel-sulphate', 'precursor', 'cathode', 'anode',
  'battery-cell', 'hpal', 'rkef', 'ore', 'concentrate', 'raw-material', 'local-content', 'iup',
]);

function isIndustryConcept(key: string, lexicon: Lexicon): boolean {
  const kind = lexicon.kindOf(key);
  return kind === 'mineral' || kind === 'sector' || (kind === 'term' && INDUSTRY_TERMS.has(key));
}

// The outermost place a place lies in (Morowali → Sulawesi Tengah → Indonesia); undefined for non-places.
function countryOf(key: string, lexicon: Lexicon): string | undefined {
  let concept = lexicon.get(key);
  if (concept?.kind !== 'place') return undefined;
  for (let depth = 0; concept.within && depth < 10; depth++) {
    const wider = lexicon.get(concept.within);
    if (!wider) break;
    concept = wider;
  }
  return concept.key;
}
