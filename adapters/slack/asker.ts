/**
 * Every surface's question goes through here: the length check, the
 * per-user and per-channel limits, then the engine. A refusal comes back as a phrase in the
 * asker's language rather than an error, since it is an answer to the user.
 * The length check comes first so an over-long question does not use up
 * the user's allowance.
 */
import type { Answer, IntentName } from '../../src/answer/answer.ts';
import { messages } from '../../src/answer/messages.ts';
import type { Config } from '../../src/config.ts';
import type { Language } from '../../src/corpus/article.ts';
import type { Engine, Message, Origin } from '../../src/engine.ts';
import type { QuestionLimiter } from '../shared/rate-limit.ts';

export interface Question {
  /** The question; with `intent` (a subcommand's), its topic. */
  readonly text: string;
  readonly intent?: IntentName;
  /** Rate-limit key: `slack:<team>:<user>`. */
  readonly userKey: string;
  /** Rate-limit key of the channel, when the question is asked in one: `slack:<team>:<channel>`. */
  readonly chatKey?: string;
  readonly preferredLanguage?: Language;
  readonly origin?: Origin;
}

export type Outcome =
  | { readonly kind: 'answer'; readonly answer: Answer }
  | { readonly kind: 'refused'; readonly language: Language; readonly text: string };

export class Asker {
  constructor(
    private readonly engine: Engine,
    private readonly limiter: QuestionLimiter,
    private readonly config: Pick<Config, 'MAX_QUESTION_CHARS'>,
  ) {}

  /** The language a reply to `text` will be in (the core decides); known before the engine runs, for refusals and apologies. */
  languageOf(text: string, preferred?: Language): Language {
    return this.engine.replyLanguage({ text, ...(preferred && { preferredLanguage: preferred }) });
  }

  async ask(question: Question): Promise<Outcome> {
    const language = this.languageOf(question.text, question.preferredLanguage);
    const m = messages(language);
    if (question.text.length > this.config.MAX_QUESTION_CHARS) return { kind: 'refused', language, text: m.tooLong(this.config.MAX_QUESTION_CHARS) };
    if (!(await this.limiter.allow(question.userKey, question.chatKey))) return { kind: 'refused', language, text: m.rateLimited(this.limiter.perMinute) };
    const { text, intent, preferredLanguage, origin } = question;
    return { kind: 'answer', answer: this.answer({ text, ...(intent && { intent }), ...(preferredLanguage && { preferredLanguage }), ...(origin && { origin }) }) };
  }

  /** The engine alone, for buttons that re-ask a question already admitted. */
  answer(message: Pick<Message, 'text' | 'intent' | 'preferredLanguage' | 'origin'>): Answer {
    return this.engine.ask(message);
  }
}

/**
 * Who asked, where, in Slack's ids; `thread` is the thread's ts when the
 * question is in one. `continues`: the message may continue the
 * conversation there (a DM, a mention or reply in a thread the bot answered).
 */
export function slackOrigin(team: string | undefined, channel: string, user: string, isPrivate: boolean, thread?: string, continues = false): Origin {
  const t = team ?? '-';
  return { platform: 'slack', chat: `${t}:${channel}`, user: `${t}:${user}`, private: isPrivate, ...(thread !== undefined && { thread }), continues };
}

export function userKey(team: string | undefined, user: string): string {
  return `slack:${team ?? '-'}:${user}`;
}

/** A channel's rate-limit key; the same shape as userKey, and Slack's channel and user ids never collide. */
export function chatKey(team: string | undefined, channel: string | undefined): string | undefined {
  return channel === undefined ? undefined : `slack:${team ?? '-'}:${channel}`;
}
