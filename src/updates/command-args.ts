/**
 * The arguments of the subscription commands, read once at the edge: capped,
 * cleaned of control characters and markup, and split into a topic and an
 * optional mode word at the end ("nickel daily", "nikel harian").
 */
import type { SubscriptionMode } from '../store/index.ts';
import { cleanTopicText, MAX_TOPIC_CHARS } from './topic.ts';

/** The mode words in both languages; the last word of the arguments when it is one of them. */
export const MODE_WORDS: Readonly<Record<string, SubscriptionMode>> = {
  instant: 'instant',
  langsung: 'instant',
  daily: 'daily',
  harian: 'daily',
};

// A Map, not the object: "constructor" or "__proto__" typed as a topic must not find Object.prototype.
const MODES = new Map(Object.entries(MODE_WORDS));

/** Arguments longer than this are refused unread; a topic is at most MAX_TOPIC_CHARS anyway. */
export const MAX_ARGS_CHARS = MAX_TOPIC_CHARS * 10;

export type CommandArgs =
  | { readonly tooLong: true }
  | {
      readonly tooLong: false;
      /** Cleaned text without the mode word. */
      readonly topic: string;
      readonly mode: SubscriptionMode | undefined;
    };

export function readCommandArgs(raw: string): CommandArgs {
  if (raw.length > MAX_ARGS_CHARS) return { tooLong: true };
  const text = cleanTopicText(raw);
  const words = text.split(' ');
  const mode = MODES.get(words.at(-1)!.toLowerCase().replace(/[^\p{L}]/gu, ''));
  if (!mode) return { tooLong: false, topic: text, mode: undefined };
  return { tooLong: false, topic: words.slice(0, -1).join(' '), mode };
}
