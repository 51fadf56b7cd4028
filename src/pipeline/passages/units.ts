/**
 * The passage units of one document as columns: the shape `passageUnits` (fingerprints.ts) returns, the
 * columns being filled (unit-columns.ts) finish as, and the corpus step reads. A module of its own so that
 * those two modules need not import each other.
 */

/**
 * The units of one document, column by column: unit i is `hashes[2i]`, `hashes[2i+1]` (h1, h2),
 * `bands[i·BANDS …]`, `starts[i]`, `ends[i]`, `chars[i]`, `parents[i]`, key `keyOf(units, i)` and text
 * `textOf(units, i)`. Some 700,000 unit objects cost seconds to clone between threads; these columns do not.
 */
export interface PassageUnits {
  count: number;
  hashes: Uint32Array;
  bands: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
  chars: Uint32Array;
  parents: Int32Array;
  /** Every key's UTF-16 code units, concatenated; unit i's key ends at `keyEnds[i]`. */
  keys: Uint16Array;
  keyEnds: Uint32Array;
  /** The document's text, which `starts` and `ends` point into. */
  text: string;
}
