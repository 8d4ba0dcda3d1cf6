/**
 * Renders an Answer as Telegram HTML: bold headline and titles, quotes in
 * blockquotes, numbered citations linking the title when the article's URL
 * is known. Citations beyond `maxCitations` are returned as `overflow` for
 * the "More sources" button instead of being printed.
 *
 * Hazard: every string from the Answer is corpus or user text; each goes
 * through html.ts. Paragraphs are joined by a blank line, which split-html.ts
 * prefers as a cut point, so keep block-level pieces separated that way.
 */
import type { Answer, Citation, Line, Section } from '../../src/answer/answer.ts';
import { messages } from '../../src/answer/messages.ts';
import { citationSource, quoted } from '../../src/answer/render-text.ts';
import type { Language } from '../../src/corpus/article.ts';
import { assertNever } from '../../src/errors.ts';
import { blockquote, bold, escapeHtml, link } from './html.ts';

export interface RenderedAnswer {
  readonly html: string;
  /** Citations left out of `html`, in order. */
  readonly overflow: readonly Citation[];
}

export function renderAnswerHtml(answer: Answer, maxCitations: number): RenderedAnswer {
  const shown = answer.citations.slice(0, maxCitations);
  const blocks = [bold(answer.headline), ...answer.sections.map((section) => renderSection(section, answer))];
  if (shown.length > 0) blocks.push(renderCitationsHtml(shown, answer.language, messages(answer.language).sources));
  return { html: blocks.filter(Boolean).join('\n\n'), overflow: answer.citations.slice(maxCitations) };
}

/** A titled list of citations: "[n] title — publisher — date" and the quoted sentence. */
export function renderCitationsHtml(citations: readonly Citation[], language: Language, title: string): string {
  return [bold(`${title}:`), ...citations.map((citation) => renderCitation(citation, language))].join('\n');
}

function renderSection(section: Section, answer: Answer): string {
  const title = section.title ? `${bold(section.title)}\n` : '';
  switch (section.kind) {
    case 'paragraph':
      return `${title}${renderLine(section.line)}`;
    case 'bullets':
      return `${title}${section.items.map((item) => `• ${renderLine(item)}`).join('\n')}`;
    case 'quotes':
      return `${title}${section.cites.map((n) => blockquote(`${escapeHtml(quoted(quoteOf(answer, n)))} [${n}]`)).join('\n')}`;
    default:
      return assertNever(section);
  }
}

function renderLine(line: Line): string {
  const markers = line.cites.map((n) => `[${n}]`).join('');
  return escapeHtml(markers ? `${line.text} ${markers}` : line.text);
}

function renderCitation(citation: Citation, language: Language): string {
  // citationSource without the title is "publisher — date"; the title becomes the link.
  const rest = citationSource({ ...citation, title: '' }, { language });
  const source = rest ? `${link(citation.url, citation.title)} — ${escapeHtml(rest)}` : link(citation.url, citation.title);
  return `[${citation.n}] ${source}\n${blockquote(escapeHtml(quoted(citation.quote)))}`;
}

function quoteOf(answer: Answer, n: number): string {
  return answer.citations.find((c) => c.n === n)?.quote ?? '';
}
