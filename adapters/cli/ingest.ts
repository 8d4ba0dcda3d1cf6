/**
 * `npm run ingest -- <file|url|feed-url>...`: imports articles into
 * DATA_DIR/articles and the registry, with their deliveries. Safe while the
 * bot runs: it only touches the SQLite store (WAL, one transaction per
 * article) and writes article files atomically; the running bot picks the
 * new articles up from the registry's change feed.
 *
 * Progress goes to stderr (a bar on a terminal, one line per article
 * otherwise), the summary to stdout: every source that did not become an
 * article, with its reason. Exit code: 0 when every source was imported or is
 * already in the corpus, 1 when some source failed, 3 when none failed but
 * some were skipped as unrelated (--force imports them), 2 for usage errors.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../../src/config.ts';
import { ArticleSchema, LanguageSchema, type Language } from '../../src/corpus/article.ts';
import { assertNever } from '../../src/errors.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { countOutcomes, EARLIEST_DATE, type IngestOutcome, type IngestProgress, type IngestReport, renderIngestReport } from '../../src/ingest/index.ts';
import { Lexicon } from '../../src/lexicon/lexicon.ts';
import { createLogger } from '../../src/logger.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { configuredIngester, importedArticlesDir } from '../shared/ingester.ts';
import { exitOnError } from './fail.ts';

const INGEST_USAGE = `Usage:
  npm run ingest -- <source>...                   import articles
  npm run ingest -- --force <source>...           import even what the relevance check would skip
  npm run ingest -- --date 2024-06-17 <source>    the publication date of the pages given (not of feed items)
  npm run ingest -- --lang id <source>            summary in Indonesian (default: DEFAULT_LANGUAGE)

A source is a file (.txt captured text, .html page, .xml/.rss/.atom feed), a
page URL or a feed URL (each item is fetched and imported). Articles are
written to DATA_DIR/articles; duplicates (same URL or same text) and, with
RELEVANCE_CHECK, articles not about Indonesia–China industrial cooperation
are skipped. Each article is dated from its page's metadata, its address,
its text, its feed item, the server's Last-Modified or, last, the day of
import (marked approximate); the summary counts the dates by rule.
Exit code 0 when every source was imported or was already in the corpus,
1 when a source failed, 3 when none failed but some were skipped as unrelated.`;

interface IngestArgs {
  readonly sources: readonly string[];
  readonly language: Language | undefined;
  readonly force: boolean;
  /** YYYY-MM-DD */
  readonly published: string | undefined;
  readonly help: boolean;
}

async function main(): Promise<void> {
  const args = parseIngestArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n\n${INGEST_USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    process.stdout.write(`${INGEST_USAGE}\n`);
    return;
  }
  const config = loadConfig();
  const bar = process.stderr.isTTY === true;
  // Log lines would tear the progress bar; the summary reports every outcome anyway.
  const logger = createLogger(bar && config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const store = SqliteStore.open(config.DATA_DIR);
  try {
    const lexicon = Lexicon.fromFile(join(config.CORPUS_DIR, 'lexicon.json'));
    const articlesDir = importedArticlesDir(config);
    const ingester = configuredIngester(config, store, lexicon, logger);
    // So that a page already in the corpus is refused, and new reports link to its stories.
    ingester.registerExisting(loadCorpus([join(config.CORPUS_DIR, 'articles'), articlesDir]));
    const progress = bar ? progressBar(args.sources.length) : progressLines();
    const report = await ingester.ingest(args.sources, progress.update, { force: args.force, published: args.published });
    progress.stop();
    const forceCommand = (source: string) => `npm run ingest -- --force ${source}`;
    process.stdout.write(`${renderIngestReport(report, args.language ?? config.DEFAULT_LANGUAGE, { forceCommand, complete: true })}\n`);
    process.exitCode = exitCodeOf(report);
  } finally {
    store.close();
  }
}

/** 0: all in; 1: a source failed; 3: none failed, some skipped as unrelated. */
function exitCodeOf(report: IngestReport): number {
  const counts = countOutcomes(report);
  if (counts.failed > 0) return 1;
  return counts.unrelated > 0 ? 3 : 0;
}

/** The arguments, or the problem with them. */
function parseIngestArgs(argv: readonly string[]): IngestArgs | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, lang: { type: 'string' }, force: { type: 'boolean' }, date: { type: 'string' } },
    });
  } catch (error) {
    return (error as Error).message;
  }
  const help = parsed.values.help ?? false;
  const language = parsed.values.lang === undefined ? undefined : LanguageSchema.safeParse(parsed.values.lang);
  if (language && !language.success) return `--lang must be "id" or "en"`;
  const published = parsed.values.date === undefined ? undefined : PublishedSchema.safeParse(parsed.values.date);
  if (published && !published.success) return `--date ${published.error.issues[0]!.message}`;
  const sources = parsed.positionals.map((s) => s.trim()).filter(Boolean);
  if (!help && sources.length === 0) return 'give at least one file, page URL or feed URL';
  return { sources, language: language?.data, force: parsed.values.force ?? false, published: published?.data, help };
}

// The article schema's date, and as believable as the importer asks of a page's own.
const PublishedSchema = ArticleSchema.shape.published
  .refine((d) => d >= EARLIEST_DATE, `must not be before ${EARLIEST_DATE}`)
  .refine((d) => d <= new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10), 'must not be in the future');

interface Progress {
  readonly update: IngestProgress;
  stop(): void;
}

function progressBar(total: number): Progress {
  const bar = new cliProgress.SingleBar(
    { format: 'ingest [{bar}] {value}/{total} {status}', stream: process.stderr, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { status: '' });
  return {
    update: ({ done, total: now, outcome }) => {
      bar.setTotal(now);
      bar.update(done, { status: describe(outcome).slice(0, 60) });
    },
    stop: () => bar.stop(),
  };
}

function progressLines(): Progress {
  return {
    update: ({ done, total, outcome }) => process.stderr.write(`[${done}/${total}] ${describe(outcome)}\n`),
    stop: () => {},
  };
}

function describe(outcome: IngestOutcome): string {
  switch (outcome.kind) {
    case 'imported':
      return `imported (date from ${outcome.dateSource}${outcome.publishedApprox ? ', approximate' : ''}): ${outcome.title}`;
    case 'duplicate':
      return `duplicate (${outcome.reason}) of ${outcome.existingId}: ${outcome.source}`;
    case 'unrelated':
      return `unrelated (missing: ${outcome.missing.join(', ') || 'skipped before'}): ${outcome.title}`;
    case 'failed':
      return `failed: ${outcome.source}: ${outcome.reason}`;
    default:
      return assertNever(outcome);
  }
}

main().catch(exitOnError);
