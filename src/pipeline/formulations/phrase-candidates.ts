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
  const counts = new CandidateCounts(tokens.types);
  const { kinds, ids, types, offsets } = tokens;
  // Whether each distinct text is a stop word, asked once per text rather than once per token.
  const stop = Uint8Array.from(types, (t) => (stopwords.has(t) ? 1 : 0));
  /** A Han word of the text that is not a stop word (tokens of kind WORD are Han by construction). */
  const content = (i: number) => i < tokens.length && kinds[i] === WORD && stop[ids[i]!] === 0;
  const len = (i: number) => offsets[i + 1]! - offsets[i]!;
  for (let i = 0; i < tokens.length; i++) {
    if (!content(i)) {
      if (i > 0 && PLUS.test(types[ids[i]!]!) && kinds[i - 1] === WORD && len(i - 1) >= 2) counts.addPlus(ids[i - 1]!);
      continue;
    }
    if (!content(i + 1)) continue;
    if (len(i) + len(i + 1) > MAX_PHRASE_CHARS) continue; // then no triple fits either
    const pair = counts.addPair(ids[i]!, ids[i + 1]!);
    if (!content(i + 2)) continue;
    const oneChar = len(i) === 1 || len(i + 1) === 1 || len(i + 2) === 1;
    if (oneChar && len(i) + len(i + 1) + len(i + 2) <= MAX_PHRASE_CHARS) counts.addTriple(pair, ids[i + 2]!);
  }
  for (const [phrase, pieces] of quotedPhrases(text, offsets, tokens.length)) {
    if (pieces > 1) counts.add(`“${phrase}”`, occurrences(text, phrase));
    else counts.add(`‘${phrase}’`);
  }
  return counts.columns();
}

/**
 * Candidates counted under number keys made of the words' type ids, and written as strings only once each at the
 * end: a document has about as many candidates as words, and building and hashing a string for each cost more
 * than the rest of this step. Keys, with T types: a pair (a, b) is a·T + b (below T²); A+ is T² + a; a triple is
 * −1 − (p·T + c), p being its pair's slot; quoted phrases keep their string. Slots are in order of first occurrence.
 */
class CandidateCounts {
  private readonly slots = new Map<number | string, number>();
  private readonly keys: (number | string)[] = [];
  private readonly counts: number[] = [];
  private readonly size: number;

  constructor(private readonly types: readonly string[]) {
    this.size = types.length;
  }

  /** Count `key` `n` more times; returns its slot. */
  add(key: number | string, n = 1): number {
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.keys.length;
      this.slots.set(key, slot);
      this.keys.push(key);
      this.counts.push(0);
    }
    this.counts[slot]! += n;
    return slot;
  }

  addPair(a: number, b: number): number {
    return this.add(a * this.size + b);
  }

  addPlus(a: number): number {
    return this.add(this.size * this.size + a);
  }

  addTriple(pairSlot: number, c: number): number {
    return this.add(-1 - (pairSlot * this.size + c));
  }

  /** The candidates' keys as text (`新 常态`, `新 质 生产力`, `互联网+`, `“…”`), with their counts. */
  columns(): TermCounts {
    const { types, size, keys } = this;
    const terms: string[] = [];
    for (const key of keys) {
      if (typeof key === 'string') terms.push(key);
      else if (key < 0) {
        // A triple's pair comes before it: its text is written already.
        const triple = -1 - key;
        terms.push(`${terms[Math.floor(triple / size)]} ${types[triple % size]}`);
      } else if (key >= size * size) terms.push(`${types[key - size * size]}+`);
      else terms.push(`${types[Math.floor(key / size)]} ${types[key % size]}`);
    }
    return { terms, counts: Uint32Array.from(this.counts) };
  }
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
