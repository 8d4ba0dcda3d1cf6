/**
 * The terminal's one catch-all: a known error is printed as its message
 * (a corpus file and field, a configuration problem); anything else with its
 * stack, since it is a bug.
 */
import { CoopBotError } from '../../src/errors.ts';

export function exitOnError(error: unknown): void {
  if (error instanceof CoopBotError) process.stderr.write(`coop-bot: ${error.message}\n`);
  else process.stderr.write(`coop-bot: unexpected error\n${(error as Error)?.stack ?? String(error)}\n`);
  process.exitCode = 1;
}
