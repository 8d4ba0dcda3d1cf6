/**
 * Plain text as captured from a news page (the seeds): one block per line,
 * with section labels and credits before the headline, a masthead after it,
 * and furniture around the story. Returns what the text says; facts it does
 * not print (the URL, often the outlet) come from the caller as hints.
 */
import { cleanBlock, isHeadlineLike, isProse, wordCount } from './blocks.ts';
import { findPrintedDate } from './dates.ts';
import type { ArticleDraft } from './draft.ts';
import { stripFurniture } from './furniture.ts';
import { readMasthead } from './masthead.ts';

export function extractText(raw: string): ArticleDraft {
  const blocks = raw.split(/\r\n?|\n/).map(cleanBlock).filter(Boolean);
  const titleAt = blocks.findIndex(isHeadline);
  if (titleAt === -1) return { paragraphs: stripFurniture(blocks, undefined) };
  const title = blocks[titleAt]!;
  // Before the headline: section labels and photo credits, or the story itself
  // when the page printed its body above the headline.
  const before = blocks.slice(0, titleAt).filter(isProse);
  const { author, date, rest } = readMasthead(blocks.slice(titleAt + 1));
  return { author, title, paragraphs: stripFurniture([...before, ...rest], title), dates: date ? [{ source: 'text', ...date }] : [] };
}

// A date or byline line is not a headline, even when it has the headline's length.
function isHeadline(block: string): boolean {
  if (!isHeadlineLike(block)) return false;
  const printed = findPrintedDate(block);
  return !printed || !(printed.time || block.includes('|') || wordCount(block) <= 6);
}
