/**
 * The reply to "More sources": the sources an answer had no room for,
 * each with the quotes the answer's body does not show, a page at a time (a page stays far inside the
 * 50-block limit), with another "More sources" button while any remain.
 */
import type { Answer, IntentName } from '../../../src/answer/answer.ts';
import { walkAnswer } from '../../../src/answer/walk.ts';
import { phrases } from '../phrases.ts';
import { moreSourcesButton } from './answer.ts';
import { citationBlock } from './citation.ts';
import { section, type Block, type SlackMessage } from './message.ts';
import { BLOCK_KIT } from './limits.ts';
import { escapeMrkdwn, escapeWithin } from './mrkdwn.ts';

export const SOURCES_PER_PAGE = 20;

/** Undefined when the answer no longer has citations from `from` on (the corpus changed). */
export function renderMoreSources(answer: Answer, question: string, from: number, intent?: IntentName): SlackMessage | undefined {
  const rest = walkAnswer(answer).sources.filter((s) => s.n >= from);
  if (rest.length === 0) return undefined;
  const page = rest.slice(0, SOURCES_PER_PAGE);
  const headline = phrases(answer.language).moreSourcesHeadline;
  const blocks: Block[] = [section(`*${escapeMrkdwn(headline)}*`), ...page.map(citationBlock)];
  const next = rest[SOURCES_PER_PAGE];
  const more = next ? moreSourcesButton(answer, question, next.n, intent) : undefined;
  if (more) blocks.push({ type: 'actions', block_id: 'coop_sources_actions', elements: [more] });
  const text = [headline, ...page.map((c) => `[${c.n}] ${c.title}${c.url ? ` ${c.url}` : ''}`)].join('\n');
  return { text: escapeWithin(text, BLOCK_KIT.fallbackText), blocks };
}
