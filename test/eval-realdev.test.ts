/**
 * The realdev kit — 36 real-news pages and 70 questions — imported through the
 * real importer with the default settings and scored with the kit's rule.
 * `npm test` holds the floor the engine has reached; raise it as the engine
 * improves, never lower it. (The held-out kit of other news decides whether
 * the work is done, so nothing in the project is keyed to these pages.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAnswerHtml } from '../adapters/telegram/render-html.ts';
import { importKit, type ImportedKit, type KitScore, median, scoreKit } from '../scripts/lib/kit.ts';
import { parseEvalSet } from '../scripts/lib/score.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { CORPUS_DIR, FIXTURES } from './helpers.ts';

/** Questions passed, of 70, on the last measured run (60 = 0.857). */
const PASSED_FLOOR = 64;
const MAX_WRONGLY_ANSWERED = 1;
/**
 * The team's own probe questions on the same pages (probe.jsonl: other facts,
 * other phrasings, who-is, summaries, agreements and timelines; 23 to decline), written to find what the engine does not
 * yet generalise; tuned on since, so a regression guard, not a measure.
 */
const PROBE_FLOOR = 110;
// One probe the engine still answers: "who will run the Batang plant as president director?" gets the
// president director of the other new plant, named in the next sentence (no reading of whose title is whose).
const PROBE_MAX_WRONGLY_ANSWERED = 1;

const kitDir = join(FIXTURES, 'realdev');
const items = parseEvalSet(readFileSync(join(kitDir, 'questions.jsonl'), 'utf8'));
const probes = parseEvalSet(readFileSync(join(kitDir, 'probe.jsonl'), 'utf8'));
let kit: ImportedKit;
let score: KitScore;

beforeAll(async () => {
  kit = await importKit(join(kitDir, 'pages'), loadConfig({ CORPUS_DIR }), createLogger('silent'));
  score = scoreKit(kit.engine, items);
}, 120_000);

afterAll(() => kit?.dispose());

describe('the realdev kit', () => {
  it(`passes at least ${PASSED_FLOOR} of ${items.length} questions`, () => {
    const failed = score.items.filter((s) => s.problems.length > 0).map((s) => `${s.item.id}: ${s.problems.join('; ')}`);
    expect(score.passed, failed.join('\n')).toBeGreaterThanOrEqual(PASSED_FLOOR);
  });

  it(`answers at most ${MAX_WRONGLY_ANSWERED} of the questions it must decline`, () => {
    expect(score.wronglyAnswered).toBeLessThanOrEqual(MAX_WRONGLY_ANSWERED);
  });

  it('keeps the median answer under 1,000 characters and every answer within one Telegram message', () => {
    expect(median(score.lengths)).toBeLessThan(1000);
    for (const item of items) {
      const { html } = renderAnswerHtml(kit.engine.ask({ text: item.question }), Number.POSITIVE_INFINITY);
      expect(html.length, item.id).toBeLessThanOrEqual(4096);
    }
  });

  it(`passes at least ${PROBE_FLOOR} of the ${probes.length} probe questions and answers at most ${PROBE_MAX_WRONGLY_ANSWERED} it must decline`, () => {
    const probe = scoreKit(kit.engine, probes);
    const failed = probe.items.filter((s) => s.problems.length > 0).map((s) => `${s.item.id}: ${s.problems.join('; ')}`);
    expect(probe.passed, failed.join('\n')).toBeGreaterThanOrEqual(PROBE_FLOOR);
    expect(probe.wronglyAnswered).toBeLessThanOrEqual(PROBE_MAX_WRONGLY_ANSWERED);
  });

  it('never cites one article under two numbers', () => {
    for (const { item, answer } of score.items) {
      const ids = answer.citations.map((c) => c.id);
      expect(new Set(ids).size, item.id).toBe(ids.length);
    }
  });
});
