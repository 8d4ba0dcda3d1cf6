/**
 * The terminal chat that `npm start` opens when no chat platform is
 * configured. Interactive on a terminal; on a pipe it answers each line and
 * exits at end of input.
 */
import { createInterface } from 'node:readline/promises';
import { renderText } from '../../src/answer/render-text.ts';
import type { Engine, Origin } from '../../src/engine.ts';
import { answerLines } from './lines.ts';

/** The terminal is one private conversation with one user: a short follow-up continues the last question. */
const TERMINAL: Origin = { platform: 'cli', chat: 'terminal', user: 'terminal', private: true, continues: true };

const WELCOME = `Indonesia–China industrial cooperation bot. Ask in Indonesian or English; "help" lists what I can answer, "exit" quits.
Bot kerja sama industri Indonesia–Tiongkok. Bertanyalah dalam bahasa Indonesia atau Inggris; "bantuan" untuk panduan, "exit" untuk keluar.`;

export async function runChat(engine: Engine, input = process.stdin, output = process.stdout): Promise<void> {
  if (!input.isTTY) {
    await answerLines(engine, input, output, (_q, answer) => `${renderText(answer)}\n`);
    return;
  }
  const rl = createInterface({ input, output });
  output.write(`${WELCOME}\n\n`);
  try {
    for (;;) {
      const line = (await rl.question('> ')).trim();
      if (/^(exit|quit|keluar|:q)$/i.test(line)) break;
      if (line) output.write(`\n${renderText(engine.ask({ text: line, origin: TERMINAL }))}\n\n`);
    }
  } catch (error) {
    // Ctrl-D / Ctrl-C close the interface: leave quietly.
    if ((error as { code?: string }).code !== 'ABORT_ERR' && !rl.terminal) throw error;
  } finally {
    rl.close();
  }
}
