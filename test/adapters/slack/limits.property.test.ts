/**
 * Every message the adapter can render stays within Slack's Block Kit limits
 * and cannot ping a channel or forge a link: for every question of the dev
 * set and paraphrases, for hostile input, and for arbitrary Answers (huge,
 * many-cited, full of mrkdwn syntax) that the seed corpus could never produce.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionFromCommand } from '../../../adapters/slack/command-text.ts';
import { questionFromSlack } from '../../../adapters/slack/incoming-text.ts';
import { CITATIONS_SHOWN, renderAnswer, renderMoreSources, type SlackMessage } from '../../../adapters/slack/render/index.ts';
import { answerMessage } from '../../../adapters/slack/surfaces/answer-question.ts';
import { ANSWER_KINDS, INTENTS, type Answer, type Citation, type Line, type Section } from '../../../src/answer/answer.ts';
import { FIXTURES, seedArticles, seedEngine } from '../../helpers.ts';
import { blockKitProblems, messageSafetyProblems } from './block-kit.ts';

const CORPUS_URLS = seedArticles().flatMap((a) => (a.url ? [a.url] : []));

const INJECTIONS = ['<!channel>', '<!here>', '<!everyone>', '<@U123ABC>', '<#C123|general>', '<https://evil.test|click>', '<https://evil.test>', '<!subteam^S1|@team>', '&lt;!channel&gt;', '&amp;', '> quoted', '*bold* _it_ ~s~ `code`', '@channel', 'https://evil.test', '|', '😀🇮🇩', '\n', 'ﷺ', '\u202e'];

const HOSTILE = [
  '',
  ' ',
  ...INJECTIONS,
  'Who is <!channel>?',
  'Siapa <https://evil.test|klik di sini>?',
  'Which minerals <!here> are prioritized for downstreaming? <https://evil.test|click>',
  'x'.repeat(10_000),
  '<!channel>'.repeat(1_000),
  `${'Siapa Tri Supondy? '.repeat(500)}`,
  '😀'.repeat(3_000),
];

function questions(file: string): string[] {
  return readFileSync(join(FIXTURES, 'eval', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { question: string }).question);
}

function problems(message: SlackMessage, allowedUrls: readonly string[]): string[] {
  return [...blockKitProblems(message, { maxBlocks: 50, needsText: true }), ...messageSafetyProblems(message, allowedUrls)];
}

/** The answer as each surface would send it, and its More sources page. */
function renderings(answer: Answer, question: string): SlackMessage[] {
  const more = renderMoreSources(answer, question, CITATIONS_SHOWN + 1);
  return [answerMessage(answer, '/coop', { text: question }, true), answerMessage(answer, '/coop', { text: question }, false), ...(more ? [more] : [])];
}

describe('rendering every engine answer', () => {
  const engine = seedEngine();
  const detect = (text: string) => engine.replyLanguage({ text });

  it('keeps the dev set and the paraphrases within the limits, links only to the corpus', () => {
    for (const question of [...questions('dev.jsonl'), ...questions('paraphrases.jsonl')]) {
      for (const message of renderings(engine.ask({ text: question }), question)) expect(problems(message, CORPUS_URLS), question).toEqual([]);
    }
  });

  it('keeps hostile input harmless, as typed and as Slack delivers it', () => {
    for (const raw of HOSTILE) {
      for (const asked of [{ text: raw }, { text: questionFromSlack(raw) }, questionFromCommand(questionFromSlack(raw), detect)]) {
        for (const message of renderings(engine.ask(asked), asked.text)) expect(problems(message, CORPUS_URLS), asked.text.slice(0, 80)).toEqual([]);
      }
    }
  });

  it('keeps generated hostile questions harmless', () => {
    const hostile = fc.array(fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ maxLength: 40 }), fc.constantFrom('minerals', 'siapa', 'MoU', 'UNIDO', 'kronologi')), { maxLength: 30 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(hostile, (text) => {
        for (const message of renderings(engine.ask({ text }), text)) expect(problems(message, CORPUS_URLS)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('rendering arbitrary answers', () => {
  const text = fc.oneof(
    { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ maxLength: 30 })), { maxLength: 12 }).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.string({ maxLength: 4_000, unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.constantFrom('&'.repeat(3_500), '<'.repeat(3_200), `${'x'.repeat(2_998)}&<>`, '😀'.repeat(2_000), 'word '.repeat(900)) },
  );
  const url = fc.option(
    fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constantFrom('javascript:alert(1)', 'https://a.test/x|y>z', 'https://evil.test/<!channel>', 'ftp://x.test/', 'not a url', 'https://a.test/?a=1&b=2', `https://a.test/${'p'.repeat(1_500)}`)),
    { nil: undefined },
  );
  const cites = fc.array(fc.integer({ min: 1, max: 80 }), { maxLength: 6 });
  const line: fc.Arbitrary<Line> = fc.record({ text, cites });
  const section: fc.Arbitrary<Section> = fc.oneof(
    fc.record({ kind: fc.constant('paragraph' as const), title: fc.option(text, { nil: undefined }), line }),
    fc.record({ kind: fc.constant('bullets' as const), title: fc.option(text, { nil: undefined }), items: fc.array(line, { maxLength: 40 }) }),
    fc.record({ kind: fc.constant('quotes' as const), title: fc.option(text, { nil: undefined }), quotes: fc.array(fc.record({ n: fc.integer({ min: 1, max: 80 }), text }), { maxLength: 20 }) }),
  );
  const citation = fc.record({ id: fc.string(), title: text, publisher: fc.option(text, { nil: undefined }), published: fc.constantFrom('2024-09-28', '2023-11', '2025-03-11'), publishedApprox: fc.boolean(), url, quotes: fc.array(text, { minLength: 1, maxLength: 4 }) });
  const answer: fc.Arbitrary<Answer> = fc.record({
    language: fc.constantFrom('id' as const, 'en' as const),
    intent: fc.constantFrom(...INTENTS),
    abstained: fc.boolean(),
    headline: text,
    sections: fc.array(section, { maxLength: 70 }),
    short: fc.option(fc.record({ kind: fc.constantFrom(...ANSWER_KINDS), text, cites }), { nil: undefined }),
    citations: fc.array(citation, { maxLength: 80 }).map((list): Citation[] => list.map((c, i) => ({ ...c, n: i + 1, quote: c.quotes[0]! }))),
  });

  it('stays within the limits and links only to the answer’s own http(s) URLs', () => {
    fc.assert(
      fc.property(answer, text, fc.boolean(), (a, question, share) => {
        const allowed = a.citations.flatMap((c) => (c.url && /^https?:/.test(c.url) ? [c.url] : []));
        const messages = [renderAnswer(a, { question, share, footer: ['/coop <question>'] }), ...[1, 6, 26, 70].flatMap((from) => renderMoreSources(a, question, from) ?? [])];
        for (const message of messages) expect(problems(message, allowed)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
