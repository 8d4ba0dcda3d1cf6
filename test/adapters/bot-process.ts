/**
 * `npm start` and `npm run ingest` as an operator runs them, for end-to-end
 * tests: real child processes configured through the environment, talking
 * to fake platform servers on 127.0.0.1.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, tempDir } from '../helpers.ts';

export interface BotProcess {
  readonly child: ChildProcess;
  /** The exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  /** The port the HTTP server bound (PORT=0 picks a free one), read from its log line. */
  port(): Promise<number>;
  /** Waits until the log holds the text. */
  waitForLog(text: string | RegExp, timeoutMs?: number): Promise<void>;
  logs(): string;
}

export function startBot(env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'adapters/main.ts')], {
    cwd: ROOT,
    // A fresh DATA_DIR per process unless the test shares one: the store file lives there.
    env: { ...process.env, LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1', DATA_DIR: tempDir('coop-bot-data-'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let logs = '';
  child.stderr!.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitForLog = async (text: string | RegExp, timeoutMs = 30_000): Promise<void> => {
    for (let waited = 0; waited < timeoutMs; waited += 100) {
      if (typeof text === 'string' ? logs.includes(text) : text.test(logs)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the bot never logged ${String(text)}:\n${logs.slice(-4000)}`);
  };
  const port = async (): Promise<number> => {
    await waitForLog('"msg":"HTTP server listening"');
    return Number(/"port":(\d+),"msg":"HTTP server listening"/.exec(logs)![1]);
  };
  return { child, exited, port, waitForLog, logs: () => logs };
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run ingest -- <sources>` with the given environment, to completion. */
export function runIngest(sources: readonly string[], env: Record<string, string>): Promise<RunResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'adapters/cli/ingest.ts'), ...sources], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}
