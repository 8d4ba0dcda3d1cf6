/**
 * Chat and user ids go into the question history only as keyed hashes:
 * HMAC-SHA256 under the history key, cut to 128 bits. Without the key a hash
 * cannot be matched to an id by hashing every possible id (Telegram user ids
 * are a small, guessable space), and the same id always gives the same hash,
 * so the report can count distinct askers and a vote can be checked against
 * its answer's chat.
 */
import { createHmac, randomBytes } from 'node:crypto';

/** 32 hex characters. The platform is part of the input: a Slack and a Telegram id never share a hash. */
export function keyedHash(key: string, platform: string, id: string): string {
  return createHmac('sha256', key).update(`${platform}\u0000${id}`).digest('hex').slice(0, 32);
}

/** A new random key, for a store that has none yet. */
export function newHistoryKey(): string {
  return randomBytes(32).toString('base64url');
}
