/**
 * The App Home tab: what the bot can do and example questions, in both
 * languages (Slack does not tell a bot the user's language here), and the
 * place where a user's subscriptions will be listed. Home tabs allow 100
 * blocks; this view uses about fifteen.
 */
import type { types } from '@slack/bolt';
import { messages } from '../../../src/answer/messages.ts';
import type { Language } from '../../../src/corpus/article.ts';
import { phrases } from '../phrases.ts';
import { context, section, type Block } from './message.ts';
import { escapeMrkdwn } from './mrkdwn.ts';

const HOME_ORDER: readonly Language[] = ['en', 'id'];

export function renderHome(command: string): types.HomeView {
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Indonesia–China industrial cooperation · Kerja sama industri Indonesia–Tiongkok' } },
  ];
  for (const language of HOME_ORDER) blocks.push(...languageBlocks(language, command), { type: 'divider' });
  blocks.push(...subscriptionBlocks());
  return { type: 'home', blocks };
}

function languageBlocks(language: Language, command: string): Block[] {
  const m = messages(language);
  const p = phrases(language);
  const list = (title: string, items: readonly string[]) => section([`*${escapeMrkdwn(title)}*`, ...items.map((i) => `• ${escapeMrkdwn(i)}`)].join('\n'));
  return [
    section(`*${escapeMrkdwn(m.helpHeadline)}*`),
    context(escapeMrkdwn(p.homeWhere(command))),
    list(m.helpCan, m.helpTopics),
    list(m.examples, m.exampleQuestions),
    list(p.commandsTitle, p.commands(command)),
  ];
}

// SUBSCRIPTIONS: when subscriptions land, list the user's subscriptions here
// (one section per topic with an Unsubscribe button) instead of this notice.
// It takes the user id, so renderHome will need it too.
function subscriptionBlocks(): Block[] {
  const en = phrases('en');
  const id = phrases('id');
  return [
    section(`*${escapeMrkdwn(en.subscriptionsTitle)} · ${escapeMrkdwn(id.subscriptionsTitle)}*`),
    context(escapeMrkdwn(en.subscriptionsSoon), escapeMrkdwn(id.subscriptionsSoon)),
  ];
}
