/**
 * Every reply the bot sends — to every question of the dev set, to hostile
 * input, and to whatever fast-check makes up — is valid Telegram HTML of at
 * most 4,096 characters, end to end through the real bot and the fake Bot
 * API (which would refuse anything else with a 400).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../helpers.ts';
import { nastyText } from './arbitraries.ts';
import { Harness } from './harness.ts';
import { checkTelegramHtml } from './telegram-html.ts';
import { groupText, privateText } from './updates.ts';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start({ mode: 'webhook', env: { RATE_LIMIT_PER_MINUTE: '10000' } });
});
afterAll(async () => {
  await h.stop();
});

const DEV_QUESTIONS = readFileSync(join(FIXTURES, 'eval', 'dev.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { question: string }).question);

const HOSTILE = [
  '<script>alert("x")</script> which minerals?',
  '<b>bold</b> <a href="javascript:alert(1)">click</a> &amp; &lt; &#x3C; &bogus;',
  '**bold** __italic__ `code` ```pre``` [link](https://evil.example) ||spoiler|| ~strike~',
  'x'.repeat(10_000),
  'nickel '.repeat(142),
  '😀🇮🇩🇨🇳👩‍💻 mineral apa? 😀',
  'ما هي المعادن؟ מה המינרלים \u202eevil\u202c',
  'Min\u200beral\u200d apa\u2060 yang\ufeff diprioritaskan?',
  '',
  '   ',
  '/ask <i>Siapa</i> Tri Supondy?',
  '/summary </blockquote><b>UNIDO',
  '/lang <b>id</b>',
];

function expectValidReplies(before: number): void {
  const attempts = h.api.attempts('sendMessage').slice(before);
  expect(attempts.length).toBeGreaterThan(0);
  for (const attempt of attempts) {
    const html = String(attempt.params.text);
    expect(checkTelegramHtml(html).problems, html.slice(0, 200)).toEqual([]);
    expect(html.length).toBeLessThanOrEqual(4096);
    expect(attempt.status).toBe(200);
  }
}

async function expectValidRepliesTo(update: Parameters<Harness['deliver']>[0]): Promise<void> {
  const before = h.api.attempts('sendMessage').length;
  await h.deliver(update);
  expectValidReplies(before);
}

describe('every reply', () => {
  it.each(DEV_QUESTIONS)('to the dev-set question %s is valid Telegram HTML within 4,096 characters', async (question) => {
    await expectValidRepliesTo(privateText(question));
  });

  it.each(HOSTILE.map((text) => [JSON.stringify(text).slice(0, 60), text]))('to hostile input %s is valid', async (_label, text) => {
    await expectValidRepliesTo(privateText(text));
  });

  it('to a group message that is only a mention is valid', async () => {
    await expectValidRepliesTo(groupText('@coop_test_bot'));
  });

  it('to anything at all, in a private chat or as a group mention, is valid (property)', async () => {
    await fc.assert(
      fc.asyncProperty(nastyText(300), fc.boolean(), async (text, inGroup) => {
        await expectValidRepliesTo(inGroup ? groupText(`@coop_test_bot ${text}`) : privateText(text));
      }),
      { numRuns: 150 },
    );
  });
});
