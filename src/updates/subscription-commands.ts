/**
 * The subscription commands, platform-neutral: `subscribe [topic] [instant|daily]`,
 * `unsubscribe <topic|number|all>`, `subscriptions`. Adapters parse their own
 * command syntax down to a verb and the rest of the text, and post the reply.
 *
 * User text is hostile until cleaned: arguments over MAX_ARGS_CHARS are
 * refused unread, a topic over MAX_TOPIC_CHARS is refused without being
 * echoed, and only the cleaned topic (no control characters, no tags) is
 * stored or quoted back.
 */
import type { Language } from '../corpus/article.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { type ChatRef, MAX_SUBSCRIPTIONS_PER_CHAT, type Store, type Subscription, SubscriptionLimitError } from '../store/index.ts';
import { readCommandArgs } from './command-args.ts';
import { updateMessages, type UpdateMessages } from './messages.ts';
import { MAX_TOPIC_CHARS, parseTopic, type ParsedTopic } from './topic.ts';

export const SUBSCRIPTION_VERBS = ['subscribe', 'unsubscribe', 'subscriptions'] as const;
export type SubscriptionVerb = (typeof SUBSCRIPTION_VERBS)[number];

export interface SubscriptionCommand {
  readonly verb: SubscriptionVerb;
  /** Everything after the verb, untrimmed user text. */
  readonly args: string;
  /** Where the subscription lives: in Slack a channel, or the user's DM. */
  readonly chat: ChatRef;
  /** The reply's language. */
  readonly language: Language;
}

export interface SubscriptionDeps {
  readonly store: Store;
  readonly lexicon: Lexicon;
  readonly now: () => number;
  /** DIGEST_HOUR and TIMEZONE: when given, the reply to a daily subscription says when digests arrive. */
  readonly digestHour?: number;
  readonly timeZone?: string;
  /** How the platform spells a command before its verb ('/' in Telegram, '/coop ' in Slack), so hints can be typed as shown. */
  readonly commandPrefix?: string;
}

export interface SubscriptionReply {
  /** Plain text (no markup), one item per line; adapters escape it for their format. */
  readonly text: string;
  /** False when the command was refused (bad topic, limit reached, unknown subscription). */
  readonly ok: boolean;
}

export function handleSubscriptionCommand(command: SubscriptionCommand, deps: SubscriptionDeps): SubscriptionReply {
  const reply = runVerb(command, deps);
  const prefix = deps.commandPrefix ?? '';
  // The phrases quote commands bare (“subscribe nickel”); show them as this platform's users must type them.
  return prefix ? { ...reply, text: reply.text.replace(/“(subscribe|unsubscribe|subscriptions)\b/g, `“${prefix}$1`) } : reply;
}

function runVerb(command: SubscriptionCommand, deps: SubscriptionDeps): SubscriptionReply {
  const m = updateMessages(command.language);
  switch (command.verb) {
    case 'subscribe':
      return subscribe(command, deps, m);
    case 'unsubscribe':
      return unsubscribe(command, deps, m);
    case 'subscriptions':
      return list(command.chat, deps.store, m);
    default: {
      // A new verb does not compile until handled; at run time an adapter's stray verb gets the list, not a crash.
      const unknown: never = command.verb;
      void unknown;
      return list(command.chat, deps.store, m);
    }
  }
}

function subscribe(command: SubscriptionCommand, deps: SubscriptionDeps, m: UpdateMessages): SubscriptionReply {
  const args = readCommandArgs(command.args);
  if (args.tooLong) return refuse(m.topicTooLong(MAX_TOPIC_CHARS));
  const parsed = parseTopic(args.topic, deps.lexicon);
  if (!parsed.ok) return refuse(topicRefusal(parsed, m));
  const { topic } = parsed;
  const mode = args.mode ?? 'instant';
  const label = m.topicLabel(topic.text);
  const existing = deps.store.listSubscriptions(command.chat).find((s) => s.mode === mode && keyOf(s.topic, deps.lexicon) === topic.key);
  if (existing?.paused) {
    deps.store.setPaused(command.chat, existing.id, false);
    return reply(m.resumed(m.topicLabel(existing.topic), m.modes[mode]));
  }
  if (existing) return reply(m.alreadySubscribed(m.topicLabel(existing.topic), m.modes[mode]));
  try {
    deps.store.addSubscription({ chat: command.chat, topic: topic.text, mode, now: deps.now() });
  } catch (error) {
    if (error instanceof SubscriptionLimitError) return refuse(m.limitReached(MAX_SUBSCRIPTIONS_PER_CHAT));
    throw error;
  }
  return reply(mode === 'instant' ? m.subscribedInstant(label) : m.subscribedDaily(label, digestTime(deps)));
}

