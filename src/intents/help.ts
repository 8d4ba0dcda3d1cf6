/** What the bot can do, with example questions, in the asker's language. */
import { Citations } from '../answer/citations.ts';
import { messages } from '../answer/messages.ts';
import { buildAnswer, type IntentHandler } from './intent.ts';

export const help: IntentHandler = (context) => {
  const m = messages(context.question.language);
  const lines = (texts: readonly string[]) => texts.map((text) => ({ text, cites: [] }));
  return buildAnswer(
    context,
    'help',
    m.helpHeadline,
    [
      { kind: 'bullets', title: m.helpCan, items: lines(m.helpTopics) },
      { kind: 'bullets', title: m.examples, items: lines(m.exampleQuestions) },
    ],
    new Citations(),
  );
};
