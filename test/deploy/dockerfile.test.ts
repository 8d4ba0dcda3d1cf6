/**
 * There is no Docker engine on these machines, so this test runs the
 * Dockerfile's own steps — what its build stage copies, its npm install
 * command, its runtime environment, its CMD and its HEALTHCHECK — in a clean
 * copy of the repository, against a fake Telegram server on 127.0.0.1.
 * npm runs offline from the cache `npm ci` filled: the test never reaches
 * the internet. It compiles better-sqlite3, so it takes a minute or two.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeTelegramApi } from '../fakes/telegram-api.ts';
import { ROOT, tempDir } from '../helpers.ts';

const TOKEN = '654321:TEST-token-for-the-image';
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
let api: FakeTelegramApi | undefined;

afterAll(async () => {
  await api?.close();
});

describe('the Dockerfile', () => {
  it('builds with its own steps in a clean copy and starts a healthy bot as a non-root user', async () => {
    const app = tempDir('coop-bot-image-');
    for (const source of buildStageCopies()) cpSync(join(ROOT, source), join(app, source), { recursive: true });
    const install = runLine(/^RUN (npm .+)$/m);
    execFileSync('sh', ['-c', install], { cwd: app, env: { ...process.env, npm_config_offline: 'true' }, stdio: 'pipe', timeout: 280_000 });

    api = await FakeTelegramApi.start(TOKEN);
    const port = await freePort();
    const env = { ...process.env, ...runtimeEnv(), DATA_DIR: tempDir('coop-bot-volume-'), PORT: String(port), HOST: '127.0.0.1', TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url };
    const [command, ...args] = jsonArray(/^CMD (\[.+\])$/m);
    const bot = spawn(command!, args, { cwd: app, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let logs = '';
    bot.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => bot.on('exit', resolve));
    await until(() => logs.includes('HTTP server listening'), () => logs);

    const [check, ...checkArgs] = jsonArray(/^HEALTHCHECK .*CMD (\[.+\])$/m);
    expect(() => execFileSync(check!, checkArgs, { env, timeout: 10_000 })).not.toThrow();
    expect(dockerfile).toMatch(/^USER node$/m);

    bot.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 300_000);
});

// What the build stage copies from the build context (not --from another stage).
function buildStageCopies(): string[] {
  const build = dockerfile.split(/^FROM /m)[1]!;
  return [...build.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1]!.split(/\s+/));
}

function runLine(pattern: RegExp): string {
  const match = pattern.exec(dockerfile);
  if (!match) throw new Error(`Dockerfile has no line matching ${pattern}`);
  return match[1]!;
}

function jsonArray(pattern: RegExp): string[] {
  const parsed: unknown = JSON.parse(runLine(pattern));
  if (!Array.isArray(parsed)) throw new Error('expected a JSON array');
  // The image's node is the one running this test.
  return parsed.map((part, i) => (i === 0 && part === 'node' ? process.execPath : String(part)));
}

// The runtime stage's ENV (the last stage's).
function runtimeEnv(): Record<string, string> {
  const runtime = dockerfile.split(/^FROM /m).at(-1)!;
  const env: Record<string, string> = {};
  for (const line of runtime.matchAll(/^ENV (.+)$/gm)) {
    for (const pair of line[1]!.split(/\s+/)) {
      const [key, value] = pair.split('=');
      if (key && value !== undefined) env[key] = value;
    }
  }
  return env;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function until(done: () => boolean, explain: () => string, timeoutMs = 60_000): Promise<void> {
  for (let waited = 0; waited < timeoutMs; waited += 200) {
    if (done()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out:\n${explain()}`);
}
