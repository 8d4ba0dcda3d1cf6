/**
 * What one ingest run did, source by source: the CLI prints it as a summary,
 * the admin chat command replies with it, the feed poller logs it, and the
 * metrics count its outcomes. Every source that does not become an article
 * says why, in words an operator can act on.
 */
import type { DateSource } from '../corpus/article.ts';
import type { RelevanceGap } from './relevance.ts';

export type IngestOutcome =
  /** Written to DATA_DIR/articles and registered (with its deliveries enqueued); dated by `dateSource`. */
  | {
      readonly kind: 'imported';
      readonly source: string;
      readonly articleId: string;
      readonly title: string;
      readonly storyKey: string;
      readonly published: string;
      readonly dateSource: DateSource;
      readonly publishedApprox?: true;
    }
  /** Already in the corpus: same canonical URL or same text. */
  | { readonly kind: 'duplicate'; readonly source: string; readonly existingId: string; readonly reason: 'url' | 'text' }
  /**
   * Not about Indonesia–China industrial cooperation (the relevance check):
   * `missing` names what the page lacked; empty when a feed item was skipped
   * on an earlier poll and is not fetched again. `--force` imports it anyway.
   */
  | { readonly kind: 'unrelated'; readonly source: string; readonly title: string; readonly missing: readonly RelevanceGap[] }
  /**
   * Could not be read, fetched, parsed or validated; `reason` is for people.
   * `retry` when it may pass later (network, timeout, HTTP 5xx/429/408): the
   * feed poller fetches such items again at its next poll.
   */
  | { readonly kind: 'failed'; readonly source: string; readonly reason: string; readonly retry?: true };

export type IngestOutcomeKind = IngestOutcome['kind'];

export interface IngestReport {
  readonly outcomes: readonly IngestOutcome[];
}

/** Called as each article (a feed counts its items) is settled; the CLI drives its progress bar with it. */
export type IngestProgress = (event: { readonly done: number; readonly total: number; readonly outcome: IngestOutcome }) => void;

export function countOutcomes(report: IngestReport): Record<IngestOutcomeKind, number> {
  const counts: Record<IngestOutcomeKind, number> = { imported: 0, duplicate: 0, unrelated: 0, failed: 0 };
  for (const outcome of report.outcomes) counts[outcome.kind]++;
  return counts;
}

export interface DateCount {
  readonly count: number;
  readonly approx: number;
}

/** How the imported articles were dated, rule by rule (choose-date.ts); rules that dated none are left out. */
export function countDates(report: IngestReport): Partial<Record<DateSource, DateCount>> {
  const counts: Partial<Record<DateSource, DateCount>> = {};
  for (const outcome of report.outcomes) {
    if (outcome.kind !== 'imported') continue;
    const before = counts[outcome.dateSource] ?? { count: 0, approx: 0 };
    counts[outcome.dateSource] = { count: before.count + 1, approx: before.approx + (outcome.publishedApprox ? 1 : 0) };
  }
  return counts;
}
