/** `npm run ask`: one question from the command line, or many as JSON lines. */
import { renderText } from '../../src/answer/render-text.ts';
import { buildEngine } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { ASK_USAGE, parseAskArgs } from './args.ts';
import { toJson } from './json.ts';
import { answerLines } from './lines.ts';
import { exitOnError } from './fail.ts';

async function main(): Promise<void> {
  const args = parseAskArgs(process.argv.slice(2));
  if (!args.success) {
    process.stderr.write(`${args.error.issues.map((i) => i.message).join('\n')}\n\n${ASK_USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (args.data.help) {
    process.stdout.write(`${ASK_USAGE}\n`);
    return;
  }
  const config = loadConfig();
  const engine = buildEngine(config, createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL));
  if (args.data.jsonl) {
    await answerLines(engine, process.stdin, process.stdout, (q, answer) => JSON.stringify(toJson(q, answer)));
    return;
  }
  const answer = engine.ask({ text: args.data.question });
  process.stdout.write(args.data.json ? `${JSON.stringify(toJson(args.data.question, answer))}\n` : `${renderText(answer)}\n`);
}

main().catch(exitOnError);
