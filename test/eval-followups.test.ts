/**
 * The follow-up chains (fixtures/eval/followups.jsonl): every step of every
 * chain, asked in its chain's conversation, passes the rule of
 * fixtures/eval/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChains, scoreChain } from '../scripts/lib/chains.ts';
import { FIXTURES, seedEngine } from './helpers.ts';

const chains = parseChains(readFileSync(join(FIXTURES, 'eval', 'followups.jsonl'), 'utf8'));

describe('the follow-up chains', () => {
  it('hold at least 20 chains in both languages', () => {
    expect(chains.length).toBeGreaterThanOrEqual(20);
    const languages = new Set(chains.flatMap((c) => c.steps.map((s) => s.lang)));
    expect([...languages].sort()).toEqual(['en', 'id']);
  });

  it.each(chains.map((chain) => [chain.id, chain] as const))('passes %s', (_id, chain) => {
    const scored = scoreChain(seedEngine(), chain);
    expect(scored.steps.filter((s) => s.problems.length > 0).map((s) => ({ question: s.item.question, problems: s.problems }))).toEqual([]);
  });
});
