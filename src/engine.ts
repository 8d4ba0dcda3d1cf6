/**
 * The core's entry point: a message in, an Answer out. Knows nothing of any
 * chat platform; adapters translate their events into a Message.
 */
import type { Answer } from './answer/answer.ts';
import type { Language } from './corpus/article.ts';
import { classify, prepareViews, route } from './intents/router.ts';
import type { Knowledge } from './knowledge/knowledge.ts';
import { analyseQuestion } from './question.ts';
import { detectLanguage } from './text/language.ts';

export interface Message {
  readonly text: string;
  /** The chat's chosen reply language (/lang); wins over detection. */
  readonly preferredLanguage?: Language;
  /** The platform's hint (e.g. Telegram's language_code), used when text says nothing. */
  readonly languageHint?: Language;
}

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

  ask(message: Message): Answer {
    const text = message.text.slice(0, this.options.maxQuestionChars);
    const language =
      message.preferredLanguage ??
      detectLanguage(text, message.languageHint ?? this.options.defaultLanguage, this.knowledge.lexicon.vocabulary);
    const index = this.knowledge.index;
    const question = analyseQuestion(text, language, this.knowledge.lexicon, (term) => index.frequency(term));
    return route(classify(question), { question, knowledge: this.knowledge });
  }
}
