/**
 * The /start welcome and the command list that /help adds under the core's
 * help answer, as HTML in the user's language.
 */
import { messages } from '../../src/answer/messages.ts';
import type { Language } from '../../src/corpus/article.ts';
import { MENU_COMMANDS } from './commands.ts';
import { bold, escapeHtml } from './html.ts';
import { phrases } from './phrases.ts';

export function welcomeHtml(language: Language, isPrivate: boolean, username: string): string {
  const p = phrases(language);
  const examples = messages(language).exampleQuestions.map((q) => `• ${escapeHtml(q)}`).join('\n');
  const group = isPrivate ? [] : [escapeHtml(p.welcomeGroup(username))];
  return [escapeHtml(p.welcome), examples, ...group, escapeHtml(p.welcomeFooter)].join('\n\n');
}

export function commandListHtml(language: Language): string {
  const p = phrases(language);
  const lines = MENU_COMMANDS.map((name) => `/${name} — ${escapeHtml(p.commands[name])}`);
  return [bold(p.commandsTitle), ...lines].join('\n');
}
