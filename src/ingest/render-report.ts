/** An ingest report as a short plain-text summary, for the CLI and the admin chat command. */
import type { Language } from '../corpus/article.ts';
import type { IngestReport } from './report.ts';

export function renderIngestReport(report: IngestReport, language: Language): string {
  void report;
  void language;
  throw new Error('renderIngestReport: not implemented yet');
}
