/**
 * `npm start` as an operator runs it: the real process, configured through
 * the environment, against fake platform servers on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeTelegramApi } from '../fakes/telegram-api.ts';
import { ROOT } from '../helpers.ts';
import { privateText } from './telegram/updates.ts';

const TOKEN = '123456:TEST-token-for-npm-start';
let api: FakeTelegramApi | undefined;

afterEach(async () => {
  await api?.close();
});

describe('npm start with TELEGRAM_BOT_TOKEN', () => {
  it('answers /minerals over long polling with cited HTML, and exits 0 on SIGTERM', async () => {
    api = await FakeTelegramApi.start(TOKEN);
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'adapters/main.ts')], {
      cwd: ROOT,
      env: { ...process.env, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, LOG_LEVEL: 'info', PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let logs = '';
    child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    api.queueUpdates(privateText('/minerals'));
    await api.waitFor(() => api!.sent('sendMessage').length > 0, 'an answer', 20_000);
    const [reply] = api.sent('sendMessage');
    expect(reply!.parse_mode).toBe('HTML');
    expect(String(reply!.text)).toContain('<b>');
    expect(String(reply!.text)).toMatch(/molybdenum|molibdenum/);
    expect(String(reply!.text)).toContain('href="https://rmol.id/');
    expect(api.sent('setMyCommands').length).toBeGreaterThan(0);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Because the token is in every API URL, check that no log line carries it.
    expect(logs).not.toContain(TOKEN);
    expect(logs).toContain('corpus loaded');
  }, 40_000);
});
