/**
 * Decides whether a text message is for this bot, and what it asks. In a
 * private chat every text is a question. In a group (privacy mode or not)
 * the bot takes only commands, replies to its own messages and messages that
 * @mention it, so it never answers a conversation it was not part of.
 *
 * Hazard: entity offsets are UTF-16 code units, which is what JavaScript
 * string indices are; do not convert the text to code points before cutting.
 */
import type { MessageEntity } from 'telegraf/types';
import type { CommandName } from './commands.ts';
import { knownCommand, parseCommand } from './parse-command.ts';

export interface IncomingText {
  readonly text: string;
  readonly entities: readonly MessageEntity[];
  readonly isPrivate: boolean;
  /** Author of the message this one replies to, if it is a reply. */
  readonly replyToUserId?: number;
}

export interface BotIdentity {
  readonly id: number;
  readonly username: string;
}

export type Addressed =
  | { readonly kind: 'command'; readonly command: CommandName; readonly args: string }
  | { readonly kind: 'unknown-command' }
  | { readonly kind: 'question'; readonly text: string }
  | { readonly kind: 'ignore' };

export function addressing(message: IncomingText, bot: BotIdentity): Addressed {
  const command = parseCommand(message.text);
  if (command) {
    const toUs = command.target === undefined || sameUsername(command.target, bot.username);
    if (!toUs) return { kind: 'ignore' };
    const known = knownCommand(command.name);
    if (known) return { kind: 'command', command: known, args: command.args };
    // In a group an unaddressed unknown command is probably another bot's.
    return message.isPrivate || command.target ? { kind: 'unknown-command' } : { kind: 'ignore' };
  }
  if (message.isPrivate) return { kind: 'question', text: message.text.trim() };
  const mentions = mentionsOf(message, bot);
  if (mentions.length === 0 && message.replyToUserId !== bot.id) return { kind: 'ignore' };
  return { kind: 'question', text: withoutRanges(message.text, mentions) };
}

function sameUsername(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

// "@coop_bot" typed out, or a mention by name that Telegram links to the bot's user.
function mentionsOf(message: IncomingText, bot: BotIdentity): MessageEntity[] {
  return message.entities.filter((entity) => {
    if (entity.type === 'text_mention') return entity.user.id === bot.id;
    if (entity.type !== 'mention') return false;
    return sameUsername(message.text.slice(entity.offset + 1, entity.offset + entity.length), bot.username);
  });
}

// Cuts the mentions out and tidies what is left: "@coop_bot, which minerals?" → "which minerals?".
function withoutRanges(text: string, ranges: readonly MessageEntity[]): string {
  let result = text;
  for (const range of [...ranges].sort((a, b) => b.offset - a.offset)) {
    result = `${result.slice(0, range.offset)} ${result.slice(range.offset + range.length)}`;
  }
  return result
    .replace(/\s+/g, ' ')
    .replace(/^[\s,:;]+/, '')
    .trim();
}
