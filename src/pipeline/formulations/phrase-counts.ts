/**
 * The counts of one document's phrase candidates (phrase-candidates.ts), by keys of type ids rather than strings.
 */
import type { TermCounts } from '../per-document/count.js';

/**
 * Candidates counted under keys of two integers made of the words' type ids, in a hash table of typed arrays, and
 * written as strings only once each at the end: a document has about as many candidates as words, and building
 * and hashing a string for each cost more than the rest of this step (and a `Map` of number keys, used before,
 * took an eighth more time). Keys: a pair (a, b) is (a, b); A+ is (a, −1); a triple is (−1 − p, c), p being its pair's slot;
 * quoted phrases keep their string. Slots are in order of first occurrence.
 */
export class CandidateCounts {
  /** Slot + 1 of each key, by hash (open addressing, a power of two, at most half full); 0 for an empty place. */
  private table = new Int32Array(1024);
  private xs = new Int32Array(512);
  private ys = new Int32Array(512);
  private counts = new Uint32Array(512);
  private size = 0;
  /** The slots of quoted phrases, and their keys. */
  private readonly textSlots = new Map<string, number>();
  private readonly texts = new Map<number, string>();

  constructor(private readonly types: readonly string[]) {}

  addPair(a: number, b: number): number {
    return this.add(a, b);
  }

  addPlus(a: number): number {
    return this.add(a, -1);
  }

  addTriple(pairSlot: number, c: number): number {
    return this.add(-1 - pairSlot, c);
  }

  /** Count a quoted phrase's key `n` more times. */
  addText(key: string, n = 1): void {
    let slot = this.textSlots.get(key);
    if (slot === undefined) {
      slot = this.newSlot(0, 0);
      this.textSlots.set(key, slot);
      this.texts.set(slot, key);
    }
    this.counts[slot]! += n;
  }

  /** Count the key (x, y) once more; returns its slot. */
  private add(x: number, y: number): number {
    const mask = this.table.length - 1;
    let h = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) >>> 0;
    for (h = (h ^ (h >>> 15)) & mask; ; h = (h + 1) & mask) {
      const slot = this.table[h]! - 1;
      if (slot < 0) break;
      if (this.xs[slot] === x && this.ys[slot] === y) {
        this.counts[slot]!++;
        return slot;
      }
    }
    const slot = this.newSlot(x, y);
    this.table[h] = slot + 1;
    this.counts[slot] = 1;
    if (this.size * 2 > this.table.length) this.rehash();
    return slot;
  }

  private newSlot(x: number, y: number): number {
    if (this.size === this.xs.length) {
      this.xs = grown(this.xs, new Int32Array(this.size * 2));
      this.ys = grown(this.ys, new Int32Array(this.size * 2));
      this.counts = grown(this.counts, new Uint32Array(this.size * 2));
    }
    this.xs[this.size] = x;
    this.ys[this.size] = y;
    return this.size++;
  }

  /** A table twice as large, with every key of the numbered slots (a quoted phrase's is never looked up in it). */
  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2);
    const mask = this.table.length - 1;
    for (let slot = 0; slot < this.size; slot++) {
      if (this.texts.has(slot)) continue;
      let h = (Math.imul(this.xs[slot]!, 0x9e3779b1) ^ Math.imul(this.ys[slot]!, 0x85ebca6b)) >>> 0;
      for (h = (h ^ (h >>> 15)) & mask; this.table[h] !== 0; h = (h + 1) & mask);
      this.table[h] = slot + 1;
    }
  }

  /** The candidates' keys as text (`新 常态`, `新 质 生产力`, `互联网+`, `“…”`), with their counts. */
  columns(): TermCounts {
    const { types, xs, ys } = this;
    const terms: string[] = [];
    for (let slot = 0; slot < this.size; slot++) {
      const x = xs[slot]!;
      const y = ys[slot]!;
      const text = this.texts.size === 0 ? undefined : this.texts.get(slot);
      // A triple's pair comes before it: its text is written already.
      if (text !== undefined) terms.push(text);
      else if (x < 0) terms.push(`${terms[-1 - x]} ${types[y]}`);
      else if (y < 0) terms.push(`${types[x]}+`);
      else terms.push(`${types[x]} ${types[y]}`);
    }
    return { terms, counts: this.counts.slice(0, this.size) };
  }
}

function grown<T extends Int32Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
