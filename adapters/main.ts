/**
 * `npm start`: the composition root. Starts every chat platform whose
 * credentials are configured; with none, the terminal chat.
 */
import { buildEngine } from '../src/bootstrap.ts';
import { describeSettings, loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { runChat } from './cli/chat.ts';
import { exitOnError } from './cli/fail.ts';

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(`npm start: runs the bot. Settings (environment variables):\n  ${describeSettings().join('\n  ')}\n`);
    return;
  }
  const config = loadConfig();
  // The terminal chat shares the screen with the log: keep the log to warnings.
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const engine = buildEngine(config, logger);
  await runChat(engine);
}

main().catch(exitOnError);
