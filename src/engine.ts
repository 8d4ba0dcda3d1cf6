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
import { Conversations } from './conversation/conversations.ts';
import { readFollowUp } from './conversation/follow-up.ts';
import { sourcesAnswer } from './conversation/sources-answer.ts';
import { analyseQuestion, type Question } from './question.ts';
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
  /**
   * The adapter's word that this message continues the conversation at
   * (platform, chat, thread): a reply to the bot's answer, a reply in a
   * thread the bot answered, a private chat. Otherwise the message is never
   * read as a follow-up, whatever it says.
   */
  readonly continues?: boolean;
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
  /** Each conversation's last turn, for follow-ups; a fresh one (10 minutes, in memory) unless given. */
  readonly conversations?: Conversations;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = { defaultLanguage: 'en', maxQuestionChars: 1000 };

export class Engine {
  private readonly options: EngineOptions;
  readonly conversations: Conversations;

  constructor(
    readonly knowledge: Knowledge,
    options: Partial<EngineOptions> = {},
  ) {
    this.options = { ...DEFAULT_ENGINE_OPTIONS, ...options };
    this.conversations = options.conversations ?? new Conversations();
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

  /**
   * Answers a message; with an origin, as a turn of its conversation: a
   * follow-up is read with the previous question's context, and the turn
   * is remembered for the next one. A command's intent is never a follow-up.
   */
  ask(message: Message): Answer {
    const text = message.text.slice(0, this.options.maxQuestionChars);
    const { origin } = message;
    const previous = origin?.continues && !message.intent ? this.conversations.recall(origin) : undefined;
    // A follow-up too short to tell its language ("ok, sources?") keeps the conversation's.
    const language = this.replyLanguage(previous ? { ...message, languageHint: previous.language } : message);
    // Reading a follow-up analyses the message; a message that stands alone is not analysed again below.
    const analysed = new Map<string, Question>();
    const analyse = (t: string) => analysed.get(t) ?? analysed.set(t, this.analyse(t, language)).get(t)!;
    const followUp = previous ? readFollowUp(text, previous, analyse, this.knowledge.lexicon) : undefined;
    // Re-asked alone, the previous question cites the same articles: what a "More sources" button needs.
    if (followUp?.kind === 'sources') return { ...sourcesAnswer(previous!, language), asked: previous!.question };
    // A chain of follow-ups grows its question; the same cap bounds the work it can cause.
    const asked = followUp?.kind === 'continued' ? followUp.text.slice(0, this.options.maxQuestionChars) : text;
    const question = analyse(asked);
    const routed = route(message.intent ?? classify(question), { question, knowledge: this.knowledge }, message.intent !== undefined);
    const answer = asked === text ? routed : { ...routed, asked };
    if (origin) this.conversations.remember(origin, { question: asked, language, ...(message.intent && { intent: message.intent }), answer });
    return answer;
  }

  private analyse(text: string, language: Language): Question {
    const index = this.knowledge.index;
    return analyseQuestion(text, language, this.knowledge.lexicon, (term) => index.frequency(term));
  }
}
