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
import { CandidateCounts } from './phrase-counts.js';

/** The longest phrase (code points) counted as an n-gram or a quoted phrase. */
export const MAX_PHRASE_CHARS = 8;

const QUOTED = /[“「]([\p{Script=Han}]{2,8})[”」]/gu;
/** Flags of a distinct token text. */
const STOP = 1;
const PLUS = 2;

/** Candidate key → count, in order of first occurrence, as columns (cheap to move between threads). */
export function phraseCandidates(text: string, tokens: Tokens, stopwords: ReadonlySet<string>): TermCounts {
  const counts = new CandidateCounts(tokens.types);
  const { kinds, ids, types, offsets } = tokens;
  const n = tokens.length;
  // Whether each distinct text is a stop word, or + or ＋, asked once per text rather than once per token (in a
  // loop: `Uint8Array.from` with a function took half of this step).
  const flags = new Uint8Array(types.length);
  for (let t = 0; t < types.length; t++) {
    const type = types[t]!;
    flags[t] = (stopwords.has(type) ? STOP : 0) | (type === '+' || type === '＋' ? PLUS : 0);
  }
  /** A Han word of the text that is not a stop word (tokens of kind WORD are Han by construction). */
  const content = (i: number) => i < n && kinds[i] === WORD && (flags[ids[i]!]! & STOP) === 0;
  const len = (i: number) => offsets[i + 1]! - offsets[i]!;
  for (let i = 0; i < n; i++) {
    if (!content(i)) {
      if (i > 0 && (flags[ids[i]!]! & PLUS) !== 0 && kinds[i - 1] === WORD && len(i - 1) >= 2) counts.addPlus(ids[i - 1]!);
      continue;
    }
    if (!content(i + 1)) continue;
    if (len(i) + len(i + 1) > MAX_PHRASE_CHARS) continue; // then no triple fits either
    const pair = counts.addPair(ids[i]!, ids[i + 1]!);
    if (!content(i + 2)) continue;
    const oneChar = len(i) === 1 || len(i + 1) === 1 || len(i + 2) === 1;
    if (oneChar && len(i) + len(i + 1) + len(i + 2) <= MAX_PHRASE_CHARS) counts.addTriple(pair, ids[i + 2]!);
  }
  const quoted = quotedPhrases(text, offsets, n);
  const cut = [...quoted].filter(([, pieces]) => pieces > 1).map(([phrase]) => phrase);
  const occurring = occurrences(text, cut);
  for (const [phrase, pieces] of quoted) {
    if (pieces > 1) counts.addText(`“${phrase}”`, occurring.get(phrase)!);
    else counts.addText(`‘${phrase}’`);
  }
  return counts.columns();
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

/** Where a phrase's first code unit is: index + 1 into the phrases being counted (0 for none); cleared after use. */
const firstUnits = new Int32Array(0x10000);

/**
 * Non-overlapping occurrences of each of `phrases` in `text`, each phrase counted on its own (as `indexOf` from the
 * end of its last one). One pass over the text with a table of the phrases' first code units: a document quotes
 * some 40 phrases, and a search of the whole text for each took a third of this step.
 */
export function occurrences(text: string, phrases: readonly string[]): Map<string, number> {
  const lists: number[][] = [];
  for (let k = 0; k < phrases.length; k++) {
    const first = phrases[k]!.charCodeAt(0);
    if (firstUnits[first] === 0) firstUnits[first] = lists.push([]);
    lists[firstUnits[first]! - 1]!.push(k);
  }
  const counts = new Uint32Array(phrases.length);
  const free = new Int32Array(phrases.length); // where each phrase's next occurrence may start
  try {
    for (let p = 0; p < text.length; p++) {
      const list = firstUnits[text.charCodeAt(p)]!;
      if (list === 0) continue;
      for (const k of lists[list - 1]!) {
        if (p >= free[k]! && text.startsWith(phrases[k]!, p)) {
          counts[k]!++;
          free[k] = p + phrases[k]!.length;
        }
      }
    }
  } finally {
    for (const phrase of phrases) firstUnits[phrase.charCodeAt(0)] = 0;
  }
  return new Map(phrases.map((phrase, k) => [phrase, counts[k]!]));
}
