import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.ts';
import { Knowledge } from '../../src/knowledge/knowledge.ts';
import { ask, makeArticle, projectLexicon, seedEngine } from '../helpers.ts';

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
