/**
 * Answers a stream of questions, one per line, in order. Used by `--jsonl`
 * and by the terminal chat when standard input is not a terminal.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answer } from '../../src/answer/answer.ts';
import type { Engine } from '../../src/engine.ts';

export async function answerLines(
  engine: Engine,
  input: Readable,
  output: Writable,
  format: (question: string, answer: Answer) => string,
): Promise<number> {
  let count = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    const question = line.trim();
    if (!question) continue;
    output.write(`${format(question, engine.ask({ text: question }))}\n`);
    count += 1;
  }
  return count;
}
