/**
 * Every answer fits one Telegram message, whatever the intent, over a corpus
 * large enough that every intent finds more than it can list (a merged
 * meeting with a dozen people, hundreds of dated events, long sentences):
 * the HTML with every source shown stays within 4,096 characters, and no
 * answer cites one article under two numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAnswerHtml } from '../../../adapters/telegram/render-html.ts';
import { TELEGRAM_MAX_MESSAGE } from '../../../adapters/telegram/split-html.ts';
import { QUESTIONS } from '../../../scripts/bench/questions.ts';
import { INTENTS, type Answer, type IntentName } from '../../../src/answer/answer.ts';
import { Engine } from '../../../src/engine.ts';
import { meetingsOf } from '../../../src/intents/meeting-view.ts';
import { Knowledge } from '../../../src/knowledge/knowledge.ts';
import { LexiconSchema } from '../../../src/lexicon/schema.ts';
import { CORPUS_DIR, FIXTURES, projectLexicon, seedArticles, syntheticArticles } from '../../helpers.ts';

const engine = new Engine(new Knowledge(projectLexicon(), [...seedArticles(), ...syntheticArticles(1500, 11)]));
const lexicon = projectLexicon();
const concepts = LexiconSchema.parse(JSON.parse(readFileSync(join(CORPUS_DIR, 'lexicon.json'), 'utf8'))).concepts;

function questionsOf(file: string): string[] {
  return readFileSync(join(FIXTURES, file), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { question: string }).question);
}

// Questions of every kind: the eval sets, the benchmark's mix, and one
// meeting summary, who-is and timeline per name the corpus holds.
function questions(): string[] {
  const people = concepts.filter((c) => c.kind === 'person');
  const organisations = concepts.filter((c) => c.kind === 'organisation');
  const meetings = meetingsOf(engine.knowledge).slice(0, 25).map((m) => `Summarise the meeting of ${[...m.people].map((p) => lexicon.name(p, 'en')).join(' and ')}`);
  return [
    ...questionsOf('eval/dev.jsonl'),
    ...questionsOf('eval/paraphrases.jsonl'),
    ...questionsOf('realdev/questions.jsonl'),
    ...QUESTIONS.map((q) => q.text),
    ...meetings,
    ...people.flatMap((p) => [`Who is ${p.en[0]}?`, `Ringkas pertemuan ${p.id[0]}`]),
    ...organisations.flatMap((o) => [`Timeline ${o.en[0]}`, `MoU ${o.id[0]}`]),
  ];
}

describe('every answer', () => {
  // Each intent as a command asks it too, without a topic, in both languages.
  const commands = (['id', 'en'] as const).flatMap((language) => INTENTS.map((intent) => engine.ask({ text: '', intent, preferredLanguage: language })));
  const answers: Answer[] = [...questions().map((text) => engine.ask({ text })), ...commands];

  it('covers every intent that lists things', () => {
    const intents = new Set<IntentName>(answers.filter((a) => !a.abstained).map((a) => a.intent));
    for (const intent of ['minerals', 'meetings', 'agreements', 'who-is', 'timeline', 'sources', 'help', 'general'] as const) expect(intents).toContain(intent);
  });

  it('fits one Telegram message with every source shown', () => {
    const over = answers
      .map((answer) => ({ answer, length: renderAnswerHtml(answer, Number.POSITIVE_INFINITY).html.length }))
      .filter(({ length }) => length > TELEGRAM_MAX_MESSAGE)
      .map(({ answer, length }) => `${answer.intent} ${length}: ${answer.headline}`);
    expect(over).toEqual([]);
  });

  it('cites each article under one number', () => {
    for (const answer of answers) expect(new Set(answer.citations.map((c) => c.id)).size).toBe(answer.citations.length);
  });
});
