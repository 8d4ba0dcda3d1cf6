/**
 * A map whose entries expire: at most `maxEntries`, each kept `ttlMs` after
 * it was last set. An expired entry is never returned and is swept on the
 * next write, so nothing a conversation left behind outlives its time, and
 * memory stays bounded however many chats write to it. The clock is
 * injected, so tests move time instead of waiting.
 */
export interface ExpiringMapOptions {
  readonly maxEntries: number;
  readonly ttlMs: number;
  readonly now?: () => number;
}

interface Entry<V> {
  readonly value: V;
  readonly expires: number;
}

export class ExpiringMap<K, V> {
  // Insertion order is write order (set deletes first), so the first entry is the oldest.
  private readonly entries = new Map<K, Entry<V>>();
  private readonly now: () => number;

  constructor(private readonly options: ExpiringMapOptions) {
    if (options.maxEntries < 1 || options.ttlMs <= 0) throw new RangeError('ExpiringMap: maxEntries ≥ 1 and ttlMs > 0');
    this.now = options.now ?? Date.now;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires > this.now()) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.sweep();
    while (this.entries.size >= this.options.maxEntries) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, { value, expires: this.now() + this.options.ttlMs });
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  /** Live entries; expired ones are swept first. */
  get size(): number {
    this.sweep();
    return this.entries.size;
  }

  // Entries expire in write order (one TTL for all), so sweeping stops at the first live one.
  private sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (entry.expires > now) break;
      this.entries.delete(key);
    }
  }
}
