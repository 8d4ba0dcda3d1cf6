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

/** Every command the bot runs: the menu's, then the admins' (kept out of the menu and /help). */
export const COMMAND_NAMES = [
  'start',
  'help',
  'ask',
  'minerals',
  'meetings',
  'summary',
  'agreements',
  'timeline',
  'sources',
  'lang',
  'subscribe',
  'unsubscribe',
  'subscriptions',
  'ingest',
] as const;
export const CommandNameSchema = z.enum(COMMAND_NAMES);
export type CommandName = z.infer<typeof CommandNameSchema>;

/** Only TELEGRAM_ADMIN_IDS may run these; everyone else would see them only to be refused. */
export const ADMIN_COMMANDS: readonly CommandName[] = ['ingest'];

/** The commands everyone sees in the menu and under /help, in order. */
export const MENU_COMMANDS: readonly CommandName[] = COMMAND_NAMES.filter((name) => !ADMIN_COMMANDS.includes(name));

/** The command menu as users of one language see it. */
export function commandMenu(language: Language): BotCommand[] {
  const descriptions = phrases(language).commands;
  return MENU_COMMANDS.map((command) => ({ command, description: descriptions[command] }));
}

/**
 * The setMyCommands calls to make at start-up: one per language, and a
 * default (no language_code) for clients in any other language.
 */
export function commandMenus(defaultLanguage: Language): Array<{ commands: BotCommand[]; languageCode?: Language }> {
  return [{ commands: commandMenu(defaultLanguage) }, { commands: commandMenu('id'), languageCode: 'id' }, { commands: commandMenu('en'), languageCode: 'en' }];
}
