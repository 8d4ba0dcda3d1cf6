/**
 * A kit of real-news pages (test/fixtures/realdev): imported through the real
 * importer into a fresh DATA_DIR, then its questions scored with the kit's
 * rule (sources matched by the page's URL). Shared by `npm run eval -- --pages`
 * and the test that holds the kit's floor.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toJson, type AnswerJson } from '../../adapters/cli/json.ts';
import { configuredIngester, importedArticlesDir } from '../../adapters/shared/ingester.ts';
import { buildEngine } from '../../src/bootstrap.ts';
import type { Config } from '../../src/config.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Engine } from '../../src/engine.ts';
import type { IngestReport } from '../../src/ingest/index.ts';
import { Lexicon } from '../../src/lexicon/lexicon.ts';
import type { Logger } from '../../src/logger.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { failures, type EvalItem } from './score.ts';

export interface ImportedKit {
  readonly engine: Engine;
  readonly report: IngestReport;
  /** Removes the temporary DATA_DIR. */
  dispose(): void;
}

/** Imports every .html/.txt page of `pagesDir` into a temporary DATA_DIR and builds the engine over corpus + pages. */
export async function importKit(pagesDir: string, config: Config, logger: Logger): Promise<ImportedKit> {
  const dataDir = mkdtempSync(join(tmpdir(), 'coop-kit-'));
  const kitConfig: Config = { ...config, DATA_DIR: dataDir };
  const pages = readdirSync(pagesDir)
    .filter((f) => /\.(html?|txt)$/i.test(f))
    .sort()
    .map((f) => join(pagesDir, f));
  const store = SqliteStore.open(dataDir);
  let report: IngestReport;
  try {
    const lexicon = Lexicon.fromFile(join(config.CORPUS_DIR, 'lexicon.json'));
    const ingester = configuredIngester(kitConfig, store, lexicon, logger);
    ingester.registerExisting(loadCorpus([join(config.CORPUS_DIR, 'articles'), importedArticlesDir(kitConfig)]));
    report = await ingester.ingest(pages);
  } finally {
    store.close();
  }
  const engine = buildEngine(kitConfig, logger);
  return { engine, report, dispose: () => rmSync(dataDir, { recursive: true, force: true }) };
}

export interface ScoredItem {
  readonly item: EvalItem;
  readonly answer: AnswerJson;
  readonly problems: readonly string[];
}

export interface KitScore {
  readonly items: readonly ScoredItem[];
  readonly passed: number;
  /** Must-decline questions that got an answer. */
  readonly wronglyAnswered: number;
  readonly mustDecline: number;
  /** Plain-text lengths of the answers given (declines not counted), sorted. */
  readonly lengths: readonly number[];
}

export function scoreKit(engine: Engine, items: readonly EvalItem[]): KitScore {
  const scored = items.map((item) => {
    const answer = toJson(item.question, engine.ask({ text: item.question }));
    return { item, answer, problems: failures(item, answer) };
  });
  const given = scored.filter((s) => !s.answer.abstained).map((s) => [...s.answer.text].length);
  return {
    items: scored,
    passed: scored.filter((s) => s.problems.length === 0).length,
    mustDecline: items.filter((i) => i.abstain).length,
    wronglyAnswered: scored.filter((s) => s.item.abstain && !s.answer.abstained).length,
    lengths: given.sort((a, b) => a - b),
  };
}

export function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}
