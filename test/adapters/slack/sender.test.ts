/**
 * SlackSender against the fake Web API: what it posts, and how each way
 * chat.postMessage can fail becomes the worker's SendOutcome — once, with no
 * retry or wait of the client's own, and counted in the metrics.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMIT_MS, OPERATOR_RETRY_MS, TRANSIENT_RETRY_MS } from '../../../adapters/slack/send-outcome.ts';
import type { NotificationSender } from '../../../src/updates/sender.ts';
import { blockKitProblems } from './block-kit.ts';
import { startHarness, type Harness } from './helpers.ts';
import { digest, instant, notificationItem } from '../../fakes/notifications.ts';

let h: Harness;
let sender: NotificationSender;
beforeAll(async () => {
  h = await startHarness();
  sender = h.platform.sender!;
});
afterAll(async () => {
  await h.close();
});

async function counter(name: 'coopbot_platform_rate_limited_total' | 'coopbot_platform_api_errors_total'): Promise<number> {
  const metric = (await h.metrics.registry.getMetricsAsJSON()).find((m) => m.name === name);
  return (metric?.values ?? []).filter((v) => v.labels.platform === 'slack').reduce((sum, v) => sum + v.value, 0);
}

describe('SlackSender', () => {
  it('is the Slack platform’s sender, at one message a second per channel', () => {
    expect(sender.platform).toBe('slack');
    expect(sender.limits.perChatPerSecond).toBe(1);
    expect(sender.limits.overallPerSecond).toBeGreaterThan(1);
  });

  describe('when Slack accepts the message', () => {
    it('posts an instant notification to the channel, unfurls off, with blocks and a text fallback', async () => {
      expect(await sender.send('C100', instant())).toEqual({ kind: 'sent' });
      const [post] = h.fake.postedTo('C100');
      expect(post!.args.unfurl_links).toBe(false);
      expect(post!.args.unfurl_media).toBe(false);
      expect(String(post!.args.text)).toContain('Indonesia and China open a nickel smelter');
      expect(JSON.stringify(post!.args.blocks)).toContain('<https://example.com/news/nickel-smelter|Indonesia and China open a nickel smelter in Morowali>');
      expect(blockKitProblems(post!.args, { maxBlocks: 50, needsText: true })).toEqual([]);
    });

    it('posts to a user id for a DM subscription, and a digest in its language', async () => {
      const items = [notificationItem(), notificationItem({ articleId: 'a-2', title: 'Smelter kedua', url: undefined, publisher: undefined })];
      expect(await sender.send('U100', digest({ items, language: 'id' }))).toEqual({ kind: 'sent' });
      const [post] = h.fake.postedTo('U100');
      expect(JSON.stringify(post!.args.blocks)).toContain('Ringkasan harian');
      expect(JSON.stringify(post!.args.blocks)).toContain('15 Januari 2024');
    });
  });

  describe('when Slack refuses', () => {
    it('retries after Retry-After on a 429, without waiting or retrying itself, and counts it', async () => {
      const [limited, errors] = [await counter('coopbot_platform_rate_limited_total'), await counter('coopbot_platform_api_errors_total')];
      h.fake.rateLimitOnce('chat.postMessage', 7);
      const before = h.fake.postedTo('C200').length;
      expect(await sender.send('C200', instant())).toEqual({ kind: 'retry', afterMs: 7_000, rateLimited: true, reason: 'ratelimited' });
      // Because the worker, not the client, decides when to try again.
      expect(h.fake.postedTo('C200').length).toBe(before + 1);
      expect(await counter('coopbot_platform_rate_limited_total')).toBe(limited + 1);
      expect(await counter('coopbot_platform_api_errors_total')).toBe(errors + 1);
    });

    it('retries a 429 without Retry-After after a default pause', async () => {
      h.fake.rateLimitOnce('chat.postMessage', null);
      expect(await sender.send('C201', instant())).toMatchObject({ kind: 'retry', afterMs: DEFAULT_RATE_LIMIT_MS, rateLimited: true });
    });

    it.each(['channel_not_found', 'not_in_channel', 'account_inactive', 'is_archived'])('treats %s as the chat being blocked', async (error) => {
      h.fake.failOnce('chat.postMessage', error);
      expect(await sender.send('C300', instant())).toEqual({ kind: 'blocked', reason: error });
    });

    it('retries slowly when the token is the problem, instead of pausing the chat', async () => {
      h.fake.failOnce('chat.postMessage', 'invalid_auth');
      expect(await sender.send('C400', instant())).toEqual({ kind: 'retry', afterMs: OPERATOR_RETRY_MS, rateLimited: false, reason: 'invalid_auth' });
    });

    it('fails a message Slack will never accept, keeping the chat', async () => {
      const errors = await counter('coopbot_platform_api_errors_total');
      h.fake.failOnce('chat.postMessage', 'invalid_blocks');
      expect(await sender.send('C500', instant())).toEqual({ kind: 'failed', reason: 'invalid_blocks' });
      expect(await counter('coopbot_platform_api_errors_total')).toBe(errors + 1);
    });

    it('retries Slack’s internal errors and HTTP 5xx soon', async () => {
      h.fake.failOnce('chat.postMessage', 'internal_error');
      expect(await sender.send('C600', instant())).toEqual({ kind: 'retry', afterMs: TRANSIENT_RETRY_MS, rateLimited: false, reason: 'internal_error' });
      h.fake.httpErrorOnce('chat.postMessage', 500);
      expect(await sender.send('C600', instant())).toEqual({ kind: 'retry', afterMs: TRANSIENT_RETRY_MS, rateLimited: false, reason: 'http 500' });
      h.fake.httpErrorOnce('chat.postMessage', 503);
      expect(await sender.send('C600', instant())).toMatchObject({ kind: 'retry', reason: 'http 503' });
    });

    it('fails an HTTP 4xx other than 429', async () => {
      h.fake.httpErrorOnce('chat.postMessage', 400);
      expect(await sender.send('C601', instant())).toEqual({ kind: 'failed', reason: 'http 400' });
    });

    it('never lets the bot token reach the log', async () => {
      h.fake.failOnce('chat.postMessage', 'invalid_auth');
      await sender.send('C700', instant());
      expect(h.logs.join('\n')).not.toContain(h.config.SLACK_BOT_TOKEN);
    });
  });
});

describe('SlackSender when Slack cannot be reached', () => {
  it('retries soon', async () => {
    const down = await startHarness();
    const offline = down.platform.sender!;
    await down.fake.close();
    expect(await offline.send('C1', instant())).toEqual({ kind: 'retry', afterMs: TRANSIENT_RETRY_MS, rateLimited: false, reason: 'network' });
    await down.close();
  });
});
