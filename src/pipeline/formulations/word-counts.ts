/**
 * Counts for a set of words, each word given and found as a part of a longer string (a word of a candidate key
 * `新 常态`) that is never made into a string of its own. The collocation margins (collocations.ts) add every
 * counted pair's count to its first and its last word: on the provinces 547,000 keys, whose two words as strings,
 * and a map entry for each distinct one, were most of the collocations' time, while only the words of the few
 * frequent candidates are ever read. Exact: a part found by its hash is confirmed by comparing its code units.
 */

import { hashOfRange } from '../../string-table.js';

/** Slots of the hash table to begin with (a power of two); it doubles when half full. */
const FIRST_SLOTS = 1 << 10;

/** Counts by word: `include` the words, then `add` to them and `get` them, each named by a part of some string. */
export class WordCounts {
  /** Word i is `sources[i].slice(from[i], to[i])`. */
  private sources: string[] = [];
  private from = new Uint32Array(FIRST_SLOTS / 2);
  private to = new Uint32Array(FIRST_SLOTS / 2);
  private hashes = new Uint32Array(FIRST_SLOTS / 2);
  private counts = new Float64Array(FIRST_SLOTS / 2);
  /** Open addressing, linear probing: index + 1 of the word in each slot, 0 for an empty slot. */
  private slots = new Uint32Array(FIRST_SLOTS);

  /** Count `s.slice(from, to)` as one of the words (its count 0); nothing if it is one already. */
  include(s: string, from: number, to: number): void {
    const hash = hashOfRange(s, from, to);
    const found = this.find(s, from, to, hash);
    if (found >= 0) return;
    const i = this.sources.length;
    if (i === this.hashes.length) this.grow();
    this.sources.push(s);
    this.from[i] = from;
    this.to[i] = to;
    this.hashes[i] = hash;
    this.slots[-found - 1] = i + 1;
    if (2 * this.sources.length > this.slots.length) this.rehash();
  }

  /** Add `n` to the count of `s.slice(from, to)` if it is one of the words. */
  add(s: string, from: number, to: number, n: number): void {
    const i = this.find(s, from, to, hashOfRange(s, from, to));
    if (i >= 0) this.counts[i] = this.counts[i]! + n;
  }

  /** The sum added to `s.slice(from, to)` (0 if it is not one of the words). */
  get(s: string, from: number, to: number): number {
    const i = this.find(s, from, to, hashOfRange(s, from, to));
    return i < 0 ? 0 : this.counts[i]!;
  }

  /** The index of the word, or −(slot + 1) of the empty slot where it would go. */
  private find(s: string, from: number, to: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]!;
      if (held === 0) return -slot - 1;
      const i = held - 1;
      if (this.hashes[i] === hash && sameCodes(this.sources[i]!, this.from[i]!, this.to[i]!, s, from, to)) return i;
    }
  }

  private grow(): void {
    const n = 2 * this.hashes.length;
    const twice = <T extends Uint32Array | Float64Array>(a: T, into: T): T => (into.set(a), into);
    this.from = twice(this.from, new Uint32Array(n));
    this.to = twice(this.to, new Uint32Array(n));
    this.hashes = twice(this.hashes, new Uint32Array(n));
    this.counts = twice(this.counts, new Float64Array(n));
  }

  /** Twice the slots, every word placed again by its hash. */
  private rehash(): void {
    this.slots = new Uint32Array(2 * this.slots.length);
    const mask = this.slots.length - 1;
    for (let i = 0; i < this.sources.length; i++) {
      let slot = this.hashes[i]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = i + 1;
    }
  }
}

/** Whether `a.slice(aFrom, aTo)` and `b.slice(bFrom, bTo)` are the same code units. */
function sameCodes(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): boolean {
  if (aTo - aFrom !== bTo - bFrom) return false;
  for (let i = 0; i < aTo - aFrom; i++) if (a.charCodeAt(aFrom + i) !== b.charCodeAt(bFrom + i)) return false;
  return true;
}
