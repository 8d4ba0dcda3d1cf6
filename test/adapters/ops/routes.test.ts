/**
 * The operator's endpoints served by the real HttpServer on 127.0.0.1:0,
 * with the real (seed) engine metered and a fake platform whose readiness
 * the test switches.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpServer } from '../../../adapters/http/server.ts';
import { createMetrics, engineChecks, meterAnswers, type Metrics, mountOpsRoutes, platformChecks } from '../../../adapters/ops/index.ts';
import type { Platform } from '../../../adapters/platform.ts';
import type { Engine } from '../../../src/engine.ts';
import { silentLogger } from '../../../src/logger.ts';
import { seedEngine } from '../../helpers.ts';

let http: HttpServer;
let base: string;
let metrics: Metrics;
let engine: Engine;
let started: Platform[];

function fakePlatform(name: Platform['name']): Platform {
  let running = true;
  return { name, ready: () => running, stop: async () => void (running = false) };
}

beforeEach(async () => {
  http = new HttpServer(silentLogger());
  metrics = createMetrics();
  engine = meterAnswers(seedEngine(), metrics);
  started = [];
  mountOpsRoutes(http, metrics, { ...engineChecks(engine), ...platformChecks(['telegram', 'slack'], started) });
  base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
});

afterEach(() => http.close());

describe('GET /healthz', () => {
  it('answers 200 ok while the process runs, ready or not', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
  });
});

describe('GET /readyz', () => {
  it('answers 503 naming the platforms that have not started yet', async () => {
    started.push(fakePlatform('telegram'));
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'not ready',
      checks: { corpus: true, index: true, telegram: true, slack: false },
      failing: ['slack'],
    });
  });

  it('answers 200 listing every check once every configured platform has started', async () => {
    started.push(fakePlatform('telegram'), fakePlatform('slack'));
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ status: 'ready', checks: { corpus: true, index: true, telegram: true, slack: true } });
  });

  it('answers 503 again once a platform stops', async () => {
    const slack = fakePlatform('slack');
    started.push(fakePlatform('telegram'), slack);
    await slack.stop();
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ failing: ['slack'] });
  });
});

describe('GET /metrics', () => {
  it('counts answered questions by intent and language, and times them', async () => {
    engine.ask({ text: 'Which minerals does Indonesia want to develop downstream?' });
    engine.ask({ text: 'Which minerals does Indonesia want to develop downstream?', preferredLanguage: 'id' });
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('coopbot_questions_answered_total{intent="minerals",language="en"} 1');
    expect(text).toContain('coopbot_questions_answered_total{intent="minerals",language="id"} 1');
    expect(text).toMatch(/coopbot_answer_duration_seconds_bucket\{le="\+Inf",intent="minerals"\} 2/);
    expect(text).toContain('coopbot_answer_duration_seconds_count{intent="minerals"} 2');
    // Default process metrics come with it.
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('# TYPE coopbot_platform_rate_limited_total counter');
  });

  it('counts an abstention as an answered question too', async () => {
    const answer = engine.ask({ text: 'What is the price of durian in Oslo?' });
    expect(answer.abstained).toBe(true);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain(`coopbot_abstentions_total{intent="${answer.intent}",language="en"} 1`);
    expect(text).toContain(`coopbot_questions_answered_total{intent="${answer.intent}",language="en"} 1`);
  });

  it('keeps each registry separate, so two processes (or tests) never share counters', async () => {
    engine.ask({ text: 'Which minerals does Indonesia want to develop downstream?' });
    expect(await createMetrics().registry.metrics()).not.toContain('coopbot_questions_answered_total{');
  });
});

describe('createMetrics', () => {
  it('reads the delivery rows by state from the store at scrape time', async () => {
    let pending = 3;
    const registry = createMetrics({ deliveryCounts: () => ({ pending, sent: 1 }) }).registry;
    expect(await registry.metrics()).toContain('coopbot_delivery_rows{state="pending"} 3');
    pending = 0;
    expect(await registry.metrics()).toContain('coopbot_delivery_rows{state="pending"} 0');
  });

  it('still serves every other metric when the store cannot be read', async () => {
    let fail = false;
    const registry = createMetrics({
      deliveryCounts: () => {
        if (fail) throw new Error('database is locked');
        return { pending: 3 };
      },
    }).registry;
    await registry.metrics();
    fail = true;
    const text = await registry.metrics();
    expect(text).toContain('# TYPE coopbot_deliveries_total counter');
    // because a count the store could not give is left out, not repeated from the last scrape
    expect(text).not.toContain('coopbot_delivery_rows{state=');
  });
});

describe('any other path', () => {
  it('answers 404', async () => {
    expect((await fetch(`${base}/health`)).status).toBe(404);
    expect((await fetch(`${base}/`)).status).toBe(404);
  });
});
