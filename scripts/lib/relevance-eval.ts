/**
 * The relevance check measured on labelled pages: a kit's INDEX.tsv
 * (`on_topic`: yes / passing / no) plus the raw seeds (all on topic), each
 * page read by the importer's own extraction and judged by assessRelevance
 * exactly as `npm run ingest` would. Shared by `npm run eval:relevance` and
 * the test that holds the floor (test/scripts/relevance-eval.test.ts).
 *
 * Pages that mention the cooperation only in passing are kept by decision
 * (see src/ingest/relevance.ts), so they count as positives; they are also
 * reported on their own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { buildArticle } from '../../src/ingest/build-article.ts';
import { extractHtml } from '../../src/ingest/extract-html.ts';
import { extractText } from '../../src/ingest/extract-text.ts';
import { assessRelevance, type Relevance } from '../../src/ingest/relevance.ts';
import type { Lexicon } from '../../src/lexicon/lexicon.ts';

export const LabelSchema = z.enum(['yes', 'passing', 'no']);
export type Label = z.infer<typeof LabelSchema>;

export interface LabelledPage {
  /** File name (kit) or seed id. */
  readonly name: string;
  readonly label: Label;
  readonly relevance: Relevance;
}

export interface RelevanceScore {
  readonly pages: readonly LabelledPage[];
  /** On topic (yes and seeds) kept / all on topic. */
  readonly recall: number;
  /** Kept pages that are on topic or passing / all kept. */
  readonly precision: number;
  /** Off-topic pages refused / all off topic. */
  readonly refused: number;
  readonly passingKept: number;
  readonly passing: number;
}

/** Judges every page listed in `<pagesDir>/INDEX.tsv` and every `.txt` seed in `seedsDir`. */
export function evaluateRelevance(pagesDir: string, seedsDir: string | undefined, lexicon: Lexicon): RelevanceScore {
  const pages = [
    ...readIndex(pagesDir).map(({ file, label }) => ({ name: file, label, relevance: judge(join(pagesDir, file), lexicon) })),
    ...(seedsDir ? seedFiles(seedsDir).map((file) => ({ name: file, label: 'yes' as const, relevance: judge(join(seedsDir, file), lexicon) })) : []),
  ];
  return score(pages);
}

export function score(pages: readonly LabelledPage[]): RelevanceScore {
  const kept = (label: Label) => pages.filter((p) => p.label === label && p.relevance.relevant).length;
  const all = (label: Label) => pages.filter((p) => p.label === label).length;
  const keptAll = pages.filter((p) => p.relevance.relevant).length;
  return {
    pages,
    recall: ratio(kept('yes'), all('yes')),
    precision: ratio(kept('yes') + kept('passing'), keptAll),
    refused: ratio(all('no') - kept('no'), all('no')),
    passingKept: kept('passing'),
    passing: all('passing'),
  };
}

const IndexRowSchema = z.object({ file: z.string().min(1), on_topic: LabelSchema });

/** The kit's index, validated: a header row, then one tab-separated row per page. */
export function readIndex(pagesDir: string): { file: string; label: Label }[] {
  const [header, ...rows] = readFileSync(join(pagesDir, 'INDEX.tsv'), 'utf8').split('\n').filter((line) => line.trim());
  const columns = header!.split('\t');
  return rows.map((line, i) => {
    const cells = Object.fromEntries(line.split('\t').map((cell, c) => [columns[c], cell.trim()]));
    const parsed = IndexRowSchema.safeParse(cells);
    if (!parsed.success) throw new Error(`INDEX.tsv row ${i + 2}: ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
    return { file: parsed.data.file, label: parsed.data.on_topic };
  });
}

function seedFiles(seedsDir: string): string[] {
  return readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
}

// As the importer reads it: HTML or captured text, then the built article (its detected language counts).
function judge(path: string, lexicon: Lexicon): Relevance {
  const body = readFileSync(path, 'utf8');
  const draft = /\.html?$/i.test(path) ? extractHtml(body) : extractText(body);
  const { article } = buildArticle(draft, {}, lexicon);
  return assessRelevance(article, lexicon);
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
