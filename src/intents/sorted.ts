/**
 * Keeping a sorted list sorted as items arrive, for the views that grow with
 * the corpus (agreements, timeline): new items go where a stable sort of the
 * whole list would put them, after every item they tie with.
 */

// Below this many new items, inserting one by one moves less memory than merging.
const SPLICE_LIMIT = 32;

/**
 * Adds `items` to `list` (already sorted by `compare`) in place, as a stable
 * sort of `[...list, ...items]` would order them. Returns the first position
 * that changed (`list.length` before the call when nothing did).
 */
export function mergeSorted<T>(list: T[], items: readonly T[], compare: (a: T, b: T) => number): number {
  if (items.length === 0) return list.length;
  const fresh = [...items].sort(compare);
  if (fresh.length <= SPLICE_LIMIT) {
    let first = list.length;
    for (const item of fresh) {
      const at = upperBound(list, item, compare);
      list.splice(at, 0, item);
      first = Math.min(first, at);
    }
    return first;
  }
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  let first = -1;
  while (i < list.length || j < fresh.length) {
    if (j < fresh.length && (i === list.length || compare(fresh[j]!, list[i]!) < 0)) {
      if (first < 0) first = merged.length;
      merged.push(fresh[j++]!);
    } else {
      merged.push(list[i++]!);
    }
  }
  // Copied back rather than spread: push(...merged) overflows the stack at this size.
  for (let k = first; k < merged.length; k++) list[k] = merged[k]!;
  return first;
}

/** Where `item` is in `list` (sorted by `compare`), found by identity among its ties; -1 when absent. */
export function positionOf<T>(list: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  for (let i = lowerBound(list, item, compare); i < list.length && compare(list[i]!, item) === 0; i++) if (list[i] === item) return i;
  return -1;
}

/** The position of the first item that does not sort before `item`. */
export function lowerBound<T>(list: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(list[mid]!, item) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The position after every item that sorts before or with `item`. */
function upperBound<T>(list: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(list[mid]!, item) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
