/**
 * A message of the bot's own as a Slack message: a refusal, an apology, a
 * stale button, or a longer plain-text reply from the core (a subscription
 * list, an ingest report). Every line is escaped — these texts can quote a
 * user's topic or a page title — and packed into as many section blocks as
 * it takes (3,000 characters each), within the message's 50 blocks.
 */
import { chunkLines } from './chunk.ts';
import { BLOCK_KIT } from './limits.ts';
import { section, type SlackMessage } from './message.ts';
import { escapeMrkdwn, escapeWithin } from './mrkdwn.ts';

// Said instead of nothing: Slack refuses a message without text or blocks.
const EMPTY = '…';

export function renderNotice(text: string): SlackMessage {
  const lines = text.split('\n').map((line) => escapeMrkdwn(line.trimEnd()));
  const chunks = chunkLines(lines, BLOCK_KIT.sectionText).slice(0, BLOCK_KIT.messageBlocks);
  return { text: escapeWithin(text, BLOCK_KIT.fallbackText) || EMPTY, blocks: (chunks.length > 0 ? chunks : [EMPTY]).map(section) };
}
