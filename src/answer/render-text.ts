/**
 * Renders an Answer as plain text: the terminal's format, and the `text`
 * field of the JSON contract. Citation markers are "[n]".
 */
import type { Answer, Citation, Line, Section } from './answer.ts';
import { formatDate, messages } from './messages.ts';
import { assertNever } from '../errors.ts';

export function renderText(answer: Answer): string {
  const blocks = [answer.headline, ...answer.sections.map((s) => renderSection(s, answer))];
  if (answer.citations.length > 0) {
    const title = `${messages(answer.language).sources}:`;
    blocks.push([title, ...answer.citations.map((c) => renderCitation(c, answer))].join('\n'));
  }
  return blocks.filter(Boolean).join('\n\n');
}

export function citationSource(citation: Citation, answer: Pick<Answer, 'language'>): string {
  const date = formatDate(citation.published, answer.language);
  const when = citation.publishedApprox ? `${messages(answer.language).about} ${date}` : date;
  return [citation.title, citation.publisher, when].filter(Boolean).join(' — ');
}

function renderSection(section: Section, answer: Answer): string {
  const title = section.title ? `${section.title}\n` : '';
  switch (section.kind) {
    case 'paragraph':
      return `${title}${renderLine(section.line)}`;
    case 'bullets':
      return `${title}${section.items.map((item) => `• ${renderLine(item)}`).join('\n')}`;
    case 'quotes':
      return `${title}${section.cites.map((n) => `${quoted(quoteOf(answer, n))} [${n}]`).join('\n')}`;
    default:
      return assertNever(section);
  }
}

function renderLine(line: Line): string {
  return line.cites.length ? `${line.text} ${line.cites.map((n) => `[${n}]`).join('')}` : line.text;
}

function renderCitation(citation: Citation, answer: Answer): string {
  const link = citation.url ? `\n    ${citation.url}` : '';
  return `[${citation.n}] ${citationSource(citation, answer)}${link}\n    ${quoted(citation.quote)}`;
}

function quoteOf(answer: Answer, n: number): string {
  return answer.citations.find((c) => c.n === n)?.quote ?? '';
}

/** Sets a sentence in quotation marks, without doubling the marks it may already carry. */
export function quoted(sentence: string): string {
  return `“${sentence.replace(/^["“”']+|["“”']+$/g, '')}”`;
}
