/**
 * The fake Telegram Bot API in a process of its own, for the delivery
 * benchmark: as with the real Telegram, the server's work (parsing, HTML
 * checks, limit bookkeeping) does not share the bot's event loop and CPU,
 * so the rate measured is the bot's. Run by `startFakeServer` with fork();
 * it listens on 127.0.0.1 only, and exits when its parent asks, or goes.
 *
 * Protocol (IPC): child → { type: 'ready', url }; parent → { type: 'report' };
 * child → { type: 'report', delivered, tooManyRequests }; parent → { type: 'close' }.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { FakeTelegramApi, type DeliveredMessage } from '../../test/fakes/telegram-api.ts';

export interface FakeServerReport {
  readonly delivered: DeliveredMessage[];
  readonly tooManyRequests: number;
}

export interface FakeServer {
  readonly url: string;
  report(): Promise<FakeServerReport>;
  close(): Promise<void>;
}

type ChildMessage = { type: 'ready'; url: string } | ({ type: 'report' } & FakeServerReport);

/** Starts the fake, enforcing Telegram's limits times `scale`, in a child process. */
export function startFakeServer(token: string, scale: number): Promise<FakeServer> {
  const child = fork(import.meta.filename, [token, String(scale)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`fake Telegram server exited with code ${code} before it was ready`)));
    child.once('message', (message: ChildMessage) => {
      if (message.type !== 'ready') return reject(new Error('fake Telegram server: unexpected first message'));
      child.removeAllListeners('exit');
      resolve(remote(child, message.url));
    });
  });
}

function remote(child: ChildProcess, url: string): FakeServer {
  return {
    url,
    report: () =>
      new Promise((resolve, reject) => {
        child.once('message', (message: ChildMessage) => (message.type === 'report' ? resolve(message) : reject(new Error('fake Telegram server: unexpected message'))));
        child.send({ type: 'report' });
      }),
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send({ type: 'close' });
      }),
  };
}

// The child: serve until told to close, or until the parent is gone.
if (process.send && process.argv[1] === import.meta.filename) {
  const [token, scale] = process.argv.slice(2);
  const api = await FakeTelegramApi.start(token!);
  api.enforceLimits({ scale: Number(scale) });
  process.on('message', (message: { type: string }) => {
    if (message.type === 'report') process.send!({ type: 'report', delivered: api.delivered, tooManyRequests: api.tooManyRequests });
    if (message.type === 'close') void api.close().then(() => process.exit(0));
  });
  process.on('disconnect', () => void api.close().then(() => process.exit(0)));
  process.send({ type: 'ready', url: api.url });
}
