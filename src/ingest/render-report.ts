/** An ingest report as a short plain-text summary, for the CLI and the admin chat command. */
import type { Language } from '../corpus/article.ts';
import { countOutcomes, type IngestReport } from './report.ts';

/** Lists longer than this end with "… and N more", so a large feed still gives a short reply. */
export const MAX_LISTED = 10;

export function renderIngestReport(report: IngestReport, language: Language): string {
  const words = WORDS[language];
  const counts = countOutcomes(report);
  if (report.outcomes.length === 0) return words.nothing;
  const lines = [words.counts(counts.imported, counts.duplicate, counts.unrelated, counts.failed)];
  const imported = report.outcomes.filter((o) => o.kind === 'imported');
  const duplicates = report.outcomes.filter((o) => o.kind === 'duplicate');
  const unrelated = report.outcomes.filter((o) => o.kind === 'unrelated');
  const failed = report.outcomes.filter((o) => o.kind === 'failed');
  if (imported.length) lines.push('', `${words.importedHeading}:`, ...listed(imported.map((o) => `${o.title} (${o.articleId})`), words));
  // Named, so an operator can tell a wrong refusal from a right one.
  if (duplicates.length) lines.push('', `${words.duplicateHeading}:`, ...listed(duplicates.map((o) => `${o.source} = ${o.existingId} (${words.sameBy[o.reason]})`), words));
  if (unrelated.length) lines.push('', `${words.unrelatedHeading}:`, ...listed(unrelated.map((o) => o.title), words));
  if (failed.length) lines.push('', `${words.failedHeading}:`, ...listed(failed.map((o) => `${o.source}: ${o.reason}`), words));
  return lines.join('\n');
}

function listed(items: readonly string[], words: Words): string[] {
  const shown = items.slice(0, MAX_LISTED).map((item) => `- ${item}`);
  if (items.length > MAX_LISTED) shown.push(words.more(items.length - MAX_LISTED));
  return shown;
}

interface Words {
  readonly nothing: string;
  readonly counts: (imported: number, duplicates: number, unrelated: number, failed: number) => string;
  readonly importedHeading: string;
  readonly duplicateHeading: string;
  readonly sameBy: Readonly<Record<'url' | 'text', string>>;
  readonly unrelatedHeading: string;
  readonly failedHeading: string;
  readonly more: (n: number) => string;
}

const WORDS: Record<Language, Words> = {
  en: {
    nothing: 'Nothing to import.',
    counts: (i, d, u, f) => `Imported ${i}, duplicates ${d}, unrelated ${u}, failed ${f}.`,
    importedHeading: 'Imported',
    duplicateHeading: 'Already in the corpus',
    sameBy: { url: 'same URL', text: 'same text' },
    unrelatedHeading: 'Skipped as not about Indonesia–China industrial cooperation',
    failedHeading: 'Failed',
    more: (n) => `… and ${n} more`,
  },
  id: {
    nothing: 'Tidak ada yang diimpor.',
    counts: (i, d, u, f) => `Diimpor ${i}, duplikat ${d}, tidak relevan ${u}, gagal ${f}.`,
    importedHeading: 'Diimpor',
    duplicateHeading: 'Sudah ada di korpus',
    sameBy: { url: 'URL sama', text: 'teks sama' },
    unrelatedHeading: 'Dilewati karena tidak tentang kerja sama industri Indonesia–Tiongkok',
    failedHeading: 'Gagal',
    more: (n) => `… dan ${n} lainnya`,
  },
};

