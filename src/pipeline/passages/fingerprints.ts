/**
 * Per document: the sentences and long clauses of `doc.text`, each with the hash of its comparison key and
 * its MinHash band values.
 * Pure and worker-friendly: the result is plain data (strings and numbers) that survives structured clone.
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
import { bandValues } from './minhash.js';
import { hanCount, hashKey, unitKeyInfo } from './normalize.js';

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

/** Sentences and long clauses of `doc`, in text order (a sentence before its clauses). */
export function passageFingerprints(doc: ReportDoc, options: { minHan?: number } = {}): PassageUnit[] {
  const minHan = options.minHan ?? MIN_UNIT_HAN;
  const text = doc.text;
  const units: PassageUnit[] = [];
  for (const [start, end] of splitAt(text, 0, text.length, SENTENCE_END)) {
    const sentence = makeUnit(text, start, end, -1, minHan);
    if (!sentence) continue;
    const index = units.push(sentence) - 1;
    const clauses = splitAt(text, sentence.start, sentence.end, CLAUSE_END);
    if (clauses.length < 2) continue;
    for (const [cs, ce] of clauses) {
      const clause = makeUnit(text, cs, ce, index, minHan);
      if (clause && (clause.h1 !== sentence.h1 || clause.h2 !== sentence.h2)) units.push(clause);
    }
  }
  return units;
}

/** Trimmed, non-empty spans of `text[from, to)` between delimiters matching `delimiter`. */
function splitAt(text: string, from: number, to: number, delimiter: Set<number>): [number, number][] {
  const spans: [number, number][] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !delimiter.has(text.charCodeAt(i))) continue;
    let s = start;
    let e = i;
    while (s < e && LEADING_TRIM.has(text.charCodeAt(s))) s++;
    while (e > s && TRAILING_TRIM.has(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push([s, e]);
    start = i + 1;
  }
  return spans;
}

function makeUnit(text: string, start: number, end: number, parent: number, minHan: number): PassageUnit | undefined {
  const written = text.slice(start, end);
  if (hanCount(written) < minHan) return undefined; // cheap test first: most clauses are short
  const { key, han } = unitKeyInfo(written);
  if (han < minHan) return undefined;
  const [h1, h2] = hashKey(key);
  return { h1, h2, key, bands: bandValues(key), start, end, chars: codePoints(written), parent, text: written };
}

function codeSet(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}
