import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton } from '../../../adapters/slack/button-value.ts';
import { questionFromCommand } from '../../../adapters/slack/command-text.ts';
import { questionFromSlack } from '../../../adapters/slack/incoming-text.ts';
import { slackMode } from '../../../adapters/slack/mode.ts';
import { ConfigSchema } from '../../../src/config.ts';
import { Asker } from '../../../adapters/slack/asker.ts';
import { QuestionLimiter } from '../../../adapters/shared/rate-limit.ts';
import { Engine } from '../../../src/engine.ts';
import { seedEngine } from '../../helpers.ts';

describe('questionFromSlack', () => {
  it('drops the bot’s mention and keeps the question', () => {
    expect(questionFromSlack('<@UBOT> Who is Wang Jiangping?', 'UBOT')).toBe('Who is Wang Jiangping?');
    expect(questionFromSlack('<@UBOT|coop>   siapa   Tri Supondy?', 'UBOT')).toBe('siapa Tri Supondy?');
  });

  it('turns other references into their labels', () => {
    expect(questionFromSlack('ask <@U2|ana> in <#C1|general> about <https://x.test/a|this> <https://y.test/>', 'UBOT')).toBe('ask @ana in #general about this https://y.test/');
    expect(questionFromSlack('<!channel> <!subteam^S1|@team> hi', 'UBOT')).toBe('@team hi');
  });

  it('unescapes what Slack escaped', () => {
    expect(questionFromSlack('R&amp;D &lt;nickel&gt;')).toBe('R&D <nickel>');
  });
});

describe('questionFromCommand', () => {
  const engine = seedEngine();
  const detect = (text: string) => engine.replyLanguage({ text });
  const intentOf = (text: string) => {
    const question = questionFromCommand(text, detect);
    const answer = engine.ask(question);
    return `${answer.intent}/${answer.language}`;
  };

  it.each([
    ['minerals', 'minerals/en'],
    ['mineral', 'minerals/id'],
    ['meetings', 'meetings/en'],
    ['pertemuan', 'meetings/id'],
    ['summary', 'meetings/en'],
    ['ringkas', 'meetings/id'],
    ['agreements', 'agreements/en'],
    ['mou', 'agreements/en'],
    ['kesepakatan', 'agreements/id'],
    ['timeline', 'timeline/en'],
    ['kronologi', 'timeline/id'],
    ['sources', 'sources/en'],
    ['sumber', 'sources/id'],
    ['help', 'help/en'],
    ['bantuan', 'help/id'],
    ['', 'help/en'],
    ['sources help', 'sources/en'],
    ['ask Who is Wang Jiangping?', 'who-is/en'],
    ['tanya Siapa Tri Supondy?', 'who-is/id'],
    ['Siapa Ciyong Zou?', 'who-is/id'],
    ['timeline UNIDO', 'timeline/en'],
  ])('maps "%s" to the %s answer', (text, expected) => {
    expect(intentOf(text)).toBe(expected);
  });

  it('passes the intent and the words after the subcommand as its topic, never a sentence to classify again', () => {
    expect(questionFromCommand('minerals', detect)).toEqual({ text: '', intent: 'minerals', preferredLanguage: 'en' });
    expect(questionFromCommand('kronologi UNIDO', detect)).toEqual({ text: 'UNIDO', intent: 'timeline', preferredLanguage: 'id' });
    expect(questionFromCommand('ask Who is Wang Jiangping?', detect)).toEqual({ text: 'Who is Wang Jiangping?' });
    expect(questionFromCommand('Who is Wang Jiangping?', detect)).toEqual({ text: 'Who is Wang Jiangping?' });
  });

  it('summarises the meeting named after summary, in the language of the name’s words', () => {
    expect(questionFromCommand('summary Eko SA Cahyanto and Wang Jiangping', detect)).toEqual({ text: 'Eko SA Cahyanto and Wang Jiangping', intent: 'meetings', preferredLanguage: 'en' });
    expect(questionFromCommand('summary pertemuan Kemenperin dengan UNIDO', detect)).toEqual({ text: 'Kemenperin dengan UNIDO', intent: 'meetings', preferredLanguage: 'id' });
    expect(intentOf('ringkas Kemenperin dan UNIDO')).toBe('meetings/id');
    expect(engine.ask(questionFromCommand('summary UNIDO', detect)).headline).toContain('Ciyong Zou');
  });

  it('keeps only the topic’s events for a timeline with a topic', () => {
    const answer = engine.ask(questionFromCommand('timeline UNIDO', detect));
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.every((c) => engine.knowledge.passagesOfArticle(c.id).some((p) => p.text.includes('UNIDO')))).toBe(true);
  });
});

