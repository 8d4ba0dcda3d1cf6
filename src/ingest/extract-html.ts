/**
 * An HTML news page: metadata from the head (metadata.ts), the story's text
 * from @mozilla/readability over a linkedom DOM, then the same masthead and
 * furniture rules as for plain text, since readability keeps "Baca juga"
 * lines, share rows, bylines and captions that sit inside the article body.
 */
import { Readability } from '@mozilla/readability';
import { cleanBlock } from './blocks.ts';
import { type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE, parseDocument } from './dom.ts';
import type { DateClue } from './choose-date.ts';
import { applyFallbacks, type ArticleDraft } from './draft.ts';
import { stripFurniture } from './furniture.ts';
import { checkHtmlLimits } from './html-limits.ts';
import { readMasthead } from './masthead.ts';
import { pageMetadata } from './metadata.ts';

/** Throws SourceError for a page beyond HTML_LIMITS (html-limits.ts). */
export function extractHtml(html: string, pageUrl?: string): ArticleDraft {
  checkHtmlLimits(html);
  const document = parseDocument(html);
  // Readability rewrites the document, so the head is read first.
  const { date: metaDate, ...metadata } = pageMetadata(document, pageUrl);
  const readable = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
  const blocks = readable?.content ? blocksOf(readable.content) : [];
  const title = metadata.title ?? (readable?.title ? cleanBlock(readable.title) : undefined);
  // The headline, byline and date lines leading the body are its masthead.
  const masthead = readMasthead(blocks);
  const dates: DateClue[] = [];
  if (metaDate) dates.push({ source: 'meta', ...metaDate });
  if (masthead.date) dates.push({ source: 'text', ...masthead.date });
  const draft: ArticleDraft = { ...metadata, title, paragraphs: stripFurniture(masthead.rest, title), dates };
  return applyFallbacks(draft, { author: masthead.author ?? bylineOf(readable?.byline), publisher: readable?.siteName ?? undefined });
}

// Elements whose text is never the story: captions, embedded widgets, forms.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'figure', 'figcaption', 'button', 'form', 'iframe', 'svg', 'nav', 'aside', 'footer', 'select', 'textarea']);
// Elements that start a new block of text.
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'dd', 'dt', 'dl', 'hr',
]);

/** The text of an element as blocks: one per paragraph-level element, and per <br>-separated line. */
export function blocksOf(root: DomNode): string[] {
  const blocks: string[] = [];
  let pending = '';
  const flush = () => {
    for (const line of pending.split('\n')) {
      const block = cleanBlock(line);
      if (block) blocks.push(block);
    }
    pending = '';
  };
  const walk = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) pending += child.textContent ?? '';
      else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as DomElement).tagName.toLowerCase();
        if (SKIPPED.has(tag)) continue;
        if (tag === 'br') pending += '\n';
        else if (BLOCKS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}

// Readability's byline is often "Oleh Nama" or "By Name | Editor"; a long or dated one is not a name.
function bylineOf(byline: string | null | undefined): string | undefined {
  const name = byline ? cleanBlock(byline).replace(/^(?:oleh|by|penulis|reporter)\s*:?\s*/i, '').split(/\s*[|,•]\s*/)[0] : undefined;
  return name && name.split(' ').length <= 5 && /^\p{L}[\p{L} .'-]+$/u.test(name) ? name : undefined;
}
