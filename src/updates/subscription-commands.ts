/**
 * The subscription commands, platform-neutral: `subscribe [topic] [instant|daily]`,
 * `unsubscribe <topic|number|all>`, `subscriptions`. Adapters parse their own
 * command syntax down to a verb and the rest of the text, and post the reply.
 */
import type { Language } from '../corpus/article.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { ChatRef, Store } from '../store/index.ts';

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
}

export interface SubscriptionReply {
  /** Plain text (no markup), one item per line; adapters escape it for their format. */
  readonly text: string;
  /** False when the command was refused (bad topic, limit reached, unknown subscription). */
  readonly ok: boolean;
}

export function handleSubscriptionCommand(command: SubscriptionCommand, deps: SubscriptionDeps): SubscriptionReply {
  void command;
  void deps;
  throw new Error('handleSubscriptionCommand: not implemented yet');
}
