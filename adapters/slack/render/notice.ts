/**
 * A short message of the bot's own (rate limit, too long, apology, stale
 * button) as a Slack message. These phrases hold no user text, but they
 * are escaped all the same: one rule for every string is easier to keep.
 */
import { section, type SlackMessage } from './message.ts';
import { escapeMrkdwn } from './mrkdwn.ts';

export function renderNotice(text: string): SlackMessage {
  const escaped = escapeMrkdwn(text);
  return { text: escaped, blocks: [section(escaped)] };
}
