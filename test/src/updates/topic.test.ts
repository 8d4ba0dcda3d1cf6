import { describe, expect, it } from 'vitest';
import { cleanTopicText, MAX_TOPIC_CHARS, parseTopic } from '../../../src/updates/topic.ts';
import { projectLexicon } from '../../helpers.ts';

const lexicon = projectLexicon();
const key = (text: string) => {
  const parsed = parseTopic(text, lexicon);
  if (!parsed.ok) throw new Error(`"${text}" refused: ${parsed.reason}`);
  return parsed.topic.key;
};

describe('parseTopic', () => {
  it('gives a topic and its translation one key through the lexicon concept', () => {
    expect(key('nickel')).toBe(key('nikel'));
    expect(key('Nickel')).toBe(key('  nickel '));
    expect(key('lithium battery')).toBe(key('baterai litium'));
    expect(key('nickel')).not.toBe(key('smelter'));
  });

  it('keeps words outside the lexicon as a group of their surface and both stems', () => {
    const parsed = parseTopic('tourism', lexicon);
    expect(parsed.ok && parsed.topic.groups).toEqual([{ terms: expect.arrayContaining(['tourism']) }]);
  });

  it('reads an empty topic, or a word for "all", as every article', () => {
    for (const text of ['', '   ', 'everything', 'semua berita', 'all']) {
      const parsed = parseTopic(text, lexicon);
      expect(parsed.ok && parsed.topic).toEqual({ text: '', key: '', groups: [] });
    }
  });

  describe('when the topic cannot be matched', () => {
    it('refuses a topic with no content word, rather than match everything or nothing', () => {
      expect(parseTopic('the', lexicon)).toEqual({ ok: false, reason: 'no-content', text: 'the' });
      expect(parseTopic('???', lexicon)).toEqual({ ok: false, reason: 'no-content', text: '???' });
      expect(parseTopic('yang dan', lexicon)).toMatchObject({ ok: false, reason: 'no-content' });
    });

    it(`refuses a topic over ${MAX_TOPIC_CHARS} characters`, () => {
      expect(parseTopic('nickel '.repeat(20), lexicon)).toEqual({ ok: false, reason: 'too-long', max: MAX_TOPIC_CHARS });
    });

    it('refuses a 10,000-character paste, even one that is mostly blank', () => {
      expect(parseTopic('x'.repeat(10_000), lexicon)).toMatchObject({ ok: false, reason: 'too-long' });
      expect(parseTopic(`${' '.repeat(10_000)}nickel`, lexicon)).toMatchObject({ ok: false, reason: 'too-long' });
    });
  });
});

describe('cleanTopicText', () => {
  it('drops control characters, HTML tags and extra whitespace', () => {
    expect(cleanTopicText('  <b>nickel</b>\u0000\n\t smelter\u200B ')).toBe('nickel smelter');
    expect(cleanTopicText('<script>alert(1)</script>nikel')).toBe('alert(1) nikel');
  });

  it('keeps markdown characters, which match nothing and are escaped by adapters', () => {
    expect(cleanTopicText('*nickel* _smelter_')).toBe('*nickel* _smelter_');
    expect(key('*nickel*')).toBe(key('nickel'));
  });
});
