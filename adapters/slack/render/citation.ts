/**
 * One numbered citation as a context block: "[n] <url|title> — publisher —
 * date", then the quoted sentence unless the answer already quotes it.
 * Every part is cut before it is escaped and assembled, so a cut can never
 * fall inside an entity or a link; the parts' budgets keep the whole under
 * Slack's 3,000 characters even when every character needs escaping.
 */
import type { types } from '@slack/bolt';
import type { Answer, Citation } from '../../../src/answer/answer.ts';
import { citationSource, quoted } from '../../../src/answer/render-text.ts';
import { BLOCK_KIT } from './limits.ts';
import { context } from './message.ts';
import { citationLink, escapeMrkdwn, oneLine, truncate } from './mrkdwn.ts';

const MAX_TITLE = 150;
const MAX_SOURCE = 100;
const MAX_QUOTE = 250;

export function citationBlock(citation: Citation, answer: Pick<Answer, 'language'>, withQuote: boolean): types.ContextBlock {
  const head = `*[${citation.n}]* ${titleOf(citation)}${sourceOf(citation, answer)}`;
  const quote = withQuote && citation.quote.trim() ? `\n${escapeMrkdwn(quoted(truncate(oneLine(citation.quote), MAX_QUOTE)))}` : '';
  const text = head.length + quote.length <= BLOCK_KIT.sectionText ? head + quote : head;
  return context(text);
}

function titleOf(citation: Citation): string {
  const title = truncate(oneLine(citation.title), MAX_TITLE);
  return citationLink(citation.url, title) ?? escapeMrkdwn(title);
}

// citationSource joins title, publisher and date; the title is rendered
// separately (as a link), so it is left out here.
function sourceOf(citation: Citation, answer: Pick<Answer, 'language'>): string {
  const rest = citationSource({ ...citation, title: '' }, answer);
  return rest ? ` — ${escapeMrkdwn(truncate(oneLine(rest), MAX_SOURCE))}` : '';
}
