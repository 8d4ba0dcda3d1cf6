/**
 * `npm run bench [-- --sizes seed,1k,10k,50k] [--only corpus|history]`:
 * measures the bot and a plain
 * MiniSearch baseline on the seed corpus and on synthetic corpora of 1k, 10k
 * and 50k articles — index build time, answer latency p50/p95/p99 over a
 * fixed question mix, RSS, and (on the seed corpus) the dev-set pass rate —
 * then the question history's costs (scripts/bench/history.ts): recording a
 * question and a vote, and answers while 1,000,000 old delivery rows are pruned.
 *
 * Each size and subject runs in its own child process (scripts/bench/worker.ts),
 * one after another, so no measurement's memory or CPU pollutes another's.
 * Prints a table, the targets with PASS/FAIL, and as its last line one JSON
 * object keyed by corpus size. Exits 1 when a worker fails, 2 on bad arguments.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { type BenchOptions, parseOptions } from './bench/options.ts';
import { type Size, type Subject, type WorkerParams, type WorkerResult, WorkerResultSchema } from './bench/protocol.ts';
import { type HistoryResult, HistoryResultSchema } from './bench/history.ts';
import { historyLines, type Outcome, reportLines, type SizeReport } from './bench/report.ts';

const ROOT = join(import.meta.dirname, '..');
const WORKER = join(ROOT, 'scripts', 'bench', 'worker.ts');
const HISTORY_WORKER = join(ROOT, 'scripts', 'bench', 'history.ts');
/** Seed of the synthetic corpora's PRNG: fixed, so every run measures the same text. */
const CORPUS_SEED = 20_240_928;
const TIMED_ROUNDS = 5;

await main();

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const reports: SizeReport[] = [];
  for (const size of options.sizes) reports.push({ size, bot: await run('bot', size), baseline: await run('baseline', size) });
  const history = options.history ? await runHistory() : undefined;
  process.stdout.write(`${reportLines(reports, performance.now() - started, history).join('\n')}\n`);
  if (reports.some((r) => 'error' in r.bot || 'error' in r.baseline) || (history && 'error' in history)) process.exitCode = 1;
}

async function runHistory(): Promise<HistoryResult | { error: string }> {
  process.stderr.write('[bench] history: starting\n');
  try {
    return await runChild(HISTORY_WORKER, [], (json) => HistoryResultSchema.parse(json));
  } catch (error) {
    process.stderr.write(`[bench] history: ${(error as Error).message}\n`);
    return { error: (error as Error).message };
  }
}

async function run(subject: Subject, size: Size): Promise<Outcome> {
  process.stderr.write(`[bench] ${size} ${subject}: starting\n`);
  try {
    return await runWorker({ subject, size, seed: CORPUS_SEED, rounds: TIMED_ROUNDS });
  } catch (error) {
    const message = (error as Error).message;
    process.stderr.write(`[bench] ${size} ${subject}: ${message}\n`);
    return { error: message };
  }
}

function runWorker(params: WorkerParams): Promise<WorkerResult> {
  return runChild(WORKER, [JSON.stringify(params)], (json) => WorkerResultSchema.parse(json));
}

function runChild<T>(file: string, args: readonly string[], parse: (json: unknown) => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--expose-gc', file, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0) return reject(new Error(`worker exited with ${signal ?? `code ${code}`}`));
      try {
        resolve(parse(JSON.parse(output.trim().split('\n').at(-1) ?? '')));
      } catch (error) {
        reject(new Error(`worker printed no valid result (${(error as Error).message})`));
      }
    });
  });
}
