/**
 * One measurement inside a worker process, the same for the bot and the
 * baseline: build time from articles in memory to a ready subject, answer
 * latency over a warm-up round and then timed rounds of the question mix
 * (every call timed alone with performance.now()), and RSS after a gc().
 */
import type { Article } from '../../src/corpus/article.ts';
import { percentile } from './stats.ts';

/** What is measured: how to build it, ask it, and count what it indexed. */
export interface Subject<T> {
  build(articles: readonly Article[]): T;
  /** Answers one question; returns what it answered (an intent or "abstain"). */
  ask(built: T, question: string): string;
  passages(built: T): number;
}

export interface Measurement<T> {
  /** The built subject, still referenced so nothing is collected before RSS is read. */
  readonly built: T;
  readonly passages: number;
  readonly build_ms: number;
  readonly warmup_ms: number;
  readonly p50_ms: number;
  readonly p95_ms: number;
  readonly p99_ms: number;
  readonly timed_calls: number;
  readonly rss_build_mb: number;
  readonly rss_queries_mb: number;
  readonly rss_mb: number;
  /** V8 heap in use after gc(), the larger of the two points: what is retained, as against resident. */
  readonly heap_mb: number;
  readonly outcomes: string[];
}

export function measure<T>(subject: Subject<T>, articles: readonly Article[], questions: readonly string[], rounds: number): Measurement<T> {
  const { result: built, ms: build_ms } = timed(() => subject.build(articles));
  const afterBuild = memoryMb();
  const { result: outcomes, ms: warmup_ms } = timed(() => questions.map((q) => subject.ask(built, q)));
  const samples = timedRounds(subject, built, questions, rounds);
  const afterQueries = memoryMb();
  return {
    built,
    passages: subject.passages(built),
    build_ms,
    warmup_ms,
    p50_ms: percentile(samples, 50),
    p95_ms: percentile(samples, 95),
    p99_ms: percentile(samples, 99),
    timed_calls: samples.length,
    rss_build_mb: afterBuild.rss,
    rss_queries_mb: afterQueries.rss,
    rss_mb: Math.max(afterBuild.rss, afterQueries.rss),
    heap_mb: Math.max(afterBuild.heap, afterQueries.heap),
    outcomes,
  };
}

/** Resident set size and V8 heap in use, in MiB, after a full collection when gc is exposed (--expose-gc). */
export function memoryMb(): { rss: number; heap: number } {
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss: rss / 2 ** 20, heap: heapUsed / 2 ** 20 };
}

function timedRounds<T>(subject: Subject<T>, built: T, questions: readonly string[], rounds: number): number[] {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const question of questions) {
      const started = performance.now();
      subject.ask(built, question);
      samples.push(performance.now() - started);
    }
  }
  return samples;
}

// A collection first, so garbage left by earlier work is not charged to this one.
function timed<R>(work: () => R): { result: R; ms: number } {
  globalThis.gc?.();
  const started = performance.now();
  const result = work();
  return { result, ms: performance.now() - started };
}
