/**
 * `npm run report`'s own logic: its command line, the grouping of
 * unanswered questions by topic, the figures, and the eval lines
 * (the whole command runs end to end in test/adapters/feedback.e2e.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { evalItems } from '../../scripts/report/eval-lines.ts';
import { gatherReport } from '../../scripts/report/gather.ts';
import { parseReportOptions } from '../../scripts/report/options.ts';
import { renderReport } from '../../scripts/report/render-text.ts';
import { groupByTopic, NO_TOPIC } from '../../scripts/report/topics.ts';
import { EvalItemSchema } from '../../scripts/lib/score.ts';
import type { AnswerRecord, VoteRecord } from '../../src/store/index.ts';
import { projectLexicon } from '../helpers.ts';

const lexicon = projectLexicon();
const T0 = Date.UTC(2026, 11, 1, 3);
let n = 0;
function answer(question: string, extra: Partial<AnswerRecord> = {}): AnswerRecord {
  return { id: `id${String(n++).padStart(10, '0')}`, askedAt: T0, platform: 'telegram', chatHash: 'c', userHash: 'u', question, intent: 'general', language: 'en', abstained: true, citations: [], ...extra };
}

describe('parseReportOptions', () => {
  it('defaults to the last 7 days, as text', () => {
    expect(parseReportOptions([])).toEqual({ sinceMs: 7 * 86_400_000, since: '7d', json: false });
  });

  it('reads --since in hours or days, --json and --eval-jsonl with or without a file', () => {
    expect(parseReportOptions(['--since', '24h', '--json'])).toMatchObject({ sinceMs: 86_400_000, json: true });
    expect(parseReportOptions(['--eval-jsonl'])).toMatchObject({ evalJsonl: '-' });
    expect(parseReportOptions(['--eval-jsonl', '--json'])).toMatchObject({ evalJsonl: '-', json: true });
    expect(parseReportOptions(['--eval-jsonl', 'out.jsonl'])).toMatchObject({ evalJsonl: 'out.jsonl' });
  });

  it.each([['--since', '7'], ['--since', '0d'], ['--since', 'week'], ['--nope']])('refuses %s %s with the usage', (...argv) => {
    expect(() => parseReportOptions(argv)).toThrow(/usage: npm run report/);
  });
});

describe('groupByTopic', () => {
  it('groups the same topic asked in Indonesian and English, most asked first', () => {
    const topics = groupByTopic(
      [answer('berapa investasi nikel?', { language: 'id' }), answer('how much nickel investment?'), answer('how much nickel investment?'), answer('Who coaches the Persib football team?')],
      lexicon,
    );
    expect(topics[0]).toEqual({ topic: 'investment + nickel', asked: 3, questions: ['how much nickel investment?', 'berapa investasi nikel?'] });
    expect(topics).toHaveLength(2);
  });

  it('gives a question of only question words no topic', () => {
    expect(groupByTopic([answer('what?')], lexicon)[0]!.topic).toBe(NO_TOPIC);
  });
});

describe('gatherReport and renderReport', () => {
  const answers = [
    answer('Which minerals are prioritized?', { abstained: false, intent: 'minerals', citations: [{ id: 'a1', title: 'Minerals', url: 'https://example.com/a1' }] }),
    answer('berapa investasi nikel?', { language: 'id', userHash: 'u2', askedAt: T0 + 86_400_000 }),
  ];
  const votes: VoteRecord[] = [
    { answerId: answers[0]!.id, userHash: 'u', vote: 'down', votedAt: T0 },
    { answerId: answers[0]!.id, userHash: 'u2', vote: 'up', votedAt: T0 },
  ];
  const report = gatherReport({ answers, votes, since: '7d', from: T0 - 1, to: T0 + 2 * 86_400_000, timeZone: 'Asia/Jakarta', lexicon });

  it('counts questions, declines, askers and votes, per day in TIMEZONE', () => {
    expect(report.totals).toEqual({ questions: 2, declined: 1, declinedShare: 0.5, askers: 2, up: 1, down: 1 });
    expect(report.days.map((d) => [d.day, d.questions, d.declined])).toEqual([['2026-12-01', 1, 0], ['2026-12-02', 1, 1]]);
    expect(report.days[0]!.byIntent).toEqual({ minerals: 1 });
    expect(report.days[1]!.byLanguage).toEqual({ id: 1 });
  });

  it('lists the 👎 answers with their citations, and never a hash', () => {
    expect(report.downvoted).toMatchObject([{ question: 'Which minerals are prioritized?', down: 1, up: 1, citations: [{ url: 'https://example.com/a1' }] }]);
    const text = renderReport(report);
    expect(text).toContain('[1] Minerals <https://example.com/a1>');
    expect(text).toContain('- investment + nickel: asked 1×');
    expect(JSON.stringify(report)).not.toMatch(/"u2"|userHash|chatHash/);
  });
});

describe('evalItems', () => {
  it('writes each 👎 or declined question once, in the eval format, facts left for an editor', () => {
    const down = answer('Which minerals are prioritized?', { abstained: false });
    const items = evalItems([down, answer('berapa investasi nikel?', { language: 'id' }), answer('Berapa investasi nikel? ', { language: 'id' }), answer('fine', { abstained: false })], [{ answerId: down.id, userHash: 'u', vote: 'down', votedAt: T0 }]);
    expect(items.map((i) => [i.id.split('-').slice(0, 2).join('-'), i.lang, i.question])).toEqual([
      ['report-down', 'en', 'Which minerals are prioritized?'],
      ['report-declined', 'id', 'berapa investasi nikel?'],
    ]);
    for (const item of items) expect(EvalItemSchema.strict().parse(item)).toEqual({ ...item, sources: [], facts: [] });
  });
});
