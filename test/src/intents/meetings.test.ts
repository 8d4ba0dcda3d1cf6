/**
 * The meetings intent's answer shape (when, where, who and at most five
 * short points) and its view kept current as articles arrive.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine.ts';
import { Knowledge } from '../../../src/knowledge/knowledge.ts';
import { meetingsOf } from '../../../src/intents/meeting-view.ts';
import { makeArticle, projectLexicon, wideEngine } from '../../helpers.ts';

describe('meetings', () => {
  describe('a summary', () => {
    // In the wide corpus the Eko–Wang meeting merges many reports, people and places.
    const answer = wideEngine().ask({ text: 'Summarise the meeting between Eko SA Cahyanto and Wang Jiangping' });

    it('gives when, where and who, then at most five points, each a short quote', () => {
      expect(answer.intent).toBe('meetings');
      const [facts, points] = answer.sections;
      expect(facts?.kind === 'bullets' && facts.items.map((i) => i.text.split(':')[0])).toEqual(['When', 'Where', 'Who']);
      expect(points?.kind).toBe('quotes');
      const quotes = points?.kind === 'quotes' ? points.quotes : [];
      expect(quotes.length).toBeGreaterThan(0);
      expect(quotes.length).toBeLessThanOrEqual(5);
      for (const quote of quotes) expect(quote.text.length).toBeLessThanOrEqual(160);
    });

    it('cuts a long point to its opening, marked with an ellipsis, never adding words', () => {
      const cut = answer.citations.flatMap((c) => c.quotes).filter((q) => q.endsWith('…'));
      expect(cut.length).toBeGreaterThan(0);
    });

    it('names at most three people in the headline and six in "Who", counting the rest', () => {
      const crowded = makeArticle({
        id: 'crowded',
        published: '2024-06-04',
        paragraphs: [
          'Eko SA Cahyanto and Wang Jiangping met in Jakarta on Monday, joined by Agus Gumiwang Kartasasmita, Luhut Binsar Pandjaitan, Airlangga Hartarto, Wang Yi, Xi Jinping and Joko Widodo.',
        ],
      });
      const engine = new Engine(new Knowledge(projectLexicon(), [crowded]));
      const summary = engine.ask({ text: 'Summarise the meeting between Eko SA Cahyanto and Wang Jiangping' });
      const meeting = meetingsOf(engine.knowledge).find((m) => m.people.has('wang-jiangping'))!;
      const people = meeting.people.size + meeting.quoted.size;
      expect(people).toBeGreaterThan(6);
      expect(summary.headline).toContain(`and ${people - 3} more`);
      const who = summary.sections[0]?.kind === 'bullets' ? summary.sections[0].items[2]!.text : '';
      expect(who).toContain(`and ${people - 6} more`);
      expect(who.split('; ')).toHaveLength(6);
    });
  });

  describe('merging reports', () => {
    const report = (id: string, published: string, text: string, publishedApprox?: boolean) =>
      makeArticle({ id, published, paragraphs: [text], ...(publishedApprox && { publishedApprox }) });

    it('keeps meetings of the same two people a year apart, or with no date to go by, apart', () => {
      const engine = new Engine(
        new Knowledge(projectLexicon(), [
          report('third', '2023-04-06', 'Luhut Binsar Pandjaitan met Wang Yi in Labuan Bajo for the third round of talks.'),
          report('fourth', '2024-04-20', 'Luhut Binsar Pandjaitan met Wang Yi in Guiyang for the fourth round of talks.'),
          report('undated', '2026-12-03', 'Luhut Binsar Pandjaitan met Wang Yi in Bali for their first talks.', true),
        ]),
      );
      const meetings = meetingsOf(engine.knowledge).filter((m) => m.people.has('wang-yi'));
      expect(meetings.map((m) => [...m.articles].sort())).toEqual([['third'], ['fourth'], ['undated']]);
    });

    it('merges two outlets\' reports of one meeting a few days apart', () => {
      const engine = new Engine(
        new Knowledge(projectLexicon(), [
          report('one', '2024-04-19', 'Luhut Binsar Pandjaitan met Wang Yi in Labuan Bajo on Friday.'),
          report('two', '2024-04-22', 'Wang Yi and Luhut Binsar Pandjaitan met in Labuan Bajo last week.'),
        ]),
      );
      expect(meetingsOf(engine.knowledge).filter((m) => m.people.has('wang-yi'))).toHaveLength(1);
    });
  });

  describe('when an article that changes a meeting arrives after a question', () => {
    it('answers the next question from the changed meeting', () => {
      const first = makeArticle({ id: 'first', published: '2024-03-01', paragraphs: ['Xi Jinping met Joko Widodo in Beijing.'] });
      const second = makeArticle({ id: 'second', published: '2024-03-02', paragraphs: ['Xi Jinping met Joko Widodo in Beijing again.', 'The two leaders discussed a UNIDO programme for nickel smelters.'] });
      const engine = new Engine(new Knowledge(projectLexicon(), [first]));
      const question = { text: 'Summarise the meeting about UNIDO' };
      // Because the first answer scores every meeting, it computes (and keeps) their profiles.
      expect(engine.ask(question).intent).not.toBe('meetings');
      engine.knowledge.add(second);
      expect(meetingsOf(engine.knowledge)).toHaveLength(1);
      const answer = engine.ask(question);
      expect(answer.intent).toBe('meetings');
      expect(answer.headline).toContain('Xi Jinping');
    });
  });
});
