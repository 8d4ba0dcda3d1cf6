/**
 * Follow-up chains (test/fixtures/eval/followups.jsonl): questions asked one
 * after another in one conversation, each step scored with the rule of
 * fixtures/eval/README.md. A chain passes when every step does.
 */
import { z } from 'zod';
import { toJson, type AnswerJson } from '../../adapters/cli/json.ts';
import type { Engine, Origin } from '../../src/engine.ts';
import { EvalItemSchema, failures, type EvalItem } from './score.ts';

export const ChainSchema = z.object({
  id: z.string(),
  steps: z.array(EvalItemSchema.omit({ id: true })).min(2),
});

export type Chain = z.infer<typeof ChainSchema>;

/** A chain set's lines each hold `steps`; a question set's never do. */
export function isChainSet(jsonl: string): boolean {
  const first = jsonl.split('\n').find((line) => line.trim());
  return first !== undefined && 'steps' in (JSON.parse(first) as object);
}

export function parseChains(jsonl: string): Chain[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => ChainSchema.parse(JSON.parse(line)));
}

export interface ScoredStep {
  readonly item: EvalItem;
  readonly answer: AnswerJson;
  readonly problems: readonly string[];
}

export interface ScoredChain {
  readonly chain: Chain;
  readonly steps: readonly ScoredStep[];
  readonly passed: boolean;
}

/** Each chain is its own private conversation, asked step by step as a person would. */
export function scoreChain(engine: Engine, chain: Chain): ScoredChain {
  const origin: Origin = { platform: 'cli', chat: `eval:${chain.id}`, user: 'eval', private: true, continues: true };
  const steps = chain.steps.map((step, i) => {
    const item = { ...step, id: `${chain.id}#${i + 1}` };
    const answer = toJson(step.question, engine.ask({ text: step.question, origin }));
    return { item, answer, problems: failures(item, answer) };
  });
  return { chain, steps, passed: steps.every((s) => s.problems.length === 0) };
}