describe('Asker', () => {
  const engine = new Engine(seedEngine().knowledge, { defaultLanguage: 'id' });
  const asker = new Asker(engine, new QuestionLimiter(100), { MAX_QUESTION_CHARS: 1000 });

  it('decides the reply language as the core does, refusals included', async () => {
    for (const [text, preferred] of [['Who is Tri Supondy?', undefined], ['UNIDO', undefined], ['Siapa Tri Supondy?', 'en']] as const) {
      expect(asker.languageOf(text, preferred)).toBe(engine.replyLanguage({ text, ...(preferred && { preferredLanguage: preferred }) }));
    }
    // Because the engine's default is Indonesian here, a question that says nothing is refused and answered in Indonesian.
    const refused = await asker.ask({ text: '2024 '.repeat(250), userKey: 'u' });
    expect(refused).toMatchObject({ kind: 'refused', language: 'id' });
    const answered = await asker.ask({ text: 'UNIDO', userKey: 'u' });
    expect(answered.kind === 'answer' && answered.answer.language).toBe('id');
  });

  it('passes a subcommand’s intent to the engine', async () => {
    const outcome = await asker.ask({ text: '', intent: 'sources', userKey: 'u' });
    expect(outcome.kind === 'answer' && outcome.answer.intent).toBe('sources');
  });
});

describe('button values', () => {
  it('round-trip the question, language and first hidden citation', () => {
    const state = { question: 'Siapa "Tri" <Supondy>?', language: 'id' as const, from: 6 };
    expect(decodeButton(encodeButton(state))).toEqual(state);
  });

  it('round-trip the intent of a subcommand, so a button re-asks it as the command did', () => {
    const state = { question: 'UNIDO', intent: 'timeline' as const, language: 'en' as const };
    expect(decodeButton(encodeButton(state))).toEqual(state);
    expect(decodeButton('{"v":1,"q":"x","l":"en","i":"weather"}')).toBeUndefined();
  });

  it('are left out when they would exceed 2,000 characters', () => {
    expect(encodeButton({ question: 'x'.repeat(1_990), language: 'en' })).toBeUndefined();
  });

  it.each([undefined, '', 'not json', '{"q":"x"}', '{"v":2,"q":"x","l":"en"}', '{"v":1,"q":"x","l":"fr"}', '{"v":1,"q":"x","l":"en","f":-1}', '[1]'])('refuse %s', (value) => {
    expect(decodeButton(value)).toBeUndefined();
  });
});

describe('slackMode', () => {
  const config = (env: Record<string, string>) => ConfigSchema.parse(env);

  it('needs the bot token and a signing secret or an app token', () => {
    expect(slackMode(config({}))).toBeUndefined();
    expect(slackMode(config({ SLACK_BOT_TOKEN: 'xoxb-12345678' }))).toBeUndefined();
    expect(slackMode(config({ SLACK_SIGNING_SECRET: 'secret-12345678' }))).toBeUndefined();
    expect(slackMode(config({ SLACK_BOT_TOKEN: 'xoxb-12345678', SLACK_SIGNING_SECRET: 'secret-12345678' }))?.kind).toBe('http');
    expect(slackMode(config({ SLACK_BOT_TOKEN: 'xoxb-12345678', SLACK_APP_TOKEN: 'xapp-12345678' }))?.kind).toBe('socket');
  });

  it('prefers Socket Mode when both are set', () => {
    expect(slackMode(config({ SLACK_BOT_TOKEN: 'xoxb-12345678', SLACK_SIGNING_SECRET: 'secret-12345678', SLACK_APP_TOKEN: 'xapp-12345678' }))?.kind).toBe('socket');
  });
});
