/**
 * Renders an Answer as Telegram HTML, formatting the core's walk
 * (src/answer/walk.ts): bold headline, the short answer in bold, bold
 * titles, quotes in blockquotes, numbered sources linking the title when the
 * article's URL is known, each with the quotes the body does not show.
 * Sources beyond `maxCitations` are returned as `overflow` for the "More
 * sources" button instead of being printed.
 *
 * Hazard: every string from the Answer is corpus or user text; each goes
 * through html.ts. Paragraphs are joined by a blank line, which split-html.ts
 * prefers as a cut point, so keep block-level pieces separated that way.
 */
import type { Answer } from '../../src/answer/answer.ts';
import { type Block, type Source, walkAnswer } from '../../src/answer/walk.ts';
import { assertNever } from '../../src/errors.ts';
import { blockquote, bold, escapeHtml, link } from './html.ts';

export interface RenderedAnswer {
  readonly html: string;
  /** Sources left out of `html`, in order. */
  readonly overflow: readonly Source[];
}

export function renderAnswerHtml(answer: Answer, maxCitations: number): RenderedAnswer {
  const { body, sourcesTitle, sources } = walkAnswer(answer);
  const shown = sources.slice(0, maxCitations);
  const blocks = body.map(renderBlock);
  if (shown.length > 0) blocks.push(renderSourcesHtml(shown, sourcesTitle));
  return { html: blocks.filter(Boolean).join('\n\n'), overflow: sources.slice(maxCitations) };
}

/** A titled list of sources: "[n] title — publisher — date" and the quotes not shown above. */
export function renderSourcesHtml(sources: readonly Source[], title: string): string {
  return [bold(`${title}:`), ...sources.map(renderSource)].join('\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'headline':
      return bold(block.text);
    case 'short':
      return withMarker(bold(`${block.label}: ${block.text}`), block.marker);
    case 'lines': {
      const title = block.title ? [bold(block.title)] : [];
      const lines = block.lines.map((line) => {
        const html = withMarker(escapeHtml(line.text), line.marker);
        return block.style === 'quote' ? blockquote(html) : block.style === 'bullet' ? `• ${html}` : html;
      });
      return [...title, ...lines].join('\n');
    }
    default:
      return assertNever(block);
  }
}

function renderSource(source: Source): string {
  const head = source.details ? `${link(source.url, source.title)} — ${escapeHtml(source.details)}` : link(source.url, source.title);
  return [`${source.marker} ${head}`, ...source.quotes.map((q) => blockquote(escapeHtml(q)))].join('\n');
}

// Markers are "[n]": digits and brackets, nothing to escape.
function withMarker(html: string, marker: string): string {
  return marker ? `${html} ${marker}` : html;
}
