/**
 * The per-chat reply language chosen with /lang. An interface with an
 * in-memory default, so a persistent store can replace it without touching
 * the handlers; `undefined` means "auto": follow each question's language.
 *
 * Hazard: the memory store forgets everything on restart, and keeps one
 * entry per chat that ever chose a language (a few bytes each).
 */
import type { Language } from '../../src/corpus/article.ts';

export interface ChatSettings {
  get(chatId: number): Promise<Language | undefined>;
  set(chatId: number, language: Language | undefined): Promise<void>;
}

export class MemoryChatSettings implements ChatSettings {
  private readonly languages = new Map<number, Language>();

  async get(chatId: number): Promise<Language | undefined> {
    return this.languages.get(chatId);
  }

  async set(chatId: number, language: Language | undefined): Promise<void> {
    if (language) this.languages.set(chatId, language);
    else this.languages.delete(chatId);
  }
}
