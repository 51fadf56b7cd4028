/**
 * The passage units of a corpus gathered one document at a time, as documents are analysed, so that the
 * shared-passages step (shared.ts) has little left to do after the last one and the documents' texts need not
 * be kept. Not pure: an index grows as documents are added; `rankedIndex` then reads it once.
 *
 * Per unit only its key id, parent and length are kept (12 bytes); per distinct key its hash, band values,
 * normalised key and the text of its first occurrence (earliest year, then doc_id, then position: the order
 * shared.ts defines), which is all that shared_passages.csv shows of a key. Key ids are numbered as keys arrive
 * and renumbered in hash order at the end, as `sharedPassages` numbered them when it saw the whole corpus.
 *
 * On a real corpus nearly every unit is a key of its own (604,000 keys of 659,000 units on the provinces), so
 * the keys' codes and texts grow with the corpus: `analyze` spills them to a file (io/code-store.ts) and reads
 * them back once, at the end: the normalised keys front to back, the texts of the shared passages only. So too
 * the columns written once per key (hash, band values, code start: key-records.ts); what stays in the heap while
 * documents come is 28 bytes a key (first occurrence) and the key lookup.
 */
import { compareStrings } from '../../compare.js';
import { appendCodes, closeCodeStore, memoryCodeStore, settle, spilledCodeStore, storedLength, type CodeStore } from '../../io/code-store.js';
import { appendKeyRecord, readKeyRecords } from './key-records.js';
import { BANDS } from './minhash.js';
import type { PackedPassageUnits } from './packed.js';
import { createKeyTable, insert, lookUp, type KeyTable } from './key-table.js';
import { ascendingOrder } from './unit-index.js';

/** A document as the shared-passages step sees it, but for its units. */
export interface PassageDocInfo {
  id: string;
  year: number | null;
  region: string;
  /** The document's character count (documents.csv). */
  chars: number;
}

/** The corpus so far; see `createPassageIndex`. */
export interface PassageIndex {
  docs: PassageDocInfo[];
  /** Per document (in the order added), per unit: key id in order of arrival. */
  keyOf: Int32Array[];
  parents: Int32Array[];
  unitChars: Uint32Array[];
  /** Distinct keys (by 53-bit packed hash) and their columns, by key id. */
  count: number;
  /** Packed hash, band values (`BANDS` a key) and code starts of the keys: filled by `collectedOf` from `records`. */
  packed: Float64Array;
  bands: Uint32Array;
  /** Those three columns while documents come, a record per key (key-records.ts). */
  records: CodeStore;
  /** Key id of arrival by 53-bit packed hash (for `addPassageDoc` only). */
  ids: KeyTable;
  /** Key k's normalised codes are `keyCodes.codes[keyStart[k], keyStart[k + 1])`. */
  keyCodes: CodeStore;
  keyStart: Float64Array;
  /** First occurrence of key k: its document, hash (h1, h2) and text (`texts` from `textAt[2k]` to `textAt[2k+1]`). */
  firstDoc: Int32Array;
  firstHash: Uint32Array;
  texts: CodeStore;
  textAt: Float64Array;
}

const TWO_21 = 2 ** 21;

/** An index as the corpus step reads it once every document is in: plain data, without the lookup of keys. */
export type CollectedPassages = Omit<PassageIndex, 'ids' | 'records'>;

/** An empty index; `spill`: keys' codes and texts go to files (`closePassageIndex` when done), not the heap. */
export function createPassageIndex(options: { spill?: boolean } = {}): PassageIndex {
  const capacity = 1024;
  const store = options.spill === true ? spilledCodeStore : memoryCodeStore;
  return {
    docs: [], keyOf: [], parents: [], unitChars: [], count: 0, ids: createKeyTable(),
    packed: new Float64Array(0), bands: new Uint32Array(0), records: store(),
    keyCodes: store(), keyStart: Float64Array.of(0),
    firstDoc: new Int32Array(capacity), firstHash: new Uint32Array(2 * capacity),
    texts: store(), textAt: new Float64Array(2 * capacity),
  };
}

/** The index with every code written out, ready to be read (here or in a worker), without its key lookup. */
export function collectedOf(index: PassageIndex): CollectedPassages {
  settle(index.keyCodes);
  settle(index.texts);
  Object.assign(index, readKeyRecords(index.records, index.count));
  closeCodeStore(index.records);
  const { ids: _, records: __, ...collected } = index;
  return collected;
}

/** Earliest year first (unknown years last), then doc_id: the order that defines a passage's first occurrence. */
export function compareDocs(a: PassageDocInfo, b: PassageDocInfo): number {
  const ya = a.year ?? Number.POSITIVE_INFINITY;
  const yb = b.year ?? Number.POSITIVE_INFINITY;
  return ya !== yb ? ya - yb : compareStrings(a.id, b.id);
}

