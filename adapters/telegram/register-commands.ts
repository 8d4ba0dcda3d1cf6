/**
 * Registers the command menus (default, Indonesian, English) with
 * setMyCommands at start-up, so nobody has to type them into BotFather.
 * A failure is logged, not fatal: commands work without the menu.
 */
import type { Telegram } from 'telegraf';
import type { Language } from '../../src/corpus/article.ts';
import type { Logger } from '../../src/logger.ts';
import { commandMenus } from './commands.ts';
import { loggableError } from './log-error.ts';
import type { Redact } from './redact.ts';
import type { Call } from './retry.ts';

export async function registerCommands(telegram: Telegram, call: Call, defaultLanguage: Language, logger: Logger, redact: Redact): Promise<void> {
  for (const { commands, languageCode } of commandMenus(defaultLanguage)) {
    try {
      await call('setMyCommands', () => telegram.setMyCommands(commands, languageCode ? { language_code: languageCode } : {}));
    } catch (error) {
      logger.warn({ languageCode, error: loggableError(error, redact) }, 'command menu not registered');
    }
  }
}
