/**
 * The comparison key of a passage unit, and its hash. Pure.
 *
 * Two units are "the same passage" when their keys are equal. The key forgives what template copies change
 * without changing the wording:
 * - a leading list marker (（一） 一、 1. （1） ① 一是) is dropped, so an item keeps its identity when renumbered;
 * - characters fold to their compatibility form (NFKC: full-width letters and digits → ASCII);
 * - every run of placeholder masks and digits (X XX ×× * ** 某某 2023 3.5 20XX) becomes one `#`, so a redacted
 *   copy matches its original and "2023年" matches "2024年";
 * - whitespace, punctuation and symbols are removed (、 vs ， vs nothing; “” vs "" vs 「」).
 *
 * ok:  the key of '（二）实现了“全覆盖”，召开XX次' and of '2.实现了全覆盖、召开12次' is '实现了全覆盖召开#次'
 *
 * It runs once per sentence of every document, so it is one pass over a per-code-unit class table rather than
 * a chain of regular expressions (five times faster on the 773 government reports).
 */

/** `String.fromCharCode` over `codes[0, n)` in chunks: the string table's, passed on to this module's users. */
export { fromCodes } from '../../string-table.js';

const LIST_MARKER =
  /^\s*(?:[（(]\s*[一二三四五六七八九十百\d０-９]+\s*[)）]|[一二三四五六七八九十百]+[、.．]|[\d０-９]+\s*[、.．](?![\d０-９])|[①-⑳]|[一二三四五六七八九十]是)\s*/u;

const DROP = 0;
const KEEP = 1;
const MASK = 2;
const LATIN_X = 3;
const MOU = 4;
const HASH = 0x23;

let classes: Uint8Array | undefined;
let folded: Uint16Array | undefined;

/** Class and folded form of every BMP code unit, built on first use (≈30 ms). Surrogates are kept as they are. */
function tables(): [Uint8Array, Uint16Array] {
  if (classes && folded) return [classes, folded];
  classes = new Uint8Array(0x10000);
  folded = new Uint16Array(0x10000);
  const word = /^[\p{L}\p{N}]$/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      classes[c] = KEEP;
      folded[c] = c;
      continue;
    }
    const f = String.fromCharCode(c).normalize('NFKC');
    const fc = f.length === 1 ? f.charCodeAt(0) : c;
    folded[c] = fc;
    if (c === 0x67d0) classes[c] = MOU;
    else if (fc === 0x58 || fc === 0x78) classes[c] = LATIN_X;
    else if ((fc >= 0x30 && fc <= 0x39) || fc === 0x2a || fc === 0xd7 || (f.length > 1 && /^\d+$/.test(f))) classes[c] = MASK;
    else classes[c] = word.test(f.length === 1 ? f : String.fromCharCode(c)) ? KEEP : DROP;
  }
  return [classes, folded];
}

let markerStarts: Uint8Array | undefined;

/**
 * 1 for the code units a `LIST_MARKER` match can begin with (white space, or the first character of a marker):
 * most units begin with none of them, and need not be copied out and matched.
 */
function mayStartMarker(): Uint8Array {
  if (markerStarts) return markerStarts;
  markerStarts = new Uint8Array(0x10000);
  const space = /^\s$/u;
  for (let c = 0; c < 0x10000; c++) if (space.test(String.fromCharCode(c))) markerStarts[c] = 1;
  for (const c of '（(一二三四五六七八九十百0123456789０１２３４５６７８９') markerStarts[c.charCodeAt(0)] = 1;
  for (let c = 0x2460; c <= 0x2473; c++) markerStarts[c] = 1; // ①-⑳
  return markerStarts;
}

/** A growing buffer of UTF-16 code units: `codes[0, length)` are written. */
export interface CodeBuffer {
  codes: Uint16Array;
  length: number;
}

/**
 * Append the key of `text[from, to)` to `out` (see the module header) and
 * return the number of Han characters in it. No string per unit: `passageUnits` hashes the codes in place.
 */
export function writeUnitKey(text: string, from: number, to: number, out: CodeBuffer): number {
  const [cls, fold] = tables();
  if (out.codes.length < out.length + to - from) {
    const grown = new Uint16Array(2 * (out.length + to - from));
    grown.set(out.codes.subarray(0, out.length));
    out.codes = grown;
  }
  const buffer = out.codes;
  let n = out.length;
  let han = 0;
  let lastMask = false;
  const marker = from < to && mayStartMarker()[text.charCodeAt(from)] === 1
    ? LIST_MARKER.exec(from === 0 && to === text.length ? text : text.slice(from, to))
    : null;
  for (let i = from + (marker?.[0].length ?? 0); i < to; i++) {
    const c = text.charCodeAt(i);
    let k = cls[c]!;
    if (k === LATIN_X) k = inLatinWord(text, i, from, to, fold) ? KEEP : MASK;
    else if (k === MOU) k = (i > from && text.charCodeAt(i - 1) === 0x67d0) || (i + 1 < to && text.charCodeAt(i + 1) === 0x67d0) ? MASK : KEEP;
    if (k === MASK) {
      if (!lastMask) buffer[n++] = HASH;
      lastMask = true;
    } else if (k === KEEP) {
      const f = fold[c]!;
      buffer[n++] = f;
      lastMask = false;
      if (isHanUnit(f)) han++;
    }
  }
  out.length = n;
  return han;
}

/** Whether the X at `i` is part of a Latin word (Xi, Box) rather than a mask (X, XX, 20XX), within `[from, to)`. */
function inLatinWord(text: string, i: number, from: number, to: number, fold: Uint16Array): boolean {
  for (let j = i - 1; j >= from && isLatin(fold[text.charCodeAt(j)]!); j--) if (!isX(fold[text.charCodeAt(j)]!)) return true;
  for (let j = i + 1; j < to && isLatin(fold[text.charCodeAt(j)]!); j++) if (!isX(fold[text.charCodeAt(j)]!)) return true;
  return false;
}

function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isX(c: number): boolean {
  return c === 0x58 || c === 0x78;
}

/**
 * A code unit `hanCount` counts: a CJK ideograph of the BMP, or the high surrogate of one of the supplementary
 * planes' (U+20000–U+2FFFF), so that a pair counts once.
 */
export function isHanUnit(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87e);
}

/** Han characters (CJK ideographs, BMP and supplementary planes) in `text`, or in `text[from, to)`. */
export function hanCount(text: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isHanUnit(c)) n++;
  }
  return n;
}

/**
 * A 64-bit hash of the key in `codes[from, to)` as two unsigned 32-bit lanes (cyrb53's multiply–xorshift
 * mixing, kept at full width; collisions are negligible for millions of units), written to `out[at]` (h1) and
 * `out[at + 1]` (h2).
 */
export function writeHash(codes: Uint16Array, from: number, to: number, out: Uint32Array, at: number): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = from; i < to; i++) {
    const c = codes[i]!;
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out[at] = h1 >>> 0;
  out[at + 1] = h2 >>> 0;
}

/** The hash as 16 hex digits. */
export function hashHex(h1: number, h2: number): string {
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
