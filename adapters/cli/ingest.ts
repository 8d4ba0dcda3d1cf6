/**
 * `npm run ingest -- <file|url|feed-url>...`: imports articles into
 * DATA_DIR/articles and the registry, with their deliveries. Safe while the
 * bot runs: it only touches the SQLite store (WAL, one transaction per
 * article) and writes article files atomically; the running bot picks the
 * new articles up from the registry's change feed.
 *
 * Progress goes to stderr (a bar on a terminal, one line per article
 * otherwise), the summary to stdout. Exit code: 0 when nothing failed, 1 when
 * some source failed, 2 for usage errors.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../../src/config.ts';
import { LanguageSchema, type Language } from '../../src/corpus/article.ts';
import { assertNever } from '../../src/errors.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { countOutcomes, type IngestOutcome, type IngestProgress, renderIngestReport } from '../../src/ingest/index.ts';
import { Lexicon } from '../../src/lexicon/lexicon.ts';
import { createLogger } from '../../src/logger.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { configuredIngester, importedArticlesDir } from '../shared/ingester.ts';
import { exitOnError } from './fail.ts';

const INGEST_USAGE = `Usage:
  npm run ingest -- <source>...          import articles
  npm run ingest -- --lang id <source>   summary in Indonesian (default: DEFAULT_LANGUAGE)

A source is a file (.txt captured text, .html page, .xml/.rss/.atom feed), a
page URL or a feed URL (each item is fetched and imported). Articles are
written to DATA_DIR/articles; duplicates (same URL or same text) and, with
RELEVANCE_CHECK, articles not about Indonesia–China industrial cooperation
are skipped. Exit code 0 when nothing failed, 1 when a source failed.`;

interface IngestArgs {
  readonly sources: readonly string[];
  readonly language: Language | undefined;
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
    const report = await ingester.ingest(args.sources, progress.update);
    progress.stop();
    process.stdout.write(`${renderIngestReport(report, args.language ?? config.DEFAULT_LANGUAGE)}\n`);
    process.exitCode = countOutcomes(report).failed > 0 ? 1 : 0;
  } finally {
    store.close();
  }
}

/** The arguments, or the problem with them. */
function parseIngestArgs(argv: readonly string[]): IngestArgs | string {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } } });
  } catch (error) {
    return (error as Error).message;
  }
  const help = parsed.values.help ?? false;
  const language = parsed.values.lang === undefined ? undefined : LanguageSchema.safeParse(parsed.values.lang);
  if (language && !language.success) return `--lang must be "id" or "en"`;
  const sources = parsed.positionals.map((s) => s.trim()).filter(Boolean);
  if (!help && sources.length === 0) return 'give at least one file, page URL or feed URL';
  return { sources, language: language?.data, help };
}

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
      return `imported: ${outcome.title}`;
    case 'duplicate':
      return `duplicate (${outcome.reason}) of ${outcome.existingId}: ${outcome.source}`;
    case 'unrelated':
      return `unrelated: ${outcome.title}`;
    case 'failed':
      return `failed: ${outcome.source}: ${outcome.reason}`;
    default:
      return assertNever(outcome);
  }
}

main().catch(exitOnError);
