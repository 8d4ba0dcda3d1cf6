import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton } from '../../../adapters/slack/button-value.ts';
import { questionFromCommand } from '../../../adapters/slack/command-text.ts';
import { questionFromSlack } from '../../../adapters/slack/incoming-text.ts';
import { slackMode } from '../../../adapters/slack/mode.ts';
import { ConfigSchema } from '../../../src/config.ts';
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
  const detect = (text: string) => engine.ask({ text }).language;
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
    ['ask Who is Wang Jiangping?', 'who-is/en'],
    ['tanya Siapa Tri Supondy?', 'who-is/id'],
    ['Siapa Ciyong Zou?', 'who-is/id'],
    ['timeline UNIDO', 'timeline/en'],
  ])('maps "%s" to the %s answer', (text, expected) => {
    expect(intentOf(text)).toBe(expected);
  });

  it('summarises the meeting named after summary, in the language of the name’s words', () => {
    expect(questionFromCommand('summary Eko SA Cahyanto and Wang Jiangping', detect)).toEqual({ text: 'Summarise the meeting Eko SA Cahyanto and Wang Jiangping', preferredLanguage: 'en' });
    expect(questionFromCommand('summary pertemuan Kemenperin dengan UNIDO', detect)).toEqual({ text: 'Ringkas pertemuan Kemenperin dengan UNIDO', preferredLanguage: 'id' });
    expect(intentOf('ringkas Kemenperin dan UNIDO')).toBe('meetings/id');
  });
});

describe('button values', () => {
  it('round-trip the question, language and first hidden citation', () => {
    const state = { question: 'Siapa "Tri" <Supondy>?', language: 'id' as const, from: 6 };
    expect(decodeButton(encodeButton(state))).toEqual(state);
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
