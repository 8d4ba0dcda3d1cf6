/**
 * The benchmark's output: a human-readable table per corpus size and
 * subject, the targets with PASS/FAIL, a check that the question mix still
 * exercises the intents it was written for, and the final JSON line (keyed by
 * corpus size, each with the bot's figures and the baseline's).
 */
import type { HistoryResult } from './history.ts';
import type { Figures, Size, WorkerResult } from './protocol.ts';
import { QUESTIONS } from './questions.ts';
import { round } from './stats.ts';

/** A subject's outcome: its measurement, or why the worker failed. */
export type Outcome = WorkerResult | { readonly error: string };

export interface SizeReport {
  readonly size: Size;
  readonly bot: Outcome;
  readonly baseline: Outcome;
}

interface Target {
  readonly size: Size;
  readonly label: string;
  readonly value: (r: WorkerResult) => number;
  readonly limit: number;
  readonly format: (value: number) => string;
}

const TARGETS: readonly Target[] = [
  { size: 'seed', label: 'answer latency p95 < 5 ms', value: (r) => r.p95_ms, limit: 5, format: ms },
  { size: '50k', label: 'answer latency p95 < 50 ms', value: (r) => r.p95_ms, limit: 50, format: ms },
  { size: '50k', label: 'index build < 60 s', value: (r) => r.build_ms, limit: 60_000, format: ms },
  { size: '50k', label: 'RSS < 1 GiB', value: (r) => r.rss_mb, limit: 1024, format: mb },
  { size: '50k', label: 'add article + views < 100 ms', value: (r) => (r.add_ms ?? Infinity) + (r.views_ms ?? Infinity), limit: 100, format: ms },
];

/** Every line of the report; the last one is the JSON object. */
export function reportLines(reports: readonly SizeReport[], totalMs: number, history?: HistoryResult | { error: string }): string[] {
  const corpus = reports.length === 0 ? [] : [
    ...table(reports),
    '',
    'Targets (bot):',
    ...TARGETS.map((t) => targetLine(t, reports.find((r) => r.size === t.size))),
    '',
    'Question mix (bot answers per intent; "abstain" = no answer):',
    ...reports.map(outcomeLine),
    '',
    `Latency: ${QUESTIONS.length} questions, 1 warm-up round (not in the percentiles), nearest-rank percentiles over the timed rounds.`,
    'Build: Article[] in memory → ready engine (Knowledge + Engine + prepare(); lexicon loading and corpus generation excluded).',
    'RSS: max of after-build and after-queries, after gc(); heap: V8 heap in use at the same points (retained memory; RSS also holds freed pages V8 keeps).',
    'Live add (bot): one more article at run time — add = Knowledge.add; views = engine.prepare() after it (views extended); +answer = both plus one meetings question (which alone takes "answer"); medians of 9.',
  ];
  return [
    ...corpus,
    ...(history ? historyLines(history) : []),
    `Total time: ${(totalMs / 1000).toFixed(1)} s`,
    JSON.stringify({ ...jsonSummary(reports), ...(history && { history: 'error' in history ? history : roundAll(history) }) }),
  ];
}

/** The question history's section: recording cost and answers during a prune, with their targets. */
export function historyLines(h: HistoryResult | { error: string }): string[] {
  if ('error' in h) return ['Question history: error: ' + h.error, ''];
  const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  return [
    'Question history (SqliteStore in a temporary DATA_DIR, seed corpus):',
    `  record a question + a vote, per answer (${h.record_samples} answers): p50 ${ms(h.record_p50_ms)}, p95 ${ms(h.record_p95_ms)}, max ${ms(h.record_max_ms)}`,
    `  prune ${h.prune_rows.toLocaleString('en')} old delivery rows: ${ms(h.prune_ms)} in batches of ${h.prune_batch}; longest batch ${ms(h.batch_max_ms)} (p99 ${ms(h.batch_p99_ms)})`,
    `  a question every 10 ms meanwhile (${h.asked_during_prune}): wait p99 ${ms(h.wait_p99_ms)}, max ${ms(h.wait_max_ms)}; without the prune: p99 ${ms(h.idle_wait_p99_ms)}, max ${ms(h.idle_wait_max_ms)}`,
    'Targets (history):',
    `  record p95 < 1 ms                       ${ms(h.record_p95_ms).padStart(10)}  ${pass(h.record_p95_ms < 1)}`,
    `  answer wait behind the prune < 50 ms    ${ms(h.batch_max_ms).padStart(10)}  ${pass(h.batch_max_ms < 50)}  (the longest batch: the most the prune holds the thread)`,
    `  answer wait during the prune, max       ${ms(h.wait_max_ms).padStart(10)}  ${pass(h.wait_max_ms < 50)}  (host jitter included: see "without the prune")`,
    '',
  ];
}

