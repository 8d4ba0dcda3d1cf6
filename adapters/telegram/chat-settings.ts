/**
 * The per-chat reply language chosen with /lang. An interface with an
 * in-memory default, so a persistent store can replace it without touching
 * the handlers; `undefined` means "auto": follow each question's language.
 *
 * Hazard: the memory version forgets everything on restart; main.ts passes
 * the store so production uses StoreChatSettings.
 */
import type { Language } from '../../src/corpus/article.ts';
import type { Store } from '../../src/store/index.ts';

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

/** /lang kept in the bot's store (SQLite in production), so it survives restarts. */
export class StoreChatSettings implements ChatSettings {
  constructor(private readonly store: Store) {}

  async get(chatId: number): Promise<Language | undefined> {
    return this.store.getLanguage(telegramChat(chatId));
  }

  async set(chatId: number, language: Language | undefined): Promise<void> {
    if (language) this.store.setLanguage(telegramChat(chatId), language);
    else this.store.clearLanguage(telegramChat(chatId));
  }
}

function telegramChat(chatId: number) {
  return { platform: 'telegram', chatId: String(chatId) };
}
