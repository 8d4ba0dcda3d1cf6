/**
 * `npm run eval [-- file.jsonl]`: scores the bot on a question set (the dev
 * set by default), prints each failure and the pass rate; exits 1 below 100%.
 */
import { readFileSync } from 'node:fs';
import { toJson } from '../adapters/cli/json.ts';
import { buildEngine } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { failures, parseEvalSet } from './lib/score.ts';

const file = process.argv[2] ?? 'test/fixtures/eval/dev.jsonl';
const items = parseEvalSet(readFileSync(file, 'utf8'));
const config = loadConfig();
const engine = buildEngine(config, createLogger('warn'));

let passed = 0;
for (const item of items) {
  const answer = toJson(item.question, engine.ask({ text: item.question }));
  const problems = failures(item, answer);
  if (problems.length === 0) {
    passed += 1;
    continue;
  }
  process.stdout.write(`FAIL ${item.id} [${answer.intent}/${answer.language}] ${item.question}\n`);
  for (const problem of problems) process.stdout.write(`     - ${problem}\n`);
}
const rate = items.length ? passed / items.length : 0;
process.stdout.write(`\n${passed}/${items.length} passed (${(rate * 100).toFixed(1)}%)\n`);
process.exitCode = passed === items.length ? 0 : 1;
