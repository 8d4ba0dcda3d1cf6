/**
 * Telegram's side of the reply language: the chat's /lang choice (kept in
 * the settings store) and the user's client language as a hint. The choice
 * itself is the core's (Engine.replyLanguage), the same for answers and for
 * what the bot says for itself (welcome, notices, apology).
 */
import type { Language } from '../../src/corpus/article.ts';
import type { LanguageCue } from '../../src/engine.ts';
import type { TelegramApp } from './app.ts';
import type { Turn } from './turn.ts';

/** Telegram's language_code as a hint: "id" (and the old "in") → id, "en-…" → en, anything else → none. */
export function languageHint(languageCode: string | undefined): Language | undefined {
  const primary = languageCode?.toLowerCase().split('-')[0];
  if (primary === 'id' || primary === 'in') return 'id';
  if (primary === 'en') return 'en';
  return undefined;
}

/** What this turn says about the reply language, with the words being answered (if any). */
export async function languageCue(app: TelegramApp, turn: Turn, text?: string): Promise<LanguageCue> {
  const preferredLanguage = await app.settings.get(turn.chatId);
  const hint = languageHint(turn.languageCode);
  return { ...(text !== undefined && { text }), ...(preferredLanguage && { preferredLanguage }), ...(hint && { languageHint: hint }) };
}

export async function replyLanguage(app: TelegramApp, turn: Turn, text?: string): Promise<Language> {
  return app.engine.replyLanguage(await languageCue(app, turn, text));
}
