/**
 * The bot's Prometheus metrics, on a registry of its own (not prom-client's
 * global one) so each process — and each test — gets fresh counters.
 * Adapters receive this object through PlatformDeps and increment the
 * platform counters; the question counters are fed by meterAnswers.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  readonly registry: Registry;
  readonly questionsAnswered: Counter<'intent' | 'language'>;
  readonly abstentions: Counter<'intent' | 'language'>;
  readonly answerSeconds: Histogram<'intent'>;
  /** 👍/👎 votes recorded (a first vote, or a changed one under its new label); see meter-votes.ts. */
  readonly votes: Counter<'vote' | 'intent' | 'language'>;
  /** Votes replaced by a change, under their old label: standing votes = votes − withdrawn. */
  readonly votesWithdrawn: Counter<'vote' | 'intent' | 'language'>;
  /** Vote presses refused: forged, expired (pruned) or from another chat. */
  readonly votesRefused: Counter<'platform'>;
  /** A platform told us to slow down (HTTP 429). */
  readonly platformRateLimited: Counter<'platform'>;
  /** A platform API call failed for good (after retries), whatever the cause. */
  readonly platformApiErrors: Counter<'platform'>;
  /** Delivery attempts by the worker: outcome sent, retried, failed or blocked (the chat paused). */
  readonly deliveries: Counter<'platform' | 'outcome'>;
  /** Articles settled by an ingest, by how they came (cli is counted by its own process: feed, chat) and outcome. */
  readonly ingestResults: Counter<'via' | 'outcome'>;
  /** Delivery rows by state, read from the store at scrape time (set by main.ts). */
  readonly deliveryBacklog: Gauge<'state'>;
}

// `npm run bench` (README): p95 about 1 ms on the seeds, about 17 ms at 50k articles;
// the buckets span that range with room for a slow host.
const ANSWER_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export interface MetricsSources {
  /** Read at scrape time for coopbot_delivery_rows{state}. */
  readonly deliveryCounts?: () => Readonly<Record<string, number>>;
}

export function createMetrics(sources: MetricsSources = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) => new Counter({ name, help, labelNames, registers });
  return {
    registry,
    questionsAnswered: counter('coopbot_questions_answered_total', 'Questions answered, by intent and reply language', ['intent', 'language']),
    abstentions: counter('coopbot_abstentions_total', 'Questions the bot declined to answer for lack of evidence', ['intent', 'language']),
    answerSeconds: new Histogram({
      name: 'coopbot_answer_duration_seconds',
      help: 'Time Engine.ask took to answer',
      labelNames: ['intent'],
      buckets: ANSWER_BUCKETS,
      registers,
    }),
    votes: counter('coopbot_votes_total', 'Answer votes recorded, by vote (up, down), intent and reply language; a change counts under the new vote', ['vote', 'intent', 'language']),
    votesWithdrawn: counter('coopbot_votes_withdrawn_total', 'Answer votes replaced by a changed vote, under the old vote', ['vote', 'intent', 'language']),
    votesRefused: counter('coopbot_votes_refused_total', 'Vote presses refused as forged, expired or from another chat', ['platform']),
    platformRateLimited: counter('coopbot_platform_rate_limited_total', 'HTTP 429 responses from a chat platform API', ['platform']),
    platformApiErrors: counter('coopbot_platform_api_errors_total', 'Chat platform API calls that failed', ['platform']),
    deliveries: counter('coopbot_deliveries_total', 'Notification send attempts by outcome: sent, retried, failed, blocked', ['platform', 'outcome']),
    ingestResults: counter('coopbot_ingest_results_total', 'Ingested sources by channel (feed, chat) and outcome: imported, duplicate, unrelated, failed', ['via', 'outcome']),
    deliveryBacklog: new Gauge({
      // Not coopbot_deliveries: that family is the counter coopbot_deliveries_total (OpenMetrics would clash).
      name: 'coopbot_delivery_rows',
      help: 'Delivery rows in the store by state',
      labelNames: ['state'],
      registers,
      collect() {
        let counts: Readonly<Record<string, number>>;
        try {
          counts = sources.deliveryCounts?.() ?? {};
        } catch {
          // The store is busy or closed: no sample rather than a stale one, and the scrape's other metrics still go out.
          this.reset();
          return;
        }
        for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
      },
    }),
  };
}
