/**
 * Scores the bot on a question set and prints each failure and the pass rate.
 *
 *   npm run eval [-- file.jsonl]                     the seed corpus (dev set by default); exits 1 below 100%
 *   npm run eval -- test/fixtures/eval/followups.jsonl   follow-up chains (lines with `steps`): each step asked
 *                                                    in its chain's conversation; prints failing steps and
 *                                                    the chain pass rate; exits 1 below 100%
 *   npm run eval -- --pages <dir> <questions.jsonl>  a kit of pages imported through the real importer into a
 *                                                    temporary DATA_DIR (settings from the environment, so
 *                                                    RELEVANCE_CHECK=false isolates the answers); also prints
 *                                                    must-decline questions answered and answer lengths
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildEngine } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import { countOutcomes } from '../src/ingest/index.ts';
import { createLogger } from '../src/logger.ts';
import { isChainSet, parseChains, type ScoredChain, scoreChain } from './lib/chains.ts';
import { importKit, median, type KitScore, scoreKit } from './lib/kit.ts';
import { parseEvalSet } from './lib/score.ts';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { pages: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } } });
  const file = positionals[0] ?? 'test/fixtures/eval/dev.jsonl';
  const text = readFileSync(file, 'utf8');
  const config = loadConfig();
  const logger = createLogger('warn');
  if (isChainSet(text)) {
    if (values.pages) throw new Error('follow-up chains are scored on the seed corpus only');
    const engine = buildEngine(config, logger);
    const scored = parseChains(text).map((chain) => scoreChain(engine, chain));
    printChains(scored, values.verbose ?? false);
    process.exitCode = scored.every((s) => s.passed) ? 0 : 1;
    return;
  }
  const items = parseEvalSet(text);
  if (!values.pages) {
    const score = scoreKit(buildEngine(config, logger), items);
    print(score, values.verbose ?? false);
    printDeclinesAndLengths(score);
    process.exitCode = score.passed === items.length ? 0 : 1;
    return;
  }
  const kit = await importKit(values.pages, config, createLogger('silent'));
  try {
    const counts = countOutcomes(kit.report);
    process.stdout.write(`pages: ${counts.imported} imported, ${counts.duplicate} duplicates, ${counts.unrelated} unrelated, ${counts.failed} failed\n\n`);
    const score = scoreKit(kit.engine, items);
    print(score, values.verbose ?? false);
    printDeclinesAndLengths(score);
  } finally {
    kit.dispose();
  }
}

function printDeclinesAndLengths(score: KitScore): void {
  process.stdout.write(`must-decline answered: ${score.wronglyAnswered}/${score.mustDecline}\n`);
  process.stdout.write(`answer length (chars, declines not counted): median ${median(score.lengths)}, longest ${score.lengths.at(-1) ?? 0}\n`);
}

function print(score: KitScore, verbose: boolean): void {
  for (const { item, answer, problems } of score.items) {
    if (problems.length === 0) continue;
    process.stdout.write(`FAIL ${item.id} [${answer.intent}/${answer.language}] ${item.question}\n`);
    for (const problem of problems) process.stdout.write(`     - ${problem}\n`);
    if (verbose) process.stdout.write(`${answer.text.replace(/^/gm, '     | ')}\n`);
  }
  const total = score.items.length;
  const rate = total ? score.passed / total : 0;
  process.stdout.write(`\n${score.passed}/${total} passed (${(rate * 100).toFixed(1)}%)\n`);
}

function printChains(scored: readonly ScoredChain[], verbose: boolean): void {
  for (const { chain, steps, passed } of scored) {
    if (passed && !verbose) continue;
    process.stdout.write(`${passed ? 'PASS' : 'FAIL'} ${chain.id}\n`);
    for (const { item, answer, problems } of steps) {
      process.stdout.write(`  ${problems.length ? '✗' : '✓'} [${answer.intent}/${answer.language}] ${item.question}\n`);
      for (const problem of problems) process.stdout.write(`     - ${problem}\n`);
      if (verbose) process.stdout.write(`${answer.text.slice(0, 600).replace(/^/gm, '     | ')}\n`);
    }
  }
  const passed = scored.filter((s) => s.passed).length;
  const steps = scored.flatMap((s) => s.steps);
  const stepsPassed = steps.filter((s) => s.problems.length === 0).length;
  const rate = scored.length ? passed / scored.length : 0;
  process.stdout.write(`\nchains: ${passed}/${scored.length} passed (${(rate * 100).toFixed(1)}%); steps: ${stepsPassed}/${steps.length}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
