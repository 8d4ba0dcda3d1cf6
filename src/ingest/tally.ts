/**
 * Collects one run's outcomes and reports progress as each is settled. The
 * total grows while the run learns its size: a feed counts as one source until
 * it is read, then as its items.
 */
import type { IngestOutcome, IngestProgress, IngestReport } from './report.ts';

export class Tally {
  private readonly outcomes: IngestOutcome[] = [];

  constructor(
    private total: number,
    private readonly onProgress: IngestProgress | undefined,
  ) {}

  /** A source turned out to hold `count` articles instead of one. */
  expand(count: number): void {
    this.total += count - 1;
  }

  settle(outcome: IngestOutcome): void {
    this.outcomes.push(outcome);
    this.onProgress?.({ done: this.outcomes.length, total: Math.max(this.total, this.outcomes.length), outcome });
  }

  report(): IngestReport {
    return { outcomes: [...this.outcomes] };
  }
}
