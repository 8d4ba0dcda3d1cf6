/**
 * Reads a command out of message text: "/summary@coop_bot UNIDO" →
 * { name: 'summary', target: 'coop_bot', args: 'UNIDO' }. Arguments are
 * validated here, at the edge, with zod.
 *
 * Hazard: a slash is not always a command ("/etc/hosts is…"); only
 * "/word" followed by "@bot", whitespace or the end counts.
 */
import { z } from 'zod';
import { CommandNameSchema, type CommandName } from './commands.ts';
import type { LangChoice } from './phrases.ts';

export interface ParsedCommand {
  /** Lower-cased; may be a command this bot does not have. */
  readonly name: string;
  /** The bot the command is addressed to ("/help@otherbot"), if any. */
  readonly target?: string;
  readonly args: string;
}

const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?=\s|$)([\s\S]*)$/;

export function parseCommand(text: string): ParsedCommand | undefined {
  const match = COMMAND.exec(text.trimStart());
  if (!match) return undefined;
  const [, name, target, args] = match;
  return { name: name!.toLowerCase(), ...(target && { target }), args: (args ?? '').trim() };
}

/** The command's name if this bot has it. */
export function knownCommand(name: string): CommandName | undefined {
  const parsed = CommandNameSchema.safeParse(name);
  return parsed.success ? parsed.data : undefined;
}

/** `/lang id|en|auto`, any case; anything else is not a choice. */
export const LangArgSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['id', 'en', 'auto']));

export function parseLangArg(args: string): LangChoice | undefined {
  const parsed = LangArgSchema.safeParse(args);
  return parsed.success ? parsed.data : undefined;
}

/** The free text after /ask or /summary: non-empty once trimmed. */
export const QuestionArgSchema = z.string().trim().min(1);

export function parseQuestionArg(args: string): string | undefined {
  const parsed = QuestionArgSchema.safeParse(args);
  return parsed.success ? parsed.data : undefined;
}
