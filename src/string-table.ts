/**
 * A table of distinct strings numbered in order of first sight, held as code units in typed arrays rather than as
 * one heap string and one map entry each. The corpus step of `analyze` keeps every distinct term and phrase key of
 * the corpus from the first document to the last (spilled-counts.ts): on the provinces 790,000 strings, which as
 * strings in a `Map` took 61 MB of the main thread's heap (28 MB of map table, 26 MB of strings, 7 MB of array) at
 * the peak of the run, while the documents are still being analysed. Here they take about 40 bytes each (code
 * units, start, and two to four slots of hash and id), outside the heap, and are made into strings only when the
 * corpus step reads them. Lookup is exact: a hash match is confirmed by comparing the code units.
 *
 * A string is looked up as a range of a longer one, with its hash (`hashOfRange`) computed where it was packed:
 * the analysing workers send each document's terms as one string (packed-terms.ts), so that this thread neither
 * receives a string per term nor hashes them.
 */

/** Slots of the hash table to begin with (a power of two); it doubles when half full. */
const FIRST_SLOTS = 1 << 12;
/** Code units read into one `String.fromCharCode` call (its arguments go on the stack). */
const CHUNK = 4096;

/** Distinct strings by id (0, 1, 2 … in order of first sight). */
export class StringTable {
  /** The code units of every string, one after another. */
  private codes = new Uint16Array(1 << 16);
  /** `starts[id]` is where string `id` begins in `codes`; `starts[size]` is where the next one will. */
  private starts = new Uint32Array(FIRST_SLOTS / 2 + 1);
  /**
   * Open addressing, linear probing, two words a slot: the hash of the string in it (compared before the code units)
   * and its id + 1, 0 for an empty slot. The hash beside the id spares a probe a read elsewhere.
   */
  private slots = new Uint32Array(2 * FIRST_SLOTS);
  /** How many distinct strings. */
  size = 0;

  /** The id of `text.slice(from, to)`, added if new; `hash` is `hashOfRange(text, from, to)`. */
  idOf(text: string, from: number, to: number, hash: number): number {
    const found = this.probe(text, from, to, hash);
    return found >= 0 ? found : this.added(text, from, to, hash, -found - 1);
  }

  /** The id of `text.slice(from, to)`, or −1 if it is not in the table (nothing is added). */
  find(text: string, from: number, to: number, hash: number): number {
    return Math.max(-1, this.probe(text, from, to, hash));
  }

  /** The string of `id` (a new string each time). */
  stringOf(id: number): string {
    const from = this.starts[id]!;
    const to = this.starts[id + 1]!;
    return fromCodes(this.codes.subarray(from, to), to - from);
  }

  /** The id of the string, or −(slot + 1) of the empty slot where it would go. */
  private probe(text: string, from: number, to: number, hash: number): number {
    const { slots } = this;
    const mask = slots.length / 2 - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = slots[2 * slot + 1]!;
      if (held === 0) return -slot - 1;
      if (slots[2 * slot] === hash && this.equals(held - 1, text, from, to)) return held - 1;
    }
  }

  private equals(id: number, text: string, from: number, to: number): boolean {
    const start = this.starts[id]!;
    if (this.starts[id + 1]! - start !== to - from) return false;
    for (let i = from, j = start; i < to; i++, j++) if (this.codes[j] !== text.charCodeAt(i)) return false;
    return true;
  }

  private added(text: string, from: number, to: number, hash: number, slot: number): number {
    const id = this.size++;
    if (id + 1 === this.starts.length) this.starts = grown(this.starts, new Uint32Array(2 * id + 1));
    const start = this.starts[id]!;
    const end = start + to - from;
    if (end > this.codes.length) this.codes = grown(this.codes, new Uint16Array(Math.max(end, 2 * this.codes.length)));
    for (let i = from, j = start; i < to; i++, j++) this.codes[j] = text.charCodeAt(i);
    this.starts[id + 1] = end;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = id + 1;
    if (4 * this.size > this.slots.length) this.rehash();
    return id;
  }

  /** Twice the slots, every string placed again by its hash. */
  private rehash(): void {
    const old = this.slots;
    const slots = (this.slots = new Uint32Array(2 * old.length));
    const mask = slots.length / 2 - 1;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === 0) continue;
      let slot = old[at]! & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[at]!;
      slots[2 * slot + 1] = old[at + 1]!;
    }
  }
}

/**
 * The hash a `StringTable` files `text.slice(from, to)` under: FNV-1a over the code units, then a final mix so that
 * the low bits (the slot) depend on every unit.
 */
export function hashOfRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/**
 * `String.fromCharCode` over `codes[0, n)`, in chunks small enough for any engine's argument limit (a typed array is
 * array-like enough for `apply`, without an array made of it).
 */
export function fromCodes(codes: Uint16Array, n: number): string {
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  let s = '';
  for (let i = 0; i < n; i += CHUNK) s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  return s;
}

/** `into`, a larger array, with `a` copied to its start. */
function grown<T extends Uint16Array | Uint32Array>(a: T, into: T): T {
  into.set(a);
  return into;
}
