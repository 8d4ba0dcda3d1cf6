/**
 * An ingest report as a short plain-text summary, for the CLI and the admin
 * chat command: counts, how the imported articles were dated, and every
 * source that did not become an article with its reason and, for a skipped
 * one, the command that imports it anyway.
 */
import { DATE_SOURCES, type DateSource, type Language } from '../corpus/article.ts';
import type { RelevanceGap } from './relevance.ts';
import { countDates, countOutcomes, type IngestOutcome, type IngestReport } from './report.ts';

/** Lists longer than this end with "… and N more", so a large feed still gives a short reply. */
export const MAX_LISTED = 10;

export interface RenderOptions {
  /** The command that imports a skipped source anyway, as the caller's platform spells it (`npm run ingest -- --force <source>`). */
  readonly forceCommand?: (source: string) => string;
  /** List every skipped and failed source (the CLI); otherwise lists stop at MAX_LISTED. */
  readonly complete?: boolean;
}

export function renderIngestReport(report: IngestReport, language: Language, options: RenderOptions = {}): string {
  const words = WORDS[language];
  const counts = countOutcomes(report);
  if (report.outcomes.length === 0) return words.nothing;
  const lines = [words.counts(counts.imported, counts.duplicate, counts.unrelated, counts.failed)];
  const dates = datesLine(report, words);
  if (dates) lines.push(dates);
  const of = <K extends IngestOutcome['kind']>(kind: K) => report.outcomes.filter((o): o is Extract<IngestOutcome, { kind: K }> => o.kind === kind);
  const imported = of('imported');
  const duplicates = of('duplicate');
  const unrelated = of('unrelated');
  const failed = of('failed');
  const limit = options.complete ? Number.POSITIVE_INFINITY : MAX_LISTED;
  if (imported.length) lines.push('', `${words.importedHeading}:`, ...listed(imported.map((o) => `${o.title} (${o.articleId}, ${words.dated(o.dateSource, o.publishedApprox === true)})`), words));
  // Named, so an operator can tell a wrong refusal from a right one.
  if (duplicates.length) lines.push('', `${words.duplicateHeading}:`, ...listed(duplicates.map((o) => `${o.source} = ${o.existingId} (${words.sameBy[o.reason]})`), words));
  if (unrelated.length) {
    lines.push('', `${words.unrelatedHeading}:`, ...listed(unrelated.map((o) => `${o.title} (${o.source}): ${why(o.missing, words)}`), words, limit));
    if (options.forceCommand) lines.push(words.forceHint(options.forceCommand(unrelated.length === 1 ? unrelated[0]!.source : words.placeholder)));
  }
  if (failed.length) lines.push('', `${words.failedHeading}:`, ...listed(failed.map((o) => `${o.source}: ${o.reason}${o.retry ? ` (${words.temporary})` : ''}`), words, limit));
  return lines.join('\n');
}

function datesLine(report: IngestReport, words: Words): string | undefined {
  const counts = countDates(report);
  const parts = DATE_SOURCES.filter((s) => counts[s]).map((s) => words.dateCount(s, counts[s]!.count, counts[s]!.approx));
  return parts.length ? `${words.datesHeading}: ${parts.join(', ')}.` : undefined;
}

function why(missing: readonly RelevanceGap[], words: Words): string {
  return missing.length ? missing.map((gap) => words.gap[gap]).join('; ') : words.skippedBefore;
}

function listed(items: readonly string[], words: Words, limit = MAX_LISTED): string[] {
  const shown = items.slice(0, limit).map((item) => `- ${item}`);
  if (items.length > limit) shown.push(words.more(items.length - limit));
  return shown;
}

interface Words {
  readonly nothing: string;
  readonly counts: (imported: number, duplicates: number, unrelated: number, failed: number) => string;
  readonly datesHeading: string;
  readonly dateCount: (source: DateSource, count: number, approx: number) => string;
  readonly dated: (source: DateSource, approx: boolean) => string;
  readonly importedHeading: string;
  readonly duplicateHeading: string;
  readonly sameBy: Readonly<Record<'url' | 'text', string>>;
  readonly unrelatedHeading: string;
  readonly gap: Readonly<Record<RelevanceGap, string>>;
  readonly skippedBefore: string;
  readonly forceHint: (command: string) => string;
  readonly placeholder: string;
  readonly failedHeading: string;
  readonly temporary: string;
  readonly more: (n: number) => string;
}

