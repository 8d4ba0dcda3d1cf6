/**
 * Deterministic randomness for the benchmark's synthetic corpora: a seeded
 * PRNG (mulberry32), a few draws built on it, and a Zipf sampler. The same
 * seed always yields the same sequence, so every run measures the same text.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: a small, fast 32-bit PRNG; good enough for test data. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both included. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('bench: cannot pick from an empty list');
  return items[Math.floor(random() * items.length)]!;
}

/** `count` distinct items (or all of them when there are fewer), in random order. */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, Math.min(count, pool.length));
}

/**
 * Draws items by rank with probability ∝ 1 / rank^exponent: a few items are
 * drawn often, most of them rarely, as words are in real text.
 */
export class ZipfSampler<T> {
  private readonly cumulative: Float64Array;

  constructor(
    private readonly items: readonly T[],
    exponent: number,
  ) {
    if (items.length === 0) throw new Error('bench: a Zipf sampler needs at least one item');
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    for (let rank = 1; rank <= items.length; rank++) {
      total += 1 / rank ** exponent;
      this.cumulative[rank - 1] = total;
    }
  }

  draw(random: Random): T {
    const target = random() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return this.items[low]!;
  }
}
