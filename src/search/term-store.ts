/**
 * The analysed terms of every passage, kept compactly for coverage checks:
 * terms are interned as integers and each passage's ids sit in one shared
 * Int32Array. At 50k articles a string or Set per passage would cost several
 * hundred megabytes; this costs about four bytes a term.
 */
const INITIAL_CAPACITY = 1 << 16;

export class TermStore {
  private readonly vocabulary = new Map<string, number>();
  private readonly frequency: number[] = [];
  private ids = new Int32Array(INITIAL_CAPACITY);
  private offsets = new Int32Array(INITIAL_CAPACITY);
  private used = 0;
  private count = 0;

  /** Records the terms of passage `index`; passages arrive in index order. */
  add(index: number, terms: readonly string[]): void {
    if (index !== this.count) throw new Error(`coop-bot: passage ${index} added out of order (expected ${this.count})`);
    this.ensure(terms.length);
    for (const term of terms) {
      let id = this.vocabulary.get(term);
      if (id === undefined) {
        id = this.frequency.length;
        this.vocabulary.set(term, id);
        this.frequency.push(0);
      }
      this.frequency[id]! += 1;
      this.ids[this.used++] = id;
    }
    this.count += 1;
    this.offsets[this.count] = this.used;
  }

  has(index: number, term: string): boolean {
    const id = this.vocabulary.get(term);
    if (id === undefined || index >= this.count) return false;
    for (let i = this.offsets[index]!; i < this.offsets[index + 1]!; i++) if (this.ids[i] === id) return true;
    return false;
  }

  /** The term's number in the vocabulary, if any passage holds it. */
  idOf(term: string): number | undefined {
    return this.vocabulary.get(term);
  }

  /** How many passages hold the term. */
  documentFrequency(term: string): number {
    const id = this.vocabulary.get(term);
    return id === undefined ? 0 : this.frequency[id]!;
  }

  get size(): number {
    return this.count;
  }

  private ensure(extra: number): void {
    if (this.used + extra > this.ids.length) this.ids = grow(this.ids, this.used + extra);
    if (this.count + 2 > this.offsets.length) this.offsets = grow(this.offsets, this.count + 2);
  }
}

function grow(array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  let capacity = array.length * 2;
  while (capacity < needed) capacity *= 2;
  const bigger = new Int32Array(capacity);
  bigger.set(array);
  return bigger;
}