const SOURCE_NAMES: Record<Language, Record<DateSource, string>> = {
  en: { operator: 'given', meta: 'page metadata', url: 'address', text: 'text', feed: 'feed', http: 'server Last-Modified', import: 'time of import' },
  id: { operator: 'diberikan', meta: 'metadata halaman', url: 'alamat', text: 'teks', feed: 'feed', http: 'Last-Modified server', import: 'waktu impor' },
};

const WORDS: Record<Language, Words> = {
  en: {
    nothing: 'Nothing to import.',
    counts: (i, d, u, f) => `Imported ${i}, duplicates ${d}, unrelated ${u}, failed ${f}.`,
    datesHeading: 'Dates from',
    dateCount: (s, n, a) => `${SOURCE_NAMES.en[s]} ${n}${a ? ` (${a === n ? 'approximate' : `${a} approximate`})` : ''}`,
    dated: (s, a) => `date from ${SOURCE_NAMES.en[s]}${a ? ', approximate' : ''}`,
    importedHeading: 'Imported',
    duplicateHeading: 'Already in the corpus',
    sameBy: { url: 'same URL', text: 'same text' },
    unrelatedHeading: 'Skipped as not about Indonesia–China industrial cooperation',
    gap: {
      indonesia: 'no sign of Indonesia (no Indonesian place, body or company)',
      china: 'no sign of China (no Chinese place, body or company)',
      'indonesia-in-passing': 'Indonesia named only in passing (another country is the subject)',
      'china-in-passing': 'China named only in passing (another country is the subject)',
      economy: 'no industry, trade, investment or labour subject',
    },
    skippedBefore: 'skipped at an earlier poll, not fetched again',
    forceHint: (command) => `To import anyway: ${command}`,
    placeholder: '<source>',
    failedHeading: 'Failed',
    temporary: 'may pass later: try again',
    more: (n) => `… and ${n} more`,
  },
  id: {
    nothing: 'Tidak ada yang diimpor.',
    counts: (i, d, u, f) => `Diimpor ${i}, duplikat ${d}, tidak relevan ${u}, gagal ${f}.`,
    datesHeading: 'Tanggal dari',
    dateCount: (s, n, a) => `${SOURCE_NAMES.id[s]} ${n}${a ? ` (${a === n ? 'perkiraan' : `${a} perkiraan`})` : ''}`,
    dated: (s, a) => `tanggal dari ${SOURCE_NAMES.id[s]}${a ? ', perkiraan' : ''}`,
    importedHeading: 'Diimpor',
    duplicateHeading: 'Sudah ada di korpus',
    sameBy: { url: 'URL sama', text: 'teks sama' },
    unrelatedHeading: 'Dilewati karena tidak tentang kerja sama industri Indonesia–Tiongkok',
    gap: {
      indonesia: 'tidak ada tanda Indonesia (tempat, lembaga, atau perusahaan Indonesia)',
      china: 'tidak ada tanda Tiongkok (tempat, lembaga, atau perusahaan Tiongkok)',
      'indonesia-in-passing': 'Indonesia hanya disebut sambil lalu (pokok beritanya negara lain)',
      'china-in-passing': 'Tiongkok hanya disebut sambil lalu (pokok beritanya negara lain)',
      economy: 'tidak membahas industri, perdagangan, investasi, atau tenaga kerja',
    },
    skippedBefore: 'dilewati pada pengecekan sebelumnya, tidak diambil lagi',
    forceHint: (command) => `Untuk tetap mengimpor: ${command}`,
    placeholder: '<sumber>',
    failedHeading: 'Gagal',
    temporary: 'mungkin berhasil nanti: coba lagi',
    more: (n) => `… dan ${n} lainnya`,
  },
};
