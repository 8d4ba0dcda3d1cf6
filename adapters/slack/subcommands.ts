/**
 * The subcommands that do something rather than ask something: the
 * subscription verbs (`subscribe`, `unsubscribe`, `subscriptions`) and the
 * admin's `ingest`, each with an English and an Indonesian name, like the
 * question subcommands in command-text.ts. The word typed sets the reply's
 * language: a topic ("nickel", "smelter") is too short to detect one from.
 * The slash command, DMs and mentions all read their first word here, so the
 * three surfaces accept the same words.
 */
import type { Language } from '../../src/corpus/article.ts';
import type { SubscriptionVerb } from '../../src/updates/subscription-commands.ts';

export type Action =
  | { readonly kind: 'subscription'; readonly verb: SubscriptionVerb; readonly args: string; readonly language: Language }
  | { readonly kind: 'ingest'; readonly args: string; readonly language: Language };

type Kind = { readonly kind: 'subscription'; readonly verb: SubscriptionVerb } | { readonly kind: 'ingest' };

const NAMES: readonly { readonly action: Kind; readonly names: Readonly<Record<Language, readonly string[]>> }[] = [
  { action: { kind: 'subscription', verb: 'subscribe' }, names: { en: ['subscribe'], id: ['langganan', 'berlangganan'] } },
  { action: { kind: 'subscription', verb: 'unsubscribe' }, names: { en: ['unsubscribe'], id: ['berhenti', 'henti-langganan'] } },
  { action: { kind: 'subscription', verb: 'subscriptions' }, names: { en: ['subscriptions'], id: ['daftar-langganan'] } },
  { action: { kind: 'ingest' }, names: { en: ['ingest'], id: ['impor'] } },
];

/**
 * The action `text` names by its first word, with the rest of the text as
 * its arguments (as typed: the ingest URL needs Slack's `<…>` wrapping);
 * undefined when the text is a question.
 */
export function actionFromText(text: string): Action | undefined {
  const match = /^\s*(\S+)\s*([\s\S]*)$/.exec(text);
  if (!match) return undefined;
  const word = match[1]!.toLowerCase();
  const args = match[2]!.trim();
  for (const { action, names } of NAMES) {
    const language: Language | undefined = names.id.includes(word) ? 'id' : names.en.includes(word) ? 'en' : undefined;
    if (language === undefined) continue;
    return action.kind === 'ingest' ? { kind: 'ingest', args, language } : { kind: 'subscription', verb: action.verb, args, language };
  }
  return undefined;
}
