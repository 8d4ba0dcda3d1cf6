/**
 * 👍/👎 under Slack answers: in the answer's actions block, recorded once per
 * user and answer (a second press changes the vote), acknowledged with an
 * ephemeral thanks only the presser sees; forged, foreign and stale presses
 * get the polite stale-button notice.
 */
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createMetrics, meterVotes, recordAnswers } from '../../../adapters/ops/index.ts';
import { ACTION_IDS } from '../../../adapters/slack/action-ids.ts';
import { Engine } from '../../../src/engine.ts';
import { QuestionHistory } from '../../../src/history/index.ts';
import { MemoryStore } from '../../../src/store/index.ts';
import { seedEngine } from '../../helpers.ts';
import { allText, buttonValue, type Harness, postButton, postCommand, startHarness, type SentMessage } from './helpers.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function start(days = 30): Promise<{ store: MemoryStore }> {
  const store = new MemoryStore();
  const metrics = createMetrics();
  const history = meterVotes(new QuestionHistory(store, { key: 'k'.repeat(32), days, now: Date.now }), metrics);
  // A fresh Engine over the shared knowledge: recordAnswers replaces ask.
  const engine = recordAnswers(new Engine(seedEngine().knowledge), history, pino({ level: 'silent' }));
  h = await startHarness({ engine, metrics, ...(history.enabled && { history }) });
  return { store };
}

async function responseTo(url: string): Promise<SentMessage> {
  const post = await h!.fake.waitFor(() => h!.fake.responses.find((r) => r.path === new URL(url).pathname));
  return post.body;
}

async function askMinerals(): Promise<SentMessage> {
  const url = h!.fake.responseUrl();
  await postCommand(h!, 'Which minerals are prioritized for downstreaming?', { response_url: url });
  return responseTo(url);
}

async function press(actionId: string, value: string | undefined, overrides: Record<string, unknown> = {}): Promise<string> {
  const url = h!.fake.responseUrl();
  await postButton(h!, actionId, value, url, overrides);
  return allText(await responseTo(url));
}

describe('an answer kept in the history', () => {
  it('carries 👍 and 👎 beside Share, both valued with the answer id', async () => {
    await start();
    const answer = await askMinerals();
    const up = buttonValue(answer, ACTION_IDS.voteUp);
    expect(up).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(buttonValue(answer, ACTION_IDS.voteDown)).toBe(up);
    expect(buttonValue(answer, ACTION_IDS.share)).toBeDefined();
  });

  it('has no vote buttons under help', async () => {
    await start();
    const url = h!.fake.responseUrl();
    await postCommand(h!, 'help', { response_url: url });
    expect(buttonValue(await responseTo(url), ACTION_IDS.voteUp)).toBeUndefined();
  });

  it('keeps its vote buttons, for the same answer, once shared in the channel', async () => {
    await start();
    const answer = await askMinerals();
    const url = h!.fake.responseUrl();
    await postButton(h!, ACTION_IDS.share, buttonValue(answer, ACTION_IDS.share), url);
    const shared = await responseTo(url);
    expect(buttonValue(shared, ACTION_IDS.voteUp)).toBe(buttonValue(answer, ACTION_IDS.voteUp));
  });
});

describe('a vote', () => {
  it('is recorded once per user and answer; a second press changes it; only the presser is told', async () => {
    const { store } = await start();
    const id = buttonValue(await askMinerals(), ACTION_IDS.voteUp);
    expect(await press(ACTION_IDS.voteUp, id)).toContain('Thanks! 👍 noted.');
    expect(await press(ACTION_IDS.voteDown, id)).toContain('Vote changed to 👎');
    expect(store.votesSince(0).map((v) => v.vote)).toEqual(['down']);
    const responses = h!.fake.responses.slice(-2).map((r) => r.body.response_type);
    expect(responses).toEqual(['ephemeral', 'ephemeral']);
    const metrics = await h!.metrics.registry.metrics();
    expect(metrics).toContain('coopbot_votes_total{vote="down",intent="minerals",language="en"} 1');
    expect(metrics).toContain('coopbot_votes_withdrawn_total{vote="up",intent="minerals",language="en"} 1');
  });

  it('from another user in the channel is a vote of their own', async () => {
    const { store } = await start();
    const id = buttonValue(await askMinerals(), ACTION_IDS.voteUp);
    await press(ACTION_IDS.voteUp, id);
    await press(ACTION_IDS.voteDown, id, { user: { id: 'U2', team_id: 'T1' } });
    expect(store.votesSince(0).map((v) => v.vote).sort()).toEqual(['down', 'up']);
  });

  it.each([
    ['unknown', 'AAAAAAAAAAAA'],
    ['malformed', '{"v":1}'],
    ['missing', undefined],
  ])('%s gets the stale-button notice and records nothing', async (_kind, value) => {
    const { store } = await start();
    await askMinerals();
    expect(await press(ACTION_IDS.voteUp, value)).toContain('no longer works');
    expect(store.votesSince(0)).toEqual([]);
  });

  it('pressed in another channel than the answer’s is refused', async () => {
    const { store } = await start();
    const id = buttonValue(await askMinerals(), ACTION_IDS.voteUp);
    expect(await press(ACTION_IDS.voteUp, id, { channel: { id: 'C9', name: 'other' } })).toContain('no longer works');
    expect(store.votesSince(0)).toEqual([]);
  });
});

describe('with HISTORY_DAYS=0', () => {
  it('shows no vote buttons', async () => {
    await start(0);
    expect(buttonValue(await askMinerals(), ACTION_IDS.voteUp)).toBeUndefined();
  });
});
