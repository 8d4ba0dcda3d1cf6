/**
 * The one walk over an Answer that every renderer formats: the headline, the
 * short answer, each section as lines with their citation markers, and the
 * sources, each article with only the quotes the body does not already show.
 * Everything here is plain text; escaping and markup belong to the adapters
 * (render-text.ts, adapters/telegram/render-html.ts, adapters/slack/render).
 *
 * Each quote appears once in a rendered answer: a quote is shown in the body
 * when a quotes section holds it, or when a line citing its article holds its
 * text (a timeline event is its sentence); the sources list the rest.
 */
import type { Answer, Citation, Line, Section } from './answer.ts';
import { formatDate, messages } from './messages.ts';
import { uncut } from './short-quote.ts';
import { assertNever } from '../errors.ts';

export interface WalkedAnswer {
  readonly body: readonly Block[];
  /** "Sources" / "Sumber" */
  readonly sourcesTitle: string;
  /** One per citation, in number order. */
  readonly sources: readonly Source[];
}

export type Block =
  | { readonly kind: 'headline'; readonly text: string }
  /** `label` is "Answer" / "Jawaban"; renderers mark label and text as the answer. */
  | { readonly kind: 'short'; readonly label: string; readonly text: string; readonly marker: string }
  | { readonly kind: 'lines'; readonly style: LineStyle; readonly title?: string; readonly lines: readonly WalkedLine[] };

/** `quote` lines hold text already in quotation marks. */
export type LineStyle = 'paragraph' | 'bullet' | 'quote';

export interface WalkedLine {
  readonly text: string;
  /** "[1][3]", or "" for a line that cites nothing. */
  readonly marker: string;
}

export interface Source {
  readonly n: number;
  /** "[n]" */
  readonly marker: string;
  readonly title: string;
  /** "Publisher — 28 September 2024", "about …" when the date is approximate; may be empty. */
  readonly details: string;
  readonly url?: string;
  /** The article's quotes the body does not show, in quotation marks. */
  readonly quotes: readonly string[];
}

export function walkAnswer(answer: Answer): WalkedAnswer {
  const m = messages(answer.language);
  const body: Block[] = [];
  // A short answer says more than the generic "According to the articles:", so it takes its place.
  const generic = answer.short !== undefined && answer.headline === m.generalHeadline;
  if (answer.headline.trim() && !generic) body.push({ kind: 'headline', text: answer.headline });
  if (answer.short) body.push({ kind: 'short', label: m.answer, text: answer.short.text, marker: markers(answer.short.cites) });
  body.push(...answer.sections.map(sectionBlock));
  const shown = shownQuotes(answer);
  return { body, sourcesTitle: m.sources, sources: answer.citations.map((c) => source(c, answer, shown.get(c.n) ?? [])) };
}

/** "Title — Publisher — date" (or "about date"), the citation's one-line description. */
export function citationSource(citation: Pick<Citation, 'title' | 'publisher' | 'published' | 'publishedApprox'>, answer: Pick<Answer, 'language'>): string {
  const date = formatDate(citation.published, answer.language);
  const when = citation.publishedApprox ? `${messages(answer.language).about} ${date}` : date;
  return [citation.title, citation.publisher, when].filter(Boolean).join(' — ');
}

/** "[1][3]" */
export function markers(cites: readonly number[]): string {
  return cites.map((n) => `[${n}]`).join('');
}

/** Sets a sentence in quotation marks, without doubling the marks it may already carry. */
export function quoted(sentence: string): string {
  return `“${sentence.replace(/^["“”']+|["“”']+$/g, '')}”`;
}

function sectionBlock(section: Section): Block {
  const title = section.title ? { title: section.title } : {};
  switch (section.kind) {
    case 'paragraph':
      return { kind: 'lines', style: 'paragraph', ...title, lines: [walkedLine(section.line)] };
    case 'bullets':
      return { kind: 'lines', style: 'bullet', ...title, lines: section.items.map(walkedLine) };
    case 'quotes':
      return { kind: 'lines', style: 'quote', ...title, lines: section.quotes.map((q) => ({ text: quoted(q.text), marker: `[${q.n}]` })) };
    default:
      return assertNever(section);
  }
}

function walkedLine(line: Line): WalkedLine {
  return { text: line.text, marker: markers(line.cites) };
}

// Per citation number, the texts of the body that show its article's quotes.
function shownQuotes(answer: Answer): Map<number, string[]> {
  const shown = new Map<number, string[]>();
  const add = (n: number, text: string) => shown.set(n, [...(shown.get(n) ?? []), text]);
  const addLine = (line: Line) => line.cites.forEach((n) => add(n, line.text));
  for (const section of answer.sections) {
    if (section.kind === 'quotes') section.quotes.forEach((q) => add(q.n, q.text));
    else if (section.kind === 'paragraph') addLine(section.line);
    else section.items.forEach(addLine);
  }
  return shown;
}

function source(citation: Citation, answer: Answer, shown: readonly string[]): Source {
  const quotes = citation.quotes.filter((q) => q.trim() && !shown.some((text) => text.includes(uncut(q))));
  return {
    n: citation.n,
    marker: `[${citation.n}]`,
    title: citation.title,
    details: citationSource({ ...citation, title: '' }, answer),
    ...(citation.url && { url: citation.url }),
    quotes: quotes.map(quoted),
  };
}
