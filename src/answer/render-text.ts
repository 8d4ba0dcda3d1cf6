/**
 * Renders an Answer as plain text: the terminal's format, and the `text`
 * field of the JSON contract. Citation markers are "[n]"; the short answer
 * reads "Answer: US$1 billion [1]".
 */
import type { Answer } from './answer.ts';
import { assertNever } from '../errors.ts';
import { type Block, type Source, walkAnswer } from './walk.ts';

export function renderText(answer: Answer): string {
  const { body, sourcesTitle, sources } = walkAnswer(answer);
  const blocks = body.map(renderBlock);
  if (sources.length > 0) blocks.push([`${sourcesTitle}:`, ...sources.map(renderSource)].join('\n'));
  return blocks.filter(Boolean).join('\n\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'headline':
      return block.text;
    case 'short':
      return withMarker(`${block.label}: ${block.text}`, block.marker);
    case 'lines': {
      const bullet = block.style === 'bullet' ? '• ' : '';
      const lines = block.lines.map((line) => bullet + withMarker(line.text, line.marker));
      return [...(block.title ? [block.title] : []), ...lines].join('\n');
    }
    default:
      return assertNever(block);
  }
}

function renderSource(source: Source): string {
  const head = `${source.marker} ${[source.title, source.details].filter(Boolean).join(' — ')}`;
  return [head, ...(source.url ? [source.url] : []), ...source.quotes].join('\n    ');
}

function withMarker(text: string, marker: string): string {
  return marker ? `${text} ${marker}` : text;
}
