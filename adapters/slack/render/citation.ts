/**
 * One numbered source as a context block: "[n] <url|title> — publisher —
 * date", then the article's quotes the answer's body does not show (the
 * core's walk decides which). Every part is cut before it is escaped and
 * assembled, so a cut can never fall inside an entity or a link; the parts'
 * budgets keep the whole under Slack's 3,000 characters even when every
 * character needs escaping (quotes that would not fit are left out).
 */
import type { types } from '@slack/bolt';
import type { Source } from '../../../src/answer/walk.ts';
import { BLOCK_KIT } from './limits.ts';
import { context } from './message.ts';
import { citationLink, escapeMrkdwn, oneLine, truncate } from './mrkdwn.ts';

const MAX_TITLE = 150;
const MAX_SOURCE = 100;
const MAX_QUOTE = 250;

export function citationBlock(source: Source): types.ContextBlock {
  let text = `*${source.marker}* ${titleOf(source)}${detailsOf(source)}`;
  for (const quote of source.quotes) {
    const line = `\n${escapeMrkdwn(truncate(oneLine(quote), MAX_QUOTE))}`;
    if (text.length + line.length > BLOCK_KIT.sectionText) break;
    text += line;
  }
  return context(text);
}

function titleOf(source: Source): string {
  const title = truncate(oneLine(source.title), MAX_TITLE);
  return citationLink(source.url, title) ?? escapeMrkdwn(title);
}

function detailsOf(source: Source): string {
  return source.details ? ` — ${escapeMrkdwn(truncate(oneLine(source.details), MAX_SOURCE))}` : '';
}
