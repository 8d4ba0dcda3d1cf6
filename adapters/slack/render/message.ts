/**
 * The shape every renderer returns: Block Kit blocks plus the plain `text`
 * Slack shows in notifications and screen readers. Both are mrkdwn, so both
 * are escaped; every mrkdwn text object is `verbatim`, which stops Slack from
 * turning bare URLs, #channels and @mentions in it into live links.
 */
import type { types } from '@slack/bolt';

export type Block = types.KnownBlock;
export type MrkdwnText = types.MrkdwnElement;

export interface SlackMessage {
  readonly text: string;
  readonly blocks: Block[];
}

export function mrkdwn(text: string): MrkdwnText {
  return { type: 'mrkdwn', text, verbatim: true };
}

export function section(text: string): types.SectionBlock {
  return { type: 'section', text: mrkdwn(text) };
}

export function context(...texts: string[]): types.ContextBlock {
  return { type: 'context', elements: texts.map(mrkdwn) };
}

export function button(actionId: string, text: string, value: string): types.Button {
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text, emoji: true }, value };
}
