/** Start-up fails early and readably when Slack refuses a token, naming the setting but never its value. */
import { afterEach, describe, expect, it } from 'vitest';
import { HttpServer } from '../../../adapters/http/server.ts';
import { QuestionLimiter } from '../../../adapters/shared/rate-limit.ts';
import { createMetrics } from '../../../adapters/ops/metrics.ts';
import { startSlack } from '../../../adapters/slack/index.ts';
import { ConfigSchema } from '../../../src/config.ts';
import { silentLogger } from '../../../src/logger.ts';
import { FakeSlackApi } from '../../fakes/slack-api.ts';
import { seedEngine } from '../../helpers.ts';
import { SECRETS, TEST_RETRY } from './helpers.ts';

const WRONG_BOT_TOKEN = 'xoxb-not-the-right-token-1a2b';
const WRONG_APP_TOKEN = 'xapp-not-the-right-token-3c4d';

let fake: FakeSlackApi | undefined;
afterEach(async () => {
  await fake?.close();
});

function start(env: Record<string, string>) {
  const config = ConfigSchema.parse(env);
  const logger = silentLogger();
  const http = new HttpServer(logger);
  return { http, started: startSlack({ engine: seedEngine(), config, logger, http, limiter: new QuestionLimiter(20), metrics: createMetrics() }, TEST_RETRY) };
}

describe('startSlack', () => {
  it('refuses to start without a bot token and a way to receive events', async () => {
    await expect(start({ SLACK_BOT_TOKEN: SECRETS.botToken }).started).rejects.toThrow(/SLACK_SIGNING_SECRET or SLACK_APP_TOKEN/);
  });

  it('names SLACK_BOT_TOKEN when Slack refuses the bot token, and mounts nothing', async () => {
    fake = await FakeSlackApi.start(SECRETS.botToken);
    const { http, started } = start({ SLACK_BOT_TOKEN: WRONG_BOT_TOKEN, SLACK_SIGNING_SECRET: SECRETS.signingSecret, SLACK_API_URL: fake.apiUrl });
    const error = await started.catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/"invalid_auth".*SLACK_BOT_TOKEN/);
    expect((error as Error).message).not.toContain(WRONG_BOT_TOKEN);
    expect(http.hasRoutes).toBe(false);
  });

  it('names SLACK_APP_TOKEN when Slack refuses the app token', async () => {
    fake = await FakeSlackApi.start(SECRETS.botToken, 'xapp-the-right-app-token-5e6f');
    const { started } = start({ SLACK_BOT_TOKEN: SECRETS.botToken, SLACK_APP_TOKEN: WRONG_APP_TOKEN, SLACK_API_URL: fake.apiUrl });
    await expect(started).rejects.toThrow(/"invalid_auth".*SLACK_APP_TOKEN/);
  });
});
