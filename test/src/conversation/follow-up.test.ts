/**
 * The follow-up reader on the project's lexicon: which messages continue the
 * previous question, and what they then ask in full.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConversationContext } from '../../../src/conversation/context.ts';
import { readFollowUp } from '../../../src/conversation/follow-up.ts';
import { analyseQuestion } from '../../../src/question.ts';
import { projectLexicon } from '../../helpers.ts';

const lexicon = projectLexicon();
const analyse = (text: string) => analyseQuestion(text, 'en', lexicon);
const citation = { n: 1, id: 'a', title: 't', published: '2024-01-01', quote: 'q', quotes: ['q'] };

function after(question: string, cited = true, answerNames = ''): ConversationContext {
  return { question, language: 'en', citations: cited ? [citation] : [], answerNames };
}

const read = (text: string, previous: ConversationContext) => readFollowUp(text, previous, analyse, lexicon);
const asked = (text: string, previous: ConversationContext) => {
  const followUp = read(text, previous);
  return followUp.kind === 'continued' ? followUp.text : followUp.kind;
};

const MOU = after('When was the industrial cooperation MoU with MIIT signed?');
const MEETING = after('Ringkas pertemuan Sekjen Kemenperin dengan Wakil Menteri MIIT China');

describe('a message that names no topic', () => {
  it('takes the previous question’s topics, keeping its own question words', () => {
    expect(asked('kapan?', MEETING)).toBe('kapan pertemuan Sekjen Kemenperin Wakil Menteri MIIT China');
    expect(asked('who signed it?', MOU)).toBe('who signed it industrial cooperation MoU MIIT');
  });

  it('carries what the previous question was about, signing written apart included', () => {
    expect(asked('kapan?', after('siapa yang tanda tangan mou LCS antara BI dan PBOC?'))).toBe('kapan tanda tangan mou LCS BI PBOC');
  });

  it('spells out chat shorthand first', () => {
    expect(asked('kpn?', MEETING)).toMatch(/^kapan pertemuan/);
    expect(asked('trs yg tanda tangan siapa?', MOU)).toBe('yang tanda tangan siapa industrial cooperation MoU MIIT');
  });

  it('asking for sources gets the previous answer’s sources, when it had any', () => {
    for (const text of ['sumbernya?', 'and which articles say so?', 'sources?']) expect(read(text, MOU)).toEqual({ kind: 'sources' });
    expect(read('sumbernya?', after('Who won the World Cup?', false))).toEqual({ kind: 'alone' });
  });

  it('is not a follow-up when it only greets, thanks or asks for help', () => {
    for (const text of ['thanks', 'help', 'ok']) expect(read(text, MOU)).toEqual({ kind: 'alone' });
  });

  it('borrows the names the previous answer gave when the previous question named none', () => {
    // A command (/minerals) is remembered with its topic, here none.
    expect(asked('when?', after('', true, 'Wang Jiangping'))).toBe('when Wang Jiangping');
  });
});

describe('a message with a topic of its own', () => {
  it('asks the previous question of its topic, replacing the one of the same kind', () => {
    expect(asked('what about UNIDO?', MOU)).toBe('When was the industrial cooperation MoU with signed UNIDO');
    expect(asked('kalau dengan UNIDO?', after('Apa yang dibahas Sekjen Kemenperin dengan Wakil Menteri MIIT?'))).toBe('Apa yang dibahas dengan UNIDO');
  });

  it('keeps its own question and takes only the people it points back at', () => {
    expect(asked('when did he visit Jakarta?', after('Who is Wang Jiangping?'))).toBe('when did he visit Jakarta Wang Jiangping');
  });

  it('stands alone when it shows no sign of continuing', () => {
    for (const text of ['Siapa Ciyong Zou?', 'Where are the nickel smelters built by Chinese companies located?', 'Who won the 2022 FIFA World Cup?']) {
      expect(read(text, MOU)).toEqual({ kind: 'alone' });
    }
  });

  it('stands alone when it is long, whatever it opens with', () => {
    expect(read('and what did the Ministry of Industry discuss with UNIDO in Jakarta last March?', MOU)).toEqual({ kind: 'alone' });
  });
});

describe('any message', () => {
  it('is read without failing, and a continued question is never empty', () => {
    const word = fc.constantFrom('and', 'kapan', 'what', 'about', 'UNIDO', 'itu', 'dia', 'sumbernya', 'cobalt', '?', 'yg', '<@U1>', 'Ñ', '');
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.string()), { maxLength: 12 }), fc.constantFrom(MOU, MEETING, after('', false)), (parts, previous) => {
        const followUp = read(parts.join(' '), previous);
        if (followUp.kind === 'continued') expect(followUp.text.trim()).not.toBe('');
      }),
      { numRuns: 300 },
    );
  });
});