/** Add one document's units (doc_ids unique over the corpus); `units` is not kept, only read. */
export function addPassageDoc(index: PassageIndex, doc: PassageDocInfo, units: PackedPassageUnits): void {
  const d = index.docs.push(doc) - 1;
  const { count, hashes } = units;
  const keys = new Int32Array(count);
  for (let u = 0; u < count; u++) {
    // The 64-bit hash packed into a double (all of h1, the top 21 bits of h2), as keys were always told apart.
    const packed = hashes[2 * u]! * TWO_21 + (hashes[2 * u + 1]! >>> 11);
    let k = lookUp(index.ids, packed);
    if (k < 0) {
      k = newKey(index, packed, units, u);
      firstSeen(index, k, d, units, u);
    } else if (index.firstDoc[k] !== d && compareDocs(doc, index.docs[index.firstDoc[k]!]!) < 0) firstSeen(index, k, d, units, u);
    keys[u] = k;
  }
  index.keyOf.push(keys);
  index.parents.push(units.parents);
  index.unitChars.push(units.chars);
}

function newKey(index: PassageIndex, packed: number, units: PackedPassageUnits, u: number): number {
  const k = index.count++;
  if (k === index.firstDoc.length) growKeys(index);
  insert(index.ids, packed, k);
  const from = u === 0 ? 0 : units.keyEnds[u - 1]!;
  appendCodes(index.keyCodes, units.keys, from, units.keyEnds[u]!);
  appendKeyRecord(index.records, packed, units.bands, u * BANDS, storedLength(index.keyCodes));
  return k;
}

/** Unit `u` of document `d` is the first occurrence of key `k` so far: keep its hash and its text. */
function firstSeen(index: PassageIndex, k: number, d: number, units: PackedPassageUnits, u: number): void {
  index.firstDoc[k] = d;
  index.firstHash[2 * k] = units.hashes[2 * u]!;
  index.firstHash[2 * k + 1] = units.hashes[2 * u + 1]!;
  // A text replaced by an earlier occurrence stays in the pool: replacements are few (documents come roughly
  // by region, then year), and a pool without holes needs no allocator.
  index.textAt[2 * k] = storedLength(index.texts);
  appendCodes(index.texts, units.text, units.starts[u]!, units.ends[u]!);
  index.textAt[2 * k + 1] = storedLength(index.texts);
}

/**
 * Room for half as many keys again: while the columns grow the old and the new are both held, and doubling left up
 * to twice the room needed.
 */
function growKeys(index: PassageIndex): void {
  const n = Math.ceil(1.5 * index.firstDoc.length);
  index.firstDoc = grown(index.firstDoc, n);
  index.firstHash = grown(index.firstHash, 2 * n);
  index.textAt = grown(index.textAt, 2 * n);
}

function grown<T extends Float64Array | Uint32Array | Int32Array | Uint16Array>(a: T, length: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a);
  return b;
}

/**
 * The index read for the corpus step: documents ranked (`compareDocs`), key ids renumbered in hash order
 * (`keyOf` by rank), and each key's columns by its new id. The index's own columns are reused, not copied.
 */
export interface RankedIndex {
  docs: PassageDocInfo[];
  count: number;
  keyOf: Int32Array[];
  parents: Int32Array[];
  unitChars: Uint32Array[];
  /** Band values by key id, band by band: key k's in band b is `bandTable[b · count + k]`. */
  bandTable: Uint32Array;
  /** Key id → id of arrival in the index (to read its codes, hash and text), and back. */
  arrivalOf: Int32Array;
  idOf: Int32Array;
  index: CollectedPassages;
}

/** Rank the documents and renumber the keys (see `RankedIndex`). */
export function rankedIndex(index: CollectedPassages): RankedIndex {
  const order = Array.from(index.docs.keys()).sort((a, b) => compareDocs(index.docs[a]!, index.docs[b]!));
  const n = index.count;
  const arrivalOf = ascendingOrder(index.packed, n);
  const idOf = new Int32Array(n);
  const bandTable = new Uint32Array(n * BANDS);
  const { bands } = index;
  for (let id = 0; id < n; id++) {
    const k = arrivalOf[id]!;
    idOf[k] = id;
    for (let b = 0; b < BANDS; b++) bandTable[b * n + id] = bands[k * BANDS + b]!;
  }
  const keyOf = order.map((d) => {
    const keys = index.keyOf[d]!;
    const ids = new Int32Array(keys.length);
    for (let u = 0; u < keys.length; u++) ids[u] = idOf[keys[u]!]!;
    return ids;
  });
  return {
    docs: order.map((d) => index.docs[d]!), count: n, keyOf, bandTable, arrivalOf, idOf, index,
    parents: order.map((d) => index.parents[d]!), unitChars: order.map((d) => index.unitChars[d]!),
  };
}
