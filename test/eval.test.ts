/**
 * The dev question set, scored with the rule of fixtures/eval/README.md:
 * `npm test` fails below 100%. (The bot is also measured on unseen questions,
 * so nothing in the project is keyed to these wordings.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../adapters/cli/json.ts';
import { failures, parseEvalSet } from '../scripts/lib/score.ts';
import { FIXTURES, seedEngine } from './helpers.ts';

const items = parseEvalSet(readFileSync(join(FIXTURES, 'eval', 'dev.jsonl'), 'utf8'));

describe('the dev set', () => {
  it.each(items.map((item) => [item.id, item] as const))('passes %s', (_id, item) => {
    const answer = toJson(item.question, seedEngine().ask({ text: item.question }));
    expect(failures(item, answer)).toEqual([]);
  });
});

describe('failures', () => {
  const base = { question: 'q', language: 'en', intent: 'general', abstained: false, text: 'Lithium and cobalt', citations: [] };
  const cite = (id: string) => ({ id, title: 't', publisher: null, published: '2024-01-01', url: null, quote: 'q', quotes: ['q'] });

  it('requires at least half of the citations among the sources', () => {
    const item = { id: 'x', lang: 'en' as const, question: 'q', sources: ['a'], facts: [] };
    expect(failures(item, { ...base, citations: [cite('a'), cite('b')] })).toEqual([]);
    expect(failures(item, { ...base, citations: [cite('a'), cite('b'), cite('c')] })).toHaveLength(1);
  });

  it('matches facts case- and accent-insensitively', () => {
    const item = { id: 'x', lang: 'en' as const, question: 'q', sources: ['a'], facts: [['LITHÍUM']] };
    expect(failures(item, { ...base, citations: [cite('a')] })).toEqual([]);
  });
});
