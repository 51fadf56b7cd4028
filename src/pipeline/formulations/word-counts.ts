/**
 * Counts for a set of words, each word given and found as a part of a longer string (a word of a candidate key
 * `新 常态`) that is never made into a string of its own. The collocation margins (collocations.ts) add every
 * counted pair's count to its first and its last word: on the provinces 547,000 keys, whose two words as strings,
 * and a map entry for each distinct one, were most of the collocations' time, while only the words of the few
 * frequent candidates are ever read. Exact: a part found by its hash is confirmed by comparing its code units.
 */

import { hashOfRange, StringTable } from '../../string-table.js';

/** Counts by word: `include` the words, then `add` to them and `get` them, each named by a part of some string. */
export class WordCounts {
  /** The words, by number. */
  private readonly words = new StringTable();
  /** The sum added to each word, by its number in `words`. */
  private counts = new Float64Array(1 << 9);

  /** Count `s.slice(from, to)` as one of the words (its count 0); nothing if it is one already. */
  include(s: string, from: number, to: number): void {
    const i = this.words.idOf(s, from, to, hashOfRange(s, from, to));
    if (i === this.counts.length) {
      const grown = new Float64Array(2 * i);
      grown.set(this.counts);
      this.counts = grown;
    }
  }

  /** Add `n` to the count of `s.slice(from, to)` if it is one of the words. */
  add(s: string, from: number, to: number, n: number): void {
    const i = this.words.find(s, from, to, hashOfRange(s, from, to));
    if (i >= 0) this.counts[i] = this.counts[i]! + n;
  }

  /** The sum added to `s.slice(from, to)` (0 if it is not one of the words). */
  get(s: string, from: number, to: number): number {
    const i = this.words.find(s, from, to, hashOfRange(s, from, to));
    return i < 0 ? 0 : this.counts[i]!;
  }
}