function roundAll(h: HistoryResult): Record<string, number> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k, round(v, 3)]));
}

function table(reports: readonly SizeReport[]): string[] {
  const header = ['size', 'subject', 'articles', 'passages', 'build', 'warm-up', 'p50', 'p95', 'p99', 'RSS', 'heap', 'add', 'views', '+answer', 'answer', 'dev pass'];
  const rows = reports.flatMap((r) => [row(r.size, 'bot', r.bot), row(r.size, 'baseline', r.baseline)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((cells) => (cells[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

function row(size: Size, subject: string, outcome: Outcome): string[] {
  if ('error' in outcome) return [size, subject, `error: ${outcome.error}`];
  const dev = outcome.dev_pass_rate === undefined ? '' : `${(outcome.dev_pass_rate * 100).toFixed(1)}%`;
  return [
    size,
    subject,
    String(outcome.articles),
    String(outcome.passages),
    ms(outcome.build_ms),
    ms(outcome.warmup_ms),
    ms(outcome.p50_ms),
    ms(outcome.p95_ms),
    ms(outcome.p99_ms),
    mb(outcome.rss_mb),
    mb(outcome.heap_mb),
    ...[outcome.add_ms, outcome.views_ms, outcome.add_answer_ms, outcome.answer_ms].map((v) => (v === undefined ? '' : ms(v))),
    dev,
  ];
}

function targetLine(target: Target, report: SizeReport | undefined): string {
  const name = `  ${target.size.padEnd(5)} ${target.label.padEnd(28)}`;
  if (!report) return `${name} not run`;
  if ('error' in report.bot) return `${name} FAIL (worker error)`;
  const value = target.value(report.bot);
  return `${name} ${target.format(value).padStart(10)}  ${value < target.limit ? 'PASS' : 'FAIL'}`;
}

// On the seed corpus each question must do what it was written for; on
// synthetic corpora the spread shows which paths the timings went through.
function outcomeLine(report: SizeReport): string {
  if ('error' in report.bot || !report.bot.outcomes) return `  ${report.size.padEnd(5)} (no data)`;
  const outcomes = report.bot.outcomes;
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(o, (counts.get(o) ?? 0) + 1);
  const spread = [...counts].map(([o, n]) => `${o} ${n}`).join(', ');
  if (report.size !== 'seed') return `  ${report.size.padEnd(5)} ${spread}`;
  const drift = QUESTIONS.flatMap((q, i) => (outcomes[i] === q.expect ? [] : [`"${q.text}" → ${outcomes[i]} (meant: ${q.expect})`]));
  const check = drift.length ? `WARNING, ${drift.length} not as intended: ${drift.join('; ')}` : `all ${QUESTIONS.length} as intended`;
  return `  ${report.size.padEnd(5)} ${spread} — ${check}`;
}

type FiguresJson = Figures & { add_views_ms?: number; add_answer_ms?: number; dev_pass_rate?: number };

function jsonSummary(reports: readonly SizeReport[]): Record<string, unknown> {
  const summary: Record<string, unknown> = {};
  for (const r of reports) {
    summary[r.size] = 'error' in r.bot ? { error: r.bot.error } : { ...figures(r.bot), baseline: 'error' in r.baseline ? { error: r.baseline.error } : figures(r.baseline) };
  }
  return summary;
}

function figures(r: WorkerResult): FiguresJson {
  return {
    build_ms: round(r.build_ms, 1),
    p50_ms: round(r.p50_ms, 3),
    p95_ms: round(r.p95_ms, 3),
    p99_ms: round(r.p99_ms, 3),
    rss_mb: round(r.rss_mb, 1),
    ...(r.add_ms !== undefined && r.views_ms !== undefined && { add_views_ms: round(r.add_ms + r.views_ms, 2) }),
    ...(r.add_answer_ms !== undefined && { add_answer_ms: round(r.add_answer_ms, 2) }),
    ...(r.dev_pass_rate !== undefined && { dev_pass_rate: round(r.dev_pass_rate, 4) }),
  };
}

function ms(value: number): string {
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}

function mb(value: number): string {
  return `${value.toFixed(0)} MB`;
}