function unsubscribe(command: SubscriptionCommand, deps: SubscriptionDeps, m: UpdateMessages): SubscriptionReply {
  const { store, lexicon } = deps;
  const args = readCommandArgs(command.args);
  if (args.tooLong) return refuse(m.topicTooLong(MAX_TOPIC_CHARS));
  const subscriptions = store.listSubscriptions(command.chat);
  const whole = [args.topic, args.mode].filter(Boolean).join(' ').toLowerCase();
  if (whole === '') return refuse(m.unsubscribeWhich);
  if (whole === 'all' || whole === 'semua') {
    for (const s of subscriptions) store.removeSubscription(command.chat, s.id);
    return reply(m.unsubscribedAll(subscriptions.length));
  }
  const number = /^#?(\d{1,6})\.?$/.exec(whole)?.[1];
  if (number !== undefined) {
    const chosen = subscriptions[Number(number) - 1];
    if (!chosen) return refuse(m.noSuchNumber(number, subscriptions.length));
    store.removeSubscription(command.chat, chosen.id);
    return reply(m.unsubscribed([describe(chosen, m)]));
  }
  // "unsubscribe daily" alone means the daily "everything" subscription, like "subscribe daily".
  const parsed = parseTopic(args.topic, lexicon);
  if (!parsed.ok) return parsed.reason === 'too-long' ? refuse(m.topicTooLong(parsed.max)) : refuse(m.notSubscribed(m.topicLabel(parsed.text)));
  const chosen = subscriptions.filter((s) => (args.mode === undefined || s.mode === args.mode) && keyOf(s.topic, lexicon) === parsed.topic.key);
  if (chosen.length === 0) return refuse(m.notSubscribed(m.topicLabel(parsed.topic.text)));
  for (const s of chosen) store.removeSubscription(command.chat, s.id);
  return reply(m.unsubscribed(chosen.map((s) => describe(s, m))));
}

function list(chat: ChatRef, store: Store, m: UpdateMessages): SubscriptionReply {
  const subscriptions = store.listSubscriptions(chat);
  if (subscriptions.length === 0) return reply(m.none);
  const lines = subscriptions.map((s, i) => `${i + 1}. ${describe(s, m)}${s.paused ? ` (${m.paused})` : ''}`);
  const hints = [m.listHint, ...(subscriptions.some((s) => s.paused) ? [m.pausedHint] : [])];
  return reply([m.listHeader, ...lines, '', ...hints].join('\n'));
}

// "“nickel” — instant"
function describe(subscription: Subscription, m: UpdateMessages): string {
  return `${m.topicLabel(subscription.topic)} — ${m.modes[subscription.mode]}`;
}

// A stored topic that no longer parses keeps a key of its own, so it can still be removed by number.
function keyOf(stored: string, lexicon: Lexicon): string {
  const parsed = parseTopic(stored, lexicon);
  return parsed.ok ? parsed.topic.key : `\u0000${stored}`;
}

function topicRefusal(parsed: Exclude<ParsedTopic, { ok: true }>, m: UpdateMessages): string {
  return parsed.reason === 'too-long' ? m.topicTooLong(parsed.max) : m.topicEmpty(parsed.text);
}

function digestTime(deps: SubscriptionDeps): string | undefined {
  if (deps.digestHour === undefined) return undefined;
  const time = `${String(deps.digestHour).padStart(2, '0')}:00`;
  return deps.timeZone ? `${time} (${deps.timeZone})` : time;
}

function reply(text: string): SubscriptionReply {
  return { text, ok: true };
}

function refuse(text: string): SubscriptionReply {
  return { text, ok: false };
}
