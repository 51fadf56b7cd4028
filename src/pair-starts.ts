/**
 * Where a word of a fixed list can start: a table of 64K slots, one per hash of a text's first two code units, with
 * 1 at the slot of every word's. A place whose slot is 0 begins no word, told without a look-up in the list; a 1
 * may be another pair's (two pairs can share a slot), so a 1 is then checked.
 *
 * @example
 * const starts = pairStarts(['政协', '协商']);
 * starts[pairSlot(0x653f, 0x534f)]; // 1: 政协 begins here
 */

/** The slot of a text whose first two code units are `first` and `second` (0xffff for a text of one). */
export function pairSlot(first: number, second: number): number {
  return (Math.imul(first, 31) + second) & 0xffff;
}

/**
 * The slots of `words` of two code units or more; with `single`, also of every word's first code unit alone (the
 * slot with 0xffff), for a caller that looks up a text of one code unit.
 */
export function pairStarts(words: Iterable<string>, { single = false }: { single?: boolean } = {}): Uint8Array {
  const starts = new Uint8Array(0x10000);
  for (const word of words) {
    if (single && word.length > 0) starts[pairSlot(word.charCodeAt(0), 0xffff)] = 1;
    if (word.length > 1) starts[pairSlot(word.charCodeAt(0), word.charCodeAt(1))] = 1;
  }
  return starts;
}
