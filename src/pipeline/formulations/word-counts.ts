/**
 * Counts for a fixed set of words, added to by a part of a longer string (a word of a candidate key `新 常态`)
 * without that part being made into a string. The collocation margins (collocations.ts) add every counted pair's
 * count to its first and its last word: on the provinces 547,000 keys, whose two words as strings, and a map entry
 * for each distinct one, were most of the collocations' time, while only the words of the few frequent candidates
 * are ever read. Exact: a part found by its hash is confirmed by comparing its code units with the word's.
 */

/** Counts of `words`: `add` a part of a string, `get` a word's sum (0 for a word not counted or not among them). */
export class WordCounts {
  private readonly words: string[];
  private readonly hashes: Uint32Array;
  private readonly counts: Float64Array;
  /** Open addressing, linear probing: index + 1 of the word in each slot, 0 for an empty slot. */
  private readonly slots: Uint32Array;

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)];
    this.hashes = Uint32Array.from(this.words, (w) => hashOf(w, 0, w.length));
    this.counts = new Float64Array(this.words.length);
    let size = 16;
    while (size < 2 * this.words.length) size *= 2;
    this.slots = new Uint32Array(size);
    this.words.forEach((_, i) => {
      let slot = this.hashes[i]! & (size - 1);
      while (this.slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      this.slots[slot] = i + 1;
    });
  }

  /** Add `n` to the count of `s.slice(from, to)` if it is one of the words. */
  add(s: string, from: number, to: number, n: number): void {
    const i = this.indexOf(s, from, to);
    if (i >= 0) this.counts[i] = this.counts[i]! + n;
  }

  /** The sum added to `word` (0 if it is not one of the words). */
  get(word: string): number {
    const i = this.indexOf(word, 0, word.length);
    return i < 0 ? 0 : this.counts[i]!;
  }

  private indexOf(s: string, from: number, to: number): number {
    const hash = hashOf(s, from, to);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]!;
      if (held === 0) return -1;
      if (this.hashes[held - 1] === hash && sameCodes(this.words[held - 1]!, s, from, to)) return held - 1;
    }
  }
}

/** Whether `word` is `s.slice(from, to)`. */
function sameCodes(word: string, s: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== s.charCodeAt(from + i)) return false;
  return true;
}

/** FNV-1a over the code units of `s.slice(from, to)`, then a final mix so that the low bits depend on every unit. */
function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
