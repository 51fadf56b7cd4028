/**
 * Phrase candidates of one document, counted where the document is analysed (a worker) so that the corpus step
 * can find the multiword expressions the segmenter splits (新/常态, 新/质/生产力) without the tokens:
 *
 * - `ngram`: two or three adjacent Han words, none of them a stop word, with nothing between them (no punctuation,
 *   space or number), at most 8 code points together; a three-word sequence only when one of its words is a
 *   single character (the mark of a word the dictionary does not know: 新/质/生产力), so that compositional
 *   phrases of longer words are counted as pairs only. Key: the words joined by one space (`新 常态`).
 * - `quoted`: a short quoted phrase (2–8 Han characters between “ ” or 「 」) that the segmenter cuts into two
 *   or more words. Its count is every occurrence of the phrase in the document, quoted or not. Key: `“phrase”`.
 *   A quoted phrase that is one word already (“放管服”) is left to the terms, but the quoting is kept as evidence
 *   (formulations.csv `quoted_documents`): key `‘word’`, count 1.
 * - `plus`: the A+ pattern, a Han word of two or more characters right before + or ＋ (互联网+). Key: `word+`.
 *
 * Bounded: a document keeps one count per distinct candidate, never its text or tokens.
 */
import type { TermCounts } from '../per-document/count.js';
import { WORD, type Tokens } from '../per-document/tokens.js';

/** The longest phrase (code points) counted as an n-gram or a quoted phrase. */
export const MAX_PHRASE_CHARS = 8;

const QUOTED = /[“「]([\p{Script=Han}]{2,8})[”」]/gu;
const PLUS = /^[+＋]$/;

/** Candidate key → count, in order of first occurrence, as columns (cheap to move between threads). */
export function phraseCandidates(text: string, tokens: Tokens, stopwords: ReadonlySet<string>): TermCounts {
  const counts = new Map<string, number>();
  const add = (key: string, n = 1) => counts.set(key, (counts.get(key) ?? 0) + n);
  const { kinds, ids, types, offsets } = tokens;
  // Whether each distinct text is a stop word, asked once per text rather than once per token.
  const stop = Uint8Array.from(types, (t) => (stopwords.has(t) ? 1 : 0));
  /** A Han word of the text that is not a stop word (tokens of kind WORD are Han by construction). */
  const content = (i: number) => i < tokens.length && kinds[i] === WORD && stop[ids[i]!] === 0;
  const len = (i: number) => offsets[i + 1]! - offsets[i]!;
  const word = (i: number) => types[ids[i]!]!;
  for (let i = 0; i < tokens.length; i++) {
    if (!content(i)) {
      if (i > 0 && PLUS.test(word(i)) && kinds[i - 1] === WORD && len(i - 1) >= 2) add(`${word(i - 1)}+`);
      continue;
    }
    if (!content(i + 1)) continue;
    if (len(i) + len(i + 1) <= MAX_PHRASE_CHARS) add(`${word(i)} ${word(i + 1)}`);
    if (!content(i + 2)) continue;
    const oneChar = len(i) === 1 || len(i + 1) === 1 || len(i + 2) === 1;
    if (oneChar && len(i) + len(i + 1) + len(i + 2) <= MAX_PHRASE_CHARS) add(`${word(i)} ${word(i + 1)} ${word(i + 2)}`);
  }
  for (const [phrase, pieces] of quotedPhrases(text, offsets, tokens.length)) {
    if (pieces > 1) add(`“${phrase}”`, occurrences(text, phrase));
    else add(`‘${phrase}’`);
  }
  return { terms: [...counts.keys()], counts: Uint32Array.from(counts.values()) };
}

/** Each distinct quoted phrase → how many tokens the segmenter made of it (at its first quoted occurrence). */
function quotedPhrases(text: string, offsets: Int32Array, n: number): Map<string, number> {
  const out = new Map<string, number>();
  let t = 0;
  for (const m of text.matchAll(QUOTED)) {
    const phrase = m[1]!;
    if (out.has(phrase)) continue;
    const start = m.index + 1;
    const end = start + phrase.length;
    while (t < n && offsets[t]! < start) t++;
    let pieces = 0;
    for (let k = t; k < n && offsets[k + 1]! <= end; k++) pieces++;
    out.set(phrase, pieces);
  }
  return out;
}

/** Non-overlapping occurrences of `phrase` in `text`. */
function occurrences(text: string, phrase: string): number {
  let n = 0;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) n++;
  return n;
}
