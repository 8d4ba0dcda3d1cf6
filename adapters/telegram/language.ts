/**
 * Which language the bot replies in when it speaks for itself (welcome,
 * notices, apology): the chat's /lang choice, else the language of the text
 * being answered, else the user's client language, else DEFAULT_LANGUAGE.
 * Answers from the engine make the same choice inside Engine.ask.
 */
import type { Language } from '../../src/corpus/article.ts';
import { detectLanguage } from '../../src/text/language.ts';
import type { TelegramApp } from './app.ts';
import type { Turn } from './turn.ts';

/** Telegram's language_code as a hint: "id" (and the old "in") → id, "en-…" → en, anything else → none. */
export function languageHint(languageCode: string | undefined): Language | undefined {
  const primary = languageCode?.toLowerCase().split('-')[0];
  if (primary === 'id' || primary === 'in') return 'id';
  if (primary === 'en') return 'en';
  return undefined;
}

export async function replyLanguage(app: TelegramApp, turn: Turn, text?: string): Promise<Language> {
  const chosen = await app.settings.get(turn.chatId);
  if (chosen) return chosen;
  const fallback = languageHint(turn.languageCode) ?? app.defaultLanguage;
  if (!text?.trim()) return fallback;
  // Detection reads no further than the engine would.
  return detectLanguage(text.slice(0, app.maxQuestionChars), fallback, app.engine.knowledge.lexicon.vocabulary);
}
