/**
 * What one ingest run did, source by source: the CLI prints it as a summary,
 * the admin chat command replies with it, the feed poller logs it, and the
 * metrics count its outcomes.
 */
export type IngestOutcome =
  /** Written to DATA_DIR/articles and registered (with its deliveries enqueued). */
  | { readonly kind: 'imported'; readonly source: string; readonly articleId: string; readonly title: string; readonly storyKey: string }
  /** Already in the corpus: same canonical URL or same text. */
  | { readonly kind: 'duplicate'; readonly source: string; readonly existingId: string; readonly reason: 'url' | 'text' }
  /** Not about Indonesia–China industrial cooperation (the relevance check). */
  | { readonly kind: 'unrelated'; readonly source: string; readonly title: string }
  /** Could not be read, fetched, parsed or validated; `reason` is for people. */
  | { readonly kind: 'failed'; readonly source: string; readonly reason: string };

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
