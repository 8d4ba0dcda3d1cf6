/**
 * The App Home tab: what the bot can do and example questions, in both
 * languages (Slack does not tell a bot the user's language here), and the
 * user's own subscriptions (those made in a DM, delivered to their DM) with
 * topic, mode and paused state; a channel's subscriptions belong to the
 * channel and are listed there. Home tabs allow 100 blocks; this view uses
 * about twenty (at most 20 subscriptions fit in one or two sections).
 */
import type { types } from '@slack/bolt';
import { messages } from '../../../src/answer/messages.ts';
import type { Language } from '../../../src/corpus/article.ts';
import type { Subscription } from '../../../src/store/index.ts';
import { updateMessages } from '../../../src/updates/messages.ts';
import { phrases } from '../phrases.ts';
import { chunkLines } from './chunk.ts';
import { BLOCK_KIT } from './limits.ts';
import { context, section, type Block } from './message.ts';
import { escapeMrkdwn, oneLine, truncate } from './mrkdwn.ts';

const HOME_ORDER: readonly Language[] = ['en', 'id'];

// A topic is free text; past this it would crowd the list.
const MAX_TOPIC = 200;

/** `subscriptions`: the user's own, oldest first (numbered as the core numbers them); undefined when the bot keeps none. */
export function renderHome(command: string, subscriptions?: readonly Subscription[]): types.HomeView {
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Indonesia–China industrial cooperation · Kerja sama industri Indonesia–Tiongkok' } },
  ];
  for (const language of HOME_ORDER) blocks.push(...languageBlocks(language, command), { type: 'divider' });
  blocks.push(...subscriptionBlocks(command, subscriptions));
  return { type: 'home', blocks: blocks.slice(0, BLOCK_KIT.homeBlocks) };
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

function subscriptionBlocks(command: string, subscriptions: readonly Subscription[] | undefined): Block[] {
  const [en, id] = [phrases('en'), phrases('id')];
  const both = (pick: (p: typeof en | typeof id) => string) => context(escapeMrkdwn(pick(en)), escapeMrkdwn(pick(id)));
  const title = section(`*${escapeMrkdwn(en.subscriptionsTitle)} · ${escapeMrkdwn(id.subscriptionsTitle)}*`);
  if (subscriptions === undefined) return [title, both((p) => p.subscriptionsUnavailable)];
  const channels = both((p) => p.homeChannelSubscriptions(command));
  if (subscriptions.length === 0) return [title, both((p) => p.homeNoSubscriptions(command)), channels];
  const lines = subscriptions.map((s, i) => `${i + 1}. ${subscriptionLine(s)}`);
  return [title, both((p) => p.homeYourSubscriptions), ...chunkLines(lines, BLOCK_KIT.sectionText).map(section), channels];
}

// "1. *nickel* — instant · langsung — _paused · dijeda_": the Home tab speaks both languages.
function subscriptionLine(s: Subscription): string {
  const [en, id] = [updateMessages('en'), updateMessages('id')];
  const topic = s.topic.trim() ? `*${escapeMrkdwn(truncate(oneLine(s.topic), MAX_TOPIC))}*` : `_${en.everything} · ${id.everything}_`;
  const paused = s.paused ? ` — _${en.paused} · ${id.paused}_` : '';
  return `${topic} — ${en.modes[s.mode]} · ${id.modes[s.mode]}${paused}`;
}
