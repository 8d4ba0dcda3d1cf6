/**
 * An answer's id in the history: 12 random URL-safe characters (72 bits),
 * short enough for Telegram's 64-byte callback_data with room for a prefix,
 * and unguessable, so a forged button cannot vote on someone else's answer
 * by counting.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

export const AnswerIdSchema = z.string().regex(/^[A-Za-z0-9_-]{12}$/);

export function newAnswerId(): string {
  return randomBytes(9).toString('base64url');
}
