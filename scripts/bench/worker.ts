/**
 * One benchmark measurement in its own process, so the RSS of one corpus size
 * or subject never pollutes another's. Started by scripts/bench.ts as
 * `node --import tsx --expose-gc scripts/bench/worker.ts '<params JSON>'`;
 * prints one JSON line (WorkerResult) on stdout, progress on stderr.
 *
 * Build time runs from the Article[] in memory to a ready subject: corpus
 * loading or generation is excluded, and so is loading the lexicon (done
 * once, before the clock starts, as any deployment does it at start-up).
 * For the bot, "ready" is what src/bootstrap.ts does: Knowledge, Engine and
 * engine.prepare() (the derived views), so first-question costs are not hidden.
 * Then, for the bot only, what one article arriving at run time costs
 * (live-add.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/corpus/article.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { Engine } from '../../src/engine.ts';
import { Knowledge } from '../../src/knowledge/knowledge.ts';
import { Lexicon } from '../../src/lexicon/lexicon.ts';
import { LexiconSchema } from '../../src/lexicon/schema.ts';
import { type BaselineIndex, buildBaseline, searchBaseline } from './baseline.ts';
import { baselinePassRate, botPassRate, loadDevSet } from './dev-set.ts';
import { generateCorpus } from './generate.ts';
import { measureLiveAdd } from './live-add.ts';
import { measure, type Measurement } from './measure.ts';
import { SYNTHETIC_COUNTS, type WorkerParams, WorkerParamsSchema, type WorkerResult } from './protocol.ts';
import { QUESTIONS } from './questions.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS_DIR = join(ROOT, 'corpus');
const LEXICON_FILE = join(CORPUS_DIR, 'lexicon.json');
// Asked after each added article: meetings have the costliest view.
const LIVE_QUESTION = QUESTIONS.find((q) => q.expect === 'meetings')!.text;

main();

function main(): void {
  const params = WorkerParamsSchema.parse(JSON.parse(process.argv[2] ?? 'null'));
  const articles = corpusFor(params);
  const result = params.subject === 'bot' ? measureBot(params, articles) : measureBaseline(params, articles);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function corpusFor(params: WorkerParams): Article[] {
  const seed = loadCorpus([join(CORPUS_DIR, 'articles')]);
  if (params.size === 'seed') return seed;
  const started = performance.now();
  const concepts = LexiconSchema.parse(JSON.parse(readFileSync(LEXICON_FILE, 'utf8'))).concepts;
  const articles = generateCorpus({ count: SYNTHETIC_COUNTS[params.size], seed: params.seed, sources: seed, concepts });
  progress(params, `generated ${articles.length} articles in ${seconds(performance.now() - started)}`);
  return articles;
}

function measureBot(params: WorkerParams, articles: readonly Article[]): WorkerResult {
  const lexicon = Lexicon.fromFile(LEXICON_FILE); // not timed: see the header
  const m = measure<Engine>(
    {
      build: (list) => readyEngine(lexicon, list),
      ask: (engine, text) => outcome(engine.ask({ text })),
      passages: (engine) => engine.knowledge.passages.length,
    },
    articles,
    QUESTIONS.map((q) => q.text),
    params.rounds,
  );
  progress(params, `built in ${seconds(m.build_ms)}, p95 ${m.p95_ms.toFixed(2)} ms`);
  const dev = params.size === 'seed' ? { dev_pass_rate: botPassRate(m.built, loadDevSet(ROOT)) } : {};
  // Last: it adds articles to the engine.
  const live = measureLiveAdd(m.built, articles.at(-1)!, LIVE_QUESTION);
  progress(params, `add 1 article ${live.add_ms.toFixed(1)} ms, views ${live.views_ms.toFixed(1)} ms, + first answer ${live.add_answer_ms.toFixed(1)} ms`);
  return { ...result(params, articles, m, dev), ...live };
}

function measureBaseline(params: WorkerParams, articles: readonly Article[]): WorkerResult {
  const m = measure<BaselineIndex>(
    {
      build: buildBaseline,
      ask: (index, text) => (searchBaseline(index, text).length ? 'baseline' : 'abstain'),
      passages: (index) => index.passages.length,
    },
    articles,
    QUESTIONS.map((q) => q.text),
    params.rounds,
  );
  progress(params, `built in ${seconds(m.build_ms)}, p95 ${m.p95_ms.toFixed(2)} ms`);
  // The bot is built only now, after RSS was read: it detects each dev question's language.
  const dev =
    params.size === 'seed'
      ? { dev_pass_rate: baselinePassRate(m.built, new Engine(new Knowledge(Lexicon.fromFile(LEXICON_FILE), articles)), loadDevSet(ROOT)) }
      : {};
  return result(params, articles, m, dev);
}

function readyEngine(lexicon: Lexicon, articles: readonly Article[]): Engine {
  const engine = new Engine(new Knowledge(lexicon, articles));
  engine.prepare();
  return engine;
}

function result<T>(params: WorkerParams, articles: readonly Article[], m: Measurement<T>, dev: { dev_pass_rate?: number }): WorkerResult {
  const { built: _built, ...figures } = m;
  return { ...figures, ...dev, subject: params.subject, size: params.size, articles: articles.length };
}

function outcome(answer: ReturnType<Engine['ask']>): string {
  return answer.abstained ? 'abstain' : answer.intent;
}

function progress(params: WorkerParams, message: string): void {
  process.stderr.write(`[bench] ${params.size} ${params.subject}: ${message}\n`);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
