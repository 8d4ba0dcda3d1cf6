/**
 * The core's entry point: a message in, an Answer out. Knows nothing of any
 * chat platform; adapters translate their events into a Message. It also
 * decides, in one place, the language of every reply (`replyLanguage`):
 * adapters ask it before the engine runs too, for refusals, apologies and
 * notices, so the bot never answers one chat in two languages.
 */
import type { Answer, IntentName } from './answer/answer.ts';
import type { Language } from './corpus/article.ts';
import { classify, prepareViews, route } from './intents/router.ts';
import type { Knowledge } from './knowledge/knowledge.ts';
import { analyseQuestion } from './question.ts';
import { detectLanguage } from './text/language.ts';

/**
 * Where a question came from, in the adapter's own ids: the conversation a
 * follow-up continues, and the chat and user the question history keeps
 * (only as keyed hashes). The core never interprets the ids.
 */
export interface Origin {
  readonly platform: 'cli' | 'telegram' | 'slack';
  /** The chat (Telegram chat id, Slack team:channel). */
  readonly chat: string;
  /** The asker (Telegram user id, Slack team:user). */
  readonly user: string;
  /** A one-to-one chat with the bot (Telegram private chat, Slack DM, the terminal). */
  readonly private: boolean;
  /** The thread within the chat, where the platform has threads. */
  readonly thread?: string;
}

export interface Message {
  /** The question as typed; with `intent`, the topic a command names after it ("/summary UNIDO"), possibly empty. */
  readonly text: string;
  /** Set by a command (/minerals, /summary …): this intent answers, and the text is not classified. */
  readonly intent?: IntentName;
  /** The chat's chosen reply language (/lang); wins over detection. */
  readonly preferredLanguage?: Language;
  /** The platform's hint (e.g. Telegram's language_code), used when text says nothing. */
  readonly languageHint?: Language;
  /** Who asked, where; absent for scripts and tests that ask the engine directly. */
  readonly origin?: Origin;
}

/** What the reply language is decided from; every part is optional. */
export type LanguageCue = Partial<Pick<Message, 'text' | 'preferredLanguage' | 'languageHint'>>;

export interface EngineOptions {
  readonly defaultLanguage: Language;
  /** Longer questions are cut before analysis, bounding the work one message can cause. */
  readonly maxQuestionChars: number;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = { defaultLanguage: 'en', maxQuestionChars: 1000 };

export class Engine {
  private readonly options: EngineOptions;

  constructor(
    readonly knowledge: Knowledge,
    options: Partial<EngineOptions> = {},
  ) {
    this.options = { ...DEFAULT_ENGINE_OPTIONS, ...options };
  }

  /** Builds the derived views (meetings, timeline…) ahead of the first question. */
  prepare(): void {
    prepareViews(this.knowledge);
  }

  /**
   * The language of a reply: the chat's choice, else the language of the
   * text (question words, function words, the lexicon's language-only
   * names, then trigrams), else the platform's hint, else the default.
   */
  replyLanguage(cue: LanguageCue): Language {
    if (cue.preferredLanguage) return cue.preferredLanguage;
    const fallback = cue.languageHint ?? this.options.defaultLanguage;
    const text = (cue.text ?? '').slice(0, this.options.maxQuestionChars);
    return text.trim() ? detectLanguage(text, fallback, this.knowledge.lexicon.vocabulary) : fallback;
  }

  ask(message: Message): Answer {
    const text = message.text.slice(0, this.options.maxQuestionChars);
    const index = this.knowledge.index;
    const question = analyseQuestion(text, this.replyLanguage(message), this.knowledge.lexicon, (term) => index.frequency(term));
    return route(message.intent ?? classify(question), { question, knowledge: this.knowledge }, message.intent !== undefined);
  }
}
