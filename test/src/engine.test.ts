import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/answer/render-text.ts';
import { Conversations } from '../../src/conversation/conversations.ts';
import { Engine } from '../../src/engine.ts';
import { Knowledge } from '../../src/knowledge/knowledge.ts';
import { ask, makeArticle, projectLexicon, seedEngine } from '../helpers.ts';

describe('Engine.replyLanguage', () => {
  const engine = new Engine(seedEngine().knowledge, { defaultLanguage: 'id', maxQuestionChars: 40 });

  it('takes the chat’s choice over everything', () => {
    expect(engine.replyLanguage({ text: 'Which minerals are prioritised?', preferredLanguage: 'id', languageHint: 'en' })).toBe('id');
  });

  it('takes the language of the text over the platform’s hint', () => {
    expect(engine.replyLanguage({ text: 'Which minerals are prioritised?', languageHint: 'id' })).toBe('en');
    expect(engine.replyLanguage({ text: 'Mineral apa yang diprioritaskan?', languageHint: 'en' })).toBe('id');
  });

  it('falls back to the hint, then to the default, when the text says nothing', () => {
    expect(engine.replyLanguage({ text: 'UNIDO', languageHint: 'en' })).toBe('en');
    expect(engine.replyLanguage({ languageHint: 'en' })).toBe('en');
    expect(engine.replyLanguage({ text: '  ' })).toBe('id');
    expect(engine.replyLanguage({})).toBe('id');
  });

  it('reads no further than the engine answers', () => {
    // Because a long question is cut before analysis, its tail must not decide the language either.
    expect(engine.replyLanguage({ text: `${'2024 '.repeat(10)}which is what where when who` })).toBe('id');
  });

  it('is the language Engine.ask replies in', () => {
    for (const cue of [{ text: 'Siapa Tri Supondy?' }, { text: 'Who is Tri Supondy?', preferredLanguage: 'id' as const }, { text: '/', languageHint: 'en' as const }]) {
      expect(engine.ask(cue).language).toBe(engine.replyLanguage(cue));
    }
  });
});

describe('Engine.ask with an intent', () => {
  it('answers with that intent without classifying the text', () => {
    expect(seedEngine().ask({ text: '', intent: 'minerals' }).intent).toBe('minerals');
    expect(seedEngine().ask({ text: 'help', intent: 'sources' }).intent).toBe('sources');
    expect(seedEngine().ask({ text: 'Who is Tri Supondy?', intent: 'timeline' }).intent).toBe('timeline');
  });

  it('takes the text as the intent’s topic', () => {
    expect(seedEngine().ask({ text: 'UNIDO', intent: 'meetings' }).headline).toContain('Ciyong Zou');
    expect(seedEngine().ask({ text: '', intent: 'meetings' }).headline).toBe(seedEngine().ask({ text: 'Which meetings were held?' }).headline);
  });

  it('replies in the preferred language, else the hint, when there is no topic', () => {
    expect(seedEngine().ask({ text: '', intent: 'help', preferredLanguage: 'id' }).language).toBe('id');
    expect(seedEngine().ask({ text: '', intent: 'help', languageHint: 'id' }).language).toBe('id');
  });

  it('hands over to the general intent when the intent finds nothing of its kind', () => {
    expect(seedEngine().ask({ text: 'Joko Widodo', intent: 'who-is' }).intent).toBe('general');
  });
});

describe('Engine.ask', () => {
  it('replies in the preferred language even when the question is in the other', () => {
    expect(seedEngine().ask({ text: 'Who is Tri Supondy?', preferredLanguage: 'id' }).language).toBe('id');
  });

  it('uses the platform hint only when the text says nothing', () => {
    expect(seedEngine().ask({ text: '/', languageHint: 'id' }).language).toBe('id');
    expect(seedEngine().ask({ text: 'Who is Tri Supondy?', languageHint: 'id' }).language).toBe('en');
  });

  describe('when the input is hostile', () => {
    it.each([
      ['HTML', '<b>bold</b><script>alert(1)</script>'],
      ['Markdown', '**nickel** [link](http://evil.example) `code`'],
      ['Slack syntax', '<!channel> <https://evil.example|click>'],
      ['emoji only', '🇮🇩🤝🇨🇳'],
      ['right-to-left text', '\u202Eمن هو وانغ'],
      ['zero-width characters', 'ni\u200Bckel\u200D'],
      ['empty', ''],
      ['whitespace', '   \n\t '],
    ])('answers %s without throwing', (_name, text) => {
      const answer = ask(text);
      expect(['help', 'general']).toContain(answer.intent);
    });

    it('bounds the work of a 10,000-character question', () => {
      const answer = ask('nickel smelter '.repeat(700));
      expect(answer).toBeDefined();
    });
  });

  it('answers from an article added while running', () => {
    const engine = new Engine(new Knowledge(projectLexicon(), []));
    expect(engine.ask({ text: 'Where are the nickel smelters?' }).abstained).toBe(true);
    engine.knowledge.add(makeArticle({ paragraphs: ['Chinese companies built nickel smelters in Morowali, Central Sulawesi.'] }));
    const answer = engine.ask({ text: 'Where are the nickel smelters?' });
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.id).toBe('test_article');
  });
});

describe('follow-ups', () => {
  const meeting = 'Summarize the meeting between Eko SA Cahyanto and Wang Jiangping';
  const where = (chat: string, continues: boolean) => ({ platform: 'telegram' as const, chat, user: 'u', private: false, thread: '1', continues });

  it('reads a follow-up with the previous question of its conversation', () => {
    const engine = new Engine(seedEngine().knowledge);
    engine.ask({ text: meeting, origin: where('f1', true) });
    expect(renderText(engine.ask({ text: 'where?', origin: where('f1', true) }))).toContain('Jakarta');
  });

  it('tells what a follow-up asked in full, so a button can re-ask it alone', () => {
    const engine = new Engine(seedEngine().knowledge);
    expect(engine.ask({ text: meeting, origin: where('f5', true) }).asked).toBeUndefined();
    const followUp = engine.ask({ text: 'where?', origin: where('f5', true) });
    expect(followUp.asked).toBe('where meeting Eko SA Cahyanto Wang Jiangping');
    expect(renderText(engine.ask({ text: followUp.asked! }))).toContain('Jakarta');
    expect(engine.ask({ text: 'sources?', origin: where('f5', true) }).asked).toBe(followUp.asked);
  });

  it('gives no context to a message without an origin, one the adapter says does not continue, or a command', () => {
    const engine = new Engine(seedEngine().knowledge);
    engine.ask({ text: meeting, origin: where('f2', true) });
    expect(renderText(engine.ask({ text: 'where?' }))).not.toContain('Jakarta');
    expect(renderText(engine.ask({ text: 'where?', origin: where('f2', false) }))).not.toContain('Jakarta');
    engine.ask({ text: meeting, origin: where('f3', true) });
    expect(engine.ask({ text: '', intent: 'sources', origin: where('f3', true) }).headline).not.toContain('previous answer');
  });

  it('forgets a conversation after its time', () => {
    let now = 0;
    const engine = new Engine(seedEngine().knowledge, { conversations: new Conversations({ now: () => now }) });
    engine.ask({ text: meeting, origin: where('f4', true) });
    now = 10 * 60_000;
    expect(renderText(engine.ask({ text: 'where?', origin: where('f4', true) }))).not.toContain('Jakarta');
  });
});
