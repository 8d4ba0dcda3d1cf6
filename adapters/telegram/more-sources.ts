/**
 * The sources an answer had no room for, kept behind a "More sources"
 * button. The button's callback_data is only "more:" and a short random
 * id (17 bytes; Telegram allows 64); the sources wait here, in a bounded
 * map, until someone presses it.
 *
 * Hazards: callback data comes back from clients and can be forged or stale
 * (after a restart, or once the entry is evicted or used); parse it with
 * `parseMoreSourcesData` and treat a miss as normal, never as an error. An
 * entry is taken once, and only from the chat it was made for.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Source } from '../../src/answer/walk.ts';
import type { Language } from '../../src/corpus/article.ts';

export interface MoreSourcesEntry {
  readonly chatId: number;
  readonly language: Language;
  /** The sources the answer had no room for, each with the quotes its body did not show. */
  readonly sources: readonly Source[];
  /** The answer's history id: its 👍/👎 stay once "More sources" is used. */
  readonly answerId?: string;
}

const DEFAULT_CAPACITY = 1000;
const PREFIX = 'more:';

export const MoreSourcesDataSchema = z
  .string()
  .regex(/^more:[A-Za-z0-9_-]{12}$/)
  .transform((data) => data.slice(PREFIX.length));

export function moreSourcesData(id: string): string {
  return `${PREFIX}${id}`;
}

/** The entry id in well-formed callback data; undefined for anything else. */
export function parseMoreSourcesData(data: string | undefined): string | undefined {
  const parsed = MoreSourcesDataSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

export class MoreSources {
  private readonly entries = new Map<string, MoreSourcesEntry>();

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  /** Stores the entry and returns its id; the oldest entry goes when full. */
  put(entry: MoreSourcesEntry): string {
    const id = randomBytes(9).toString('base64url');
    this.entries.set(id, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return id;
  }

  /** Removes and returns the entry, if it exists and belongs to this chat. */
  take(id: string, chatId: number): MoreSourcesEntry | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.chatId !== chatId) return undefined;
    this.entries.delete(id);
    return entry;
  }
}
