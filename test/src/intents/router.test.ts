import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/intents/router.ts';
import { analyseQuestion } from '../../../src/question.ts';
import { projectLexicon } from '../../helpers.ts';

const intentOf = (text: string, language: 'id' | 'en' = 'en') => classify(analyseQuestion(text, language, projectLexicon()));

describe('classify', () => {
  describe('when the question is about the bot itself', () => {
    it.each([
      ['help', 'en'],
      ['Help!', 'en'],
      ['bantuan', 'id'],
      ['What can you do?', 'en'],
      ['What can you do for me?', 'en'],
      ['How can you help me?', 'en'],
      ['Apa yang bisa kamu lakukan?', 'id'],
      ['apa yang bisa anda lakukan', 'id'],
      ['Bisa bantu apa?', 'id'],
      ['Apa yang bisa saya tanyakan?', 'id'],
      ['', 'en'],
    ] as const)('sends "%s" to help', (text, language) => {
      expect(intentOf(text, language)).toBe('help');
    });
  });

  describe('when a question about the bot’s words also names something else', () => {
    it.each([
      ['Apa yang bisa dilakukan smelter China?', 'id'],
      ['Apa yang bisa Indonesia pelajari dari China?', 'id'],
      ['What can Chinese smelters do for Indonesia?', 'en'],
      ['what can you tell me about nickel', 'en'],
      ['help me find news on nickel smelters', 'en'],
    ] as const)('does not send "%s" to help', (text, language) => {
      expect(intentOf(text, language)).not.toBe('help');
    });
  });
});
