/**
 * The key the history hashes chat and user ids with: HISTORY_KEY when the
 * operator sets one, else a random key generated once and kept in the
 * store's settings, so hashes stay the same across restarts and processes.
 * Hazard: changing the key makes earlier rows' askers unmatchable (votes on
 * old answers are then refused as from another chat); it is never logged.
 */
import type { HistoryStore } from '../store/index.ts';
import { newHistoryKey } from './hash.ts';

const SETTING = 'history_key';

export function historyKey(configured: string | undefined, store: Pick<HistoryStore, 'setting'>): string {
  return configured ?? store.setting(SETTING, newHistoryKey);
}
