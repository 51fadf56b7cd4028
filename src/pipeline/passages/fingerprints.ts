/**
 * Per document: the sentences and long clauses of `doc.text`, each with the hash of its comparison key and
 * its MinHash band values.
 * Pure and worker-friendly: `passageUnits` gives columns (typed arrays and two strings), which a worker sends to
 * the main thread almost for free; `passageFingerprints` gives the same units as one object each.
 *
 * - A sentence ends at 。！？!?；; or a line break.
 * - A clause ends at ，,：: inside a sentence; clauses are units of their own only when the sentence has
 *   more than one, so that a clause reused inside differently worded sentences is still found.
 * - A unit needs at least `minHan` Han characters (default 12): shorter ones (坚持党的领导) are stock phrases
 *   every report has, not reuse.
 *
 * ok: '…设立临时党组织，实现党的组织对党员委员的全覆盖、党的工作对政协委员的全覆盖。' gives the sentence and its
 *     second clause (27 Han characters); the first clause has 8 and is dropped.
 */
import type { ReportDoc } from '../../types.js';
import { BANDS } from './minhash.js';
import { fromCodes, isHanUnit } from './normalize.js';
import { addUnit, createColumns, finishColumns, type UnitColumns } from './unit-columns.js';
import type { PassageUnits } from './units.js';

/** Declared in units.ts, below both this module and the columns that fill it (unit-columns.ts). */
export type { PassageUnits } from './units.js';

/** One sentence or long clause of a document. */
export interface PassageUnit {
  /** 64-bit hash of the normalised unit as two unsigned 32-bit lanes: equal hashes, equal keys. */
  h1: number;
  h2: number;
  /** The normalised comparison key (normalize.ts). */
  key: string;
  /** MinHash LSH band values of the key's bigrams (minhash.ts), for near-duplicate candidates. */
  bands: number[];
  /** Half-open offsets in `doc.text`, without the delimiter and surrounding spaces. */
  start: number;
  end: number;
  /** Code points of the unit as written. */
  chars: number;
  /** Index in the same array of the sentence a clause belongs to; -1 for a sentence. */
  parent: number;
  /** The unit as written in `doc.text`. */
  text: string;
}

/** Fewest Han characters a unit needs. */
export const MIN_UNIT_HAN = 12;

const SENTENCE_END = codeSet('。！？!?；;\n');
const CLAUSE_END = codeSet('，,：:');
/** Trimmed from a unit's start: spaces, and closing marks left over from the previous sentence. */
const LEADING_TRIM = codeSet(' \t\n\r”’」』）)】〕》');
const TRAILING_TRIM = codeSet(' \t\n\r');

/** Sentences and long clauses of `doc`, in text order (a sentence before its clauses), one object each. */
export function passageFingerprints(doc: ReportDoc, options: { minHan?: number } = {}): PassageUnit[] {
  const units = passageUnits(doc, options);
  return Array.from({ length: units.count }, (_, i) => ({
    h1: units.hashes[2 * i]!,
    h2: units.hashes[2 * i + 1]!,
    key: keyOf(units, i),
    bands: Array.from(units.bands.subarray(i * BANDS, (i + 1) * BANDS)),
    start: units.starts[i]!,
    end: units.ends[i]!,
    chars: units.chars[i]!,
    parent: units.parents[i]!,
    text: textOf(units, i),
  }));
}

/** The normalised key of unit `i`. */
export function keyOf(units: PassageUnits, i: number): string {
  const start = i === 0 ? 0 : units.keyEnds[i - 1]!;
  return fromCodes(units.keys.subarray(start, units.keyEnds[i]!), units.keyEnds[i]! - start);
}

/** Unit `i` as written. */
export function textOf(units: PassageUnits, i: number): string {
  return units.text.slice(units.starts[i]!, units.ends[i]!);
}

/** Sentences and long clauses of `doc`, in text order (a sentence before its clauses), as columns. */
export function passageUnits(doc: ReportDoc, options: { minHan?: number } = {}): PassageUnits {
  const minHan = options.minHan ?? MIN_UNIT_HAN;
  const text = doc.text;
  // Room for what this genre has: about one unit per 21 code units of text and 1.5 code units of keys per code
  // unit (sentences, and clauses again); more grows the columns.
  const cols = createColumns(Math.max(64, text.length >> 4), Math.max(4096, Math.ceil(text.length * 1.6)));
  // One pass finds the sentences and counts their Han characters (the cheap test first: most spans are short);
  // a sentence is read again only when it is long enough, to split it into clauses. Trimming a span never removes
  // a Han character (isHanUnit, what normalize.ts's hanCount counts), so a span's count is its segment's.
  let start = 0;
  let han = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (SENTENCE_END[c] === 0) {
      if (isHanUnit(c)) han++;
      continue;
    }
    if (han >= minHan) addSentence(cols, text, start, i, minHan);
    start = i + 1;
    han = 0;
  }
  return finishColumns(cols, text);
}

/** Clause spans of the sentence being read: start, end and Han characters of each (scratch, grown as needed). */
let clauses: Int32Array = new Int32Array(3 * 64);

/** Add the sentence `text[from, to)` (before trimming) and its long clauses, if it has more than one clause. */
function addSentence(cols: UnitColumns, text: string, from: number, to: number, minHan: number): void {
  const [start, end] = trimmed(text, from, to);
  if (end === start) return;
  const sentence = addUnit(cols, text, start, end, -1, minHan);
  if (sentence < 0) return;
  let count = 0;
  let clauseStart = start;
  let han = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x2c;
    if (CLAUSE_END[c] === 0) {
      if (isHanUnit(c)) han++;
      continue;
    }
    const [s, e] = trimmed(text, clauseStart, i);
    if (e > s) {
      if (3 * count + 3 > clauses.length) clauses = grown(clauses);
      clauses[3 * count] = s;
      clauses[3 * count + 1] = e;
      clauses[3 * count++ + 2] = han;
    }
    clauseStart = i + 1;
    han = 0;
  }
  if (count < 2) return;
  for (let k = 0; k < count; k++) {
    if (clauses[3 * k + 2]! >= minHan) addUnit(cols, text, clauses[3 * k]!, clauses[3 * k + 1]!, sentence, minHan, sentence);
  }
}

/** `text[from, to)` without leading `LEADING_TRIM` and trailing `TRAILING_TRIM` characters. */
function trimmed(text: string, from: number, to: number): [number, number] {
  let s = from;
  let e = to;
  while (s < e && LEADING_TRIM[text.charCodeAt(s)] === 1) s++;
  while (e > s && TRAILING_TRIM[text.charCodeAt(e - 1)] === 1) e--;
  return [s, e];
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}

/** 1 for each character of `chars`, by UTF-16 code unit: one array read per character of the text. */
function codeSet(chars: string): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (const c of chars) set[c.charCodeAt(0)] = 1;
  return set;
}
