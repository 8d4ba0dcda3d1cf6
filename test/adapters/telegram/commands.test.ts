/**
 * Every command, in Indonesian and in English, end to end over long polling:
 * the real Telegraf bot against the fake Bot API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../adapters/telegram/commands.ts';
import { PHRASES } from '../../../adapters/telegram/phrases.ts';
import { MESSAGES } from '../../../src/answer/messages.ts';
import type { Language } from '../../../src/corpus/article.ts';
import { Harness } from './harness.ts';
import { groupText, privateText } from './updates.ts';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.stop();
});

// Each test talks in its own private chat, so /lang choices do not leak between tests.
let nextUser = 2000;
async function say(text: string, languageCode: string): Promise<string> {
  const replies = await h.replies(privateText(text, { languageCode, userId: nextUser++ }));
  return replies.join('\n');
}

describe('start-up', () => {
  it('registers the command menu three times: default, Indonesian and English', () => {
    const menus = h.api.sent('setMyCommands');
    expect(menus.map((m) => m.language_code)).toEqual([undefined, 'id', 'en']);
    for (const menu of menus) {
      expect((menu.commands as Array<{ command: string }>).map((c) => c.command)).toEqual([...MENU_COMMANDS]);
    }
    expect(JSON.stringify(menus[1])).toContain(PHRASES.id.commands.minerals);
    expect(JSON.stringify(menus[2])).toContain(PHRASES.en.commands.minerals);
  });

  it('polls for updates after deleting any webhook, so a leftover webhook cannot steal them', () => {
    expect(h.api.sent('deleteWebhook').length).toBeGreaterThan(0);
    expect(h.api.sent('setWebhook')).toEqual([]);
  });
});

describe.each<[Language]>([['en'], ['id']])('commands for a user whose Telegram is set to %s', (language) => {
  const m = MESSAGES[language];
  const p = PHRASES[language];

  it('/start welcomes with three example questions', async () => {
    const reply = await say('/start', language);
    expect(reply).toContain(p.welcome);
    for (const example of m.exampleQuestions) expect(reply).toContain(example);
    expect(reply).not.toContain('@coop_test_bot'); // the group tip is for groups
  });

  it('/help says what the bot answers and lists the commands', async () => {
    const reply = await say('/help', language);
    expect(reply).toContain(m.helpHeadline);
    expect(reply).toContain(`/summary — ${p.commands.summary}`);
  });

  it('/minerals answers the minerals question', async () => {
    expect(await say('/minerals', language)).toContain(m.mineralsHeadline);
  });

  it('/meetings lists the meetings the corpus reports', async () => {
    const reply = await say('/meetings', language);
    expect(reply).toContain(m.meetingsHeadline);
    expect(reply).toContain('Wang Jiangping');
  });

  it('/summary summarises the meeting named after it', async () => {
    const reply = await say('/summary UNIDO', language);
    expect(reply).toContain(`${m.meeting}: Tri Supondy – Ciyong Zou`);
  });

  it('/summary alone explains what to write', async () => {
    expect(await say('/summary', language)).toBe(p.summaryUsage);
  });

  it('/agreements lists the MoUs', async () => {
    expect(await say('/agreements', language)).toContain(m.agreementsHeadline);
  });

  it('/timeline gives the timeline', async () => {
    expect(await say('/timeline', language)).toContain(m.timelineHeadline);
  });

  it('/sources lists the articles', async () => {
    expect(await say('/sources', language)).toContain(m.sourcesHeadline(5));
  });

  it('/ask alone explains what to write', async () => {
    expect(await say('/ask', language)).toBe(p.askUsage);
  });

  it('/lang without a valid choice shows the current one and how to change it', async () => {
    expect(await say('/lang', language)).toBe(p.langUsage('auto'));
    expect(await say('/lang klingon', language)).toBe(p.langUsage('auto'));
  });
});

describe('a command that stands for an intent', () => {
  it('is answered by that intent, whatever words follow it', async () => {
    expect(await say('/sources help', 'en')).toContain(MESSAGES.en.sourcesHeadline(5));
    expect(await say('/meetings who is Tri Supondy', 'en')).toContain(MESSAGES.en.meeting);
  });

  it('takes the words after it as its topic', async () => {
    const reply = await say('/timeline UNIDO', 'id');
    expect(reply).toContain(MESSAGES.id.timelineHeadline);
    expect(reply).toContain('11 Maret 2025');
    expect(reply).not.toContain('September 2023');
  });
});

describe('/ask', () => {
  it('answers in the language of the question, whatever the client language', async () => {
    expect(await say('/ask Mineral apa yang diprioritaskan untuk hilirisasi?', 'en')).toContain(MESSAGES.id.mineralsHeadline);
    expect(await say('/ask Which minerals are prioritised for downstreaming?', 'id')).toContain(MESSAGES.en.mineralsHeadline);
  });

  it('uses the client language only when the question gives no clue', async () => {
    expect(await say('/ask Tri Supondy', 'id')).toMatch(new RegExp(`^${MESSAGES.id.generalHeadline}`));
    expect(await say('/ask Tri Supondy', 'en')).toMatch(new RegExp(`^${MESSAGES.en.generalHeadline}`));
  });
});

describe('/lang', () => {
  it('makes the chat answer in the chosen language until set back to auto', async () => {
    const chat = { userId: 3001, languageCode: 'en' };
    const english = 'Which minerals are prioritised for downstreaming?';
    expect(await h.replies(privateText('/lang id', chat))).toEqual([PHRASES.id.langSet.id]);
    expect((await h.replies(privateText(english, chat))).join()).toContain(MESSAGES.id.mineralsHeadline);
    // Commands without text follow the choice too.
    expect((await h.replies(privateText('/minerals', chat))).join()).toContain(MESSAGES.id.mineralsHeadline);
    expect(await h.replies(privateText('/lang', chat))).toEqual([PHRASES.id.langUsage('id')]);
    expect(await h.replies(privateText('/lang AUTO', chat))).toEqual([PHRASES.en.langSet.auto]);
    expect((await h.replies(privateText(english, chat))).join()).toContain(MESSAGES.en.mineralsHeadline);
  });

  it('is kept per chat', async () => {
    await h.replies(privateText('/lang en', { userId: 3002, languageCode: 'id' }));
    const other = await h.replies(privateText('/minerals', { userId: 3003, languageCode: 'id' }));
    expect(other.join()).toContain(MESSAGES.id.mineralsHeadline);
  });

  it('is changed in a group only by its admins; anyone may ask what it is', async () => {
    const group = -100_3004;
    h.api.setChatMember(group, 3005, 'member');
    expect(await h.replies(groupText('/lang id', { userId: 3005, chatId: group }))).toEqual([PHRASES.en.langAdminsOnly]);
    expect(await h.replies(groupText('/lang', { userId: 3005, chatId: group }))).toEqual([PHRASES.en.langUsage('auto')]);
    h.api.setChatMember(group, 3006, 'administrator');
    expect(await h.replies(groupText('/lang id', { userId: 3006, chatId: group }))).toEqual([PHRASES.id.langSet.id]);
  });
});

describe('an unknown command in a private chat', () => {
  it('points to /help', async () => {
    expect(await say('/frobnicate', 'en')).toBe(PHRASES.en.unknownCommand);
    expect(await say('/frobnicate', 'id')).toBe(PHRASES.id.unknownCommand);
  });
});
