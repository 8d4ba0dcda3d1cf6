/**
 * Dev-set pass rates for the benchmark: the bot scored exactly as `npm run
 * eval` scores it, and the MiniSearch baseline scored by the same rule on its
 * top-three answer (with the bot's detected language, so only retrieval differs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AnswerJson, toJson } from '../../adapters/cli/json.ts';
import type { Engine } from '../../src/engine.ts';
import { type EvalItem, failures, parseEvalSet } from '../lib/score.ts';
import { baselineAnswer, type BaselineIndex } from './baseline.ts';

export function loadDevSet(root: string): EvalItem[] {
  return parseEvalSet(readFileSync(join(root, 'test', 'fixtures', 'eval', 'dev.jsonl'), 'utf8'));
}

/** Share of dev questions (0..1) whose bot answer passes. */
export function botPassRate(engine: Engine, items: readonly EvalItem[]): number {
  return passRate(items, (question) => toJson(question, engine.ask({ text: question })));
}

/** Share of dev questions (0..1) whose baseline answer passes. */
export function baselinePassRate(index: BaselineIndex, engine: Engine, items: readonly EvalItem[]): number {
  return passRate(items, (question) => baselineAnswer(index, question, engine.ask({ text: question }).language));
}

function passRate(items: readonly EvalItem[], answer: (question: string) => AnswerJson): number {
  if (items.length === 0) return 0;
  const passed = items.filter((item) => failures(item, answer(item.question)).length === 0).length;
  return passed / items.length;
}
