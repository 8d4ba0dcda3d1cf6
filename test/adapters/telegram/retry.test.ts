import { TelegramError } from 'telegraf';
import { describe, expect, it } from 'vitest';
import { TelegramApiError } from '../../../adapters/telegram/api-error.ts';
import { redactor } from '../../../adapters/telegram/redact.ts';
import { callWithRetry, DEFAULT_RETRY, type RetryPolicy } from '../../../adapters/telegram/retry.ts';
import { silentLogger } from '../../../src/logger.ts';

function policy(sleeps: number[]): RetryPolicy {
  return { ...DEFAULT_RETRY, sleep: async (ms) => void sleeps.push(ms), redact: redactor(['s3cret-token']), logger: silentLogger() };
}

/** A call that throws the given errors in turn, then returns 'ok'. */
function flaky(...errors: unknown[]): { call: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    call: async () => {
      const error = errors[calls++];
      if (error) throw error;
      return 'ok';
    },
    calls: () => calls,
  };
}

const tooMany = (seconds?: number) => new TelegramError({ error_code: 429, description: 'Too Many Requests', ...(seconds !== undefined && { parameters: { retry_after: seconds } }) });
const serverError = () => new TelegramError({ error_code: 502, description: 'Bad Gateway' });
const networkError = () => Object.assign(new Error('request to https://api.telegram.org/bots3cret-token/sendMessage failed'), { name: 'FetchError', code: 'ECONNRESET' });

describe('callWithRetry', () => {
  it('returns the first success', async () => {
    expect(await callWithRetry('getMe', async () => 'me', policy([]))).toBe('me');
  });

  it('waits retry_after seconds after a 429', async () => {
    const sleeps: number[] = [];
    const { call, calls } = flaky(tooMany(7), tooMany());
    expect(await callWithRetry('sendMessage', call, policy(sleeps))).toBe('ok');
    expect(sleeps).toEqual([7000, 1000]);
    expect(calls()).toBe(3);
  });

  it('tells onError of every failed attempt, marking the last one final', async () => {
    const seen: [number | string, boolean][] = [];
    const { call } = flaky(tooMany(1), new TelegramError({ error_code: 403, description: 'Forbidden: bot was blocked by the user' }));
    const counting = { ...policy([]), onError: (error: TelegramApiError, final: boolean) => void seen.push([error.code, final]) };
    await expect(callWithRetry('sendMessage', call, counting)).rejects.toBeInstanceOf(TelegramApiError);
    expect(seen).toEqual([[429, false], [403, true]]);
  });

  it('backs off exponentially after 5xx and network failures', async () => {
    const sleeps: number[] = [];
    const { call } = flaky(serverError(), networkError(), serverError());
    expect(await callWithRetry('sendMessage', call, policy(sleeps))).toBe('ok');
    expect(sleeps).toEqual([500, 1000, 2000]);
  });

  it('gives up after maxAttempts with a TelegramApiError', async () => {
    const { call, calls } = flaky(serverError(), serverError(), serverError(), serverError(), serverError());
    await expect(callWithRetry('sendMessage', call, policy([]))).rejects.toMatchObject({ name: 'TelegramApiError', method: 'sendMessage', code: 502 });
    expect(calls()).toBe(DEFAULT_RETRY.maxAttempts);
  });

  it('does not wait out a 429 longer than maxRetryAfterSeconds', async () => {
    const sleeps: number[] = [];
    await expect(callWithRetry('sendMessage', flaky(tooMany(3600)).call, policy(sleeps))).rejects.toMatchObject({ code: 429, retryAfter: 3600 });
    expect(sleeps).toEqual([]);
  });

  it.each([
    [403, 'Forbidden: bot was blocked by the user'],
    [400, "Bad Request: can't parse entities"],
    [401, 'Unauthorized'],
  ])('fails at once on %s', async (code, description) => {
    const { call, calls } = flaky(new TelegramError({ error_code: code, description }));
    await expect(callWithRetry('sendMessage', call, policy([]))).rejects.toMatchObject({ code, description });
    expect(calls()).toBe(1);
  });

  it('scrubs secrets from a network failure', async () => {
    const error: unknown = await callWithRetry('sendMessage', flaky(...Array(4).fill(networkError())).call, policy([])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TelegramApiError);
    expect(error).toMatchObject({ code: 'NETWORK' });
    expect(`${String(error)} ${(error as Error).stack} ${JSON.stringify(error)}`).not.toContain('s3cret-token');
  });

  it('lets a bug through untouched', async () => {
    const bug = new TypeError('undefined is not a function');
    await expect(callWithRetry('sendMessage', flaky(bug).call, policy([]))).rejects.toBe(bug);
  });
});
