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
import type { Token } from '../per-document/tokenize.js';

/** The longest phrase (code points) counted as an n-gram or a quoted phrase. */
export const MAX_PHRASE_CHARS = 8;

const QUOTED = /[“「]([\p{Script=Han}]{2,8})[”」]/gu;
const PLUS = /^[+＋]$/;

/** Candidate key → count, in order of first occurrence, as columns (cheap to move between threads). */
export function phraseCandidates(text: string, tokens: readonly Token[], stopwords: ReadonlySet<string>): TermCounts {
  const counts = new Map<string, number>();
  const add = (key: string, n = 1) => counts.set(key, (counts.get(key) ?? 0) + n);
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    if (!isContentWord(a, stopwords)) {
      if (i > 0 && PLUS.test(a.text) && isPlusHead(tokens[i - 1]!)) add(`${tokens[i - 1]!.text}+`);
      continue;
    }
    const b = tokens[i + 1];
    if (b === undefined || !isContentWord(b, stopwords)) continue;
    if (a.text.length + b.text.length <= MAX_PHRASE_CHARS) add(`${a.text} ${b.text}`);
    const c = tokens[i + 2];
    if (c === undefined || !isContentWord(c, stopwords)) continue;
    const oneChar = a.text.length === 1 || b.text.length === 1 || c.text.length === 1;
    if (oneChar && a.text.length + b.text.length + c.text.length <= MAX_PHRASE_CHARS) add(`${a.text} ${b.text} ${c.text}`);
  }
  for (const [phrase, pieces] of quotedPhrases(text, tokens)) {
    if (pieces > 1) add(`“${phrase}”`, occurrences(text, phrase));
    else add(`‘${phrase}’`);
  }
  return { terms: [...counts.keys()], counts: Uint32Array.from(counts.values()) };
}

/** A Han word of the text that is not a stop word (tokens of kind `word` are Han by construction). */
function isContentWord(t: Token, stopwords: ReadonlySet<string>): boolean {
  return t.kind === 'word' && !stopwords.has(t.text);
}

function isPlusHead(t: Token): boolean {
  return t.kind === 'word' && t.text.length >= 2;
}

/** Each distinct quoted phrase → how many words the segmenter made of it (at its first quoted occurrence). */
function quotedPhrases(text: string, tokens: readonly Token[]): Map<string, number> {
  const out = new Map<string, number>();
  let t = 0;
  for (const m of text.matchAll(QUOTED)) {
    const phrase = m[1]!;
    if (out.has(phrase)) continue;
    const start = m.index + 1;
    const end = start + phrase.length;
    while (t < tokens.length && tokens[t]!.start < start) t++;
    let pieces = 0;
    for (let k = t; k < tokens.length && tokens[k]!.end <= end; k++) pieces++;
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
