/**
 * The 👍/👎 buttons under an answer. Their callback_data is "vote:up:" or
 * "vote:down:" and the answer's history id (22 bytes at most; Telegram
 * allows 64); the vote itself is kept in the store (src/history), not here.
 *
 * Hazard: callback data comes back from clients and can be forged or stale
 * (the answer pruned, or from another chat); parse it with `parseVoteData`,
 * and let the history refuse what it does not know.
 */
import type { InlineKeyboardButton } from 'telegraf/types';
import { z } from 'zod';
import { AnswerIdSchema } from '../../src/history/index.ts';
import { VOTES, type Vote } from '../../src/store/index.ts';

const PREFIX = 'vote:';

export const VoteDataSchema = z
  .string()
  .startsWith(PREFIX)
  .transform((data) => data.slice(PREFIX.length).split(':'))
  .pipe(z.tuple([z.enum(VOTES), AnswerIdSchema]))
  .transform(([vote, answerId]) => ({ vote, answerId }));

export function voteData(vote: Vote, answerId: string): string {
  return `${PREFIX}${vote}:${answerId}`;
}

/** The vote a well-formed button carries; undefined for anything else (other buttons included). */
export function parseVoteData(data: string | undefined): { readonly vote: Vote; readonly answerId: string } | undefined {
  const parsed = VoteDataSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/** The two buttons, to sit in the row beside "More sources". */
export function voteButtons(answerId: string): InlineKeyboardButton[] {
  return [
    { text: '👍', callback_data: voteData('up', answerId) },
    { text: '👎', callback_data: voteData('down', answerId) },
  ];
}
