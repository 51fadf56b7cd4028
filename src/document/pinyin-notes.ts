/**
 * The pinyin a faulty conversion writes after each character of a page (`政協(xié)`, `會(huì)`, `報(bào)`): a
 * dozen in every hundred public 政协 pages as search indexes keep them. The metadata rules read the head without
 * them; the topic rules read the text without them and map what they find back to the text as written. Pure.
 */

import { droppedRanges } from './dropped-ranges.js';

/** A character's pinyin in brackets after it. */
export const PINYIN_NOTE = /(?<=\p{Script=Han})\((?:[a-zü]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]){1,6}\)/gu;

/** `text` without its pinyin notes. */
export function withoutPinyinNotes(text: string): string {
  return text.includes('(') ? text.replace(PINYIN_NOTE, '') : text;
}

/**
 * `text` without its pinyin notes, and where each of its characters stands in `text` (`at[i]`; `at[length]` is
 * `text.length`), so that a span found in the copy maps back: `[at[start], at[end])` holds the same characters
 * with their notes. `undefined` when `text` has no note (the rules then read it as it is).
 *
 * ok: `產(chǎn)業(yè)` → text `產業`, at [0, 7, 12]: the span [0, 2) of the copy is [0, 12), `產(chǎn)業(yè)`.
 */
export function droppedPinyinNotes(text: string): { text: string; at: Int32Array } | undefined {
  if (!text.includes('(')) return undefined;
  const notes = [...text.matchAll(PINYIN_NOTE)];
  if (notes.length === 0) return undefined;
  return droppedRanges(text, notes.map((n) => [n.index, n.index + n[0].length] as const));
}
