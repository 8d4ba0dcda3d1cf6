/**
 * The bot's commands: their names, in menu order, and the menus registered
 * with setMyCommands so users see them in their language (/setcommands in
 * BotFather is not needed).
 *
 * Hazard: Telegram accepts 1–32 lowercase letters, digits and "_" per name
 * and 1–256 characters per description; setMyCommands fails as a whole
 * otherwise (the fake Bot API checks both).
 */
import type { BotCommand } from 'telegraf/types';
import { z } from 'zod';
import type { Language } from '../../src/corpus/article.ts';
import { phrases } from './phrases.ts';

export const COMMAND_NAMES = ['start', 'help', 'ask', 'minerals', 'meetings', 'summary', 'agreements', 'timeline', 'sources', 'lang'] as const;
export const CommandNameSchema = z.enum(COMMAND_NAMES);
export type CommandName = z.infer<typeof CommandNameSchema>;

/** The command menu as users of one language see it. */
export function commandMenu(language: Language): BotCommand[] {
  const descriptions = phrases(language).commands;
  return COMMAND_NAMES.map((command) => ({ command, description: descriptions[command] }));
}

/**
 * The setMyCommands calls to make at start-up: one per language, and a
 * default (no language_code) for clients in any other language.
 */
export function commandMenus(defaultLanguage: Language): Array<{ commands: BotCommand[]; languageCode?: Language }> {
  return [{ commands: commandMenu(defaultLanguage) }, { commands: commandMenu('id'), languageCode: 'id' }, { commands: commandMenu('en'), languageCode: 'en' }];
}
