/**
 * Per-document counts (documents.csv) and term counts (terms.csv) from a text and its tokens.
 *
 * Definitions (the codebook, docs/codebook.md, repeats them):
 * - chars: Unicode code points, line breaks (\n, \r) excluded; spaces and punctuation included.
 * - han_chars: code points of the Han script (CJK ideographs, including 〇).
 * - words: tokens that are neither punctuation nor space — Han words, numbers, placeholders, Latin words.
 * - types: distinct texts of Han-word and Latin tokens. Numbers and placeholders are left out: every distinct
 *   figure would count as a new "word type" and inflate the vocabulary of statistics-heavy reports.
 * - sentences: stretches of a paragraph that contain a letter or digit (any script) and end with a run of
 *   。！？!? (？！ ends one sentence) or with the paragraph itself (a heading is one sentence; a stray 。 none).
 * - paragraphs: lines that are not blank.
 */
import { LATIN, PUNCT, WORD, type Tokens } from './tokens.js';
import { textCounts } from './text-counts.js';

export interface DocCounts {
  chars: number;
  han_chars: number;
  words: number;
  types: number;
  sentences: number;
  paragraphs: number;
}

/**
 * Counts of one document; `tokens` must be `tokenize(text, …)`. `words` is `wordCounts(tokens)` when the caller
 * has it already (it also gives the terms), or anything whose `size` is its size (`documentTerms`'s `types`).
 */
export function countDocument(text: string, tokens: Tokens, words: { readonly size: number } = wordCounts(tokens)): DocCounts {
  let wordTokens = 0;
  // Kind codes below PUNCT are the word-like ones: word, number, placeholder, latin.
  for (let i = 0; i < tokens.length; i++) if (tokens.kinds[i]! < PUNCT) wordTokens++;
  const { chars, han_chars, sentences, paragraphs } = textCounts(text);
  return { chars, han_chars, words: wordTokens, types: words.size, sentences, paragraphs };
}

/**
 * How often each term occurs: Han-word and Latin tokens of two or more code points that are not stop words.
 * Single characters are left out: in this genre they are mostly function characters (的, 和, 在) or pieces of
 * names the dictionary does not know, and they would crowd terms.csv. Latin words (GDP, 5G) are terms as written.
 * Numbers, placeholders, punctuation and spaces are never terms.
 */
export function countTerms(
  tokens: Tokens, stopwords: ReadonlySet<string>, words: ReadonlyMap<string, number> = wordCounts(tokens),
): Map<string, number> {
  // Filtering the distinct texts rather than every token: a few thousand stop-word lookups per document, not millions.
  const counts = new Map<string, number>();
  for (const [text, n] of words) if (isTerm(text, stopwords)) counts.set(text, n);
  return counts;
}

/** Whether the text of a Han-word or Latin token is a term (`countTerms`): two code points or more, no stop word. */
function isTerm(text: string, stopwords: ReadonlySet<string>): boolean {
  return text.length >= 2 && !isSingleCodePoint(text) && !stopwords.has(text);
}

/** How often each type of `tokens` occurs as a Han-word or Latin token, by type id (0 for the other types). */
function wordCountsById(tokens: Tokens): Uint32Array {
  const byId = new Uint32Array(tokens.types.length);
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens.kinds[i];
    if (kind === WORD || kind === LATIN) byId[tokens.ids[i]!]!++;
  }
  return byId;
}

/** How often each distinct Han-word and Latin token text occurs, in order of first occurrence: `types` and terms come from it. */
export function wordCounts(tokens: Tokens): Map<string, number> {
  // Counted by the tokens' type ids (an array index each), then one map entry per distinct text.
  const byId = wordCountsById(tokens);
  const counts = new Map<string, number>();
  tokens.types.forEach((text, id) => {
    if (byId[id]! > 0) counts.set(text, byId[id]!);
  });
  return counts;
}

/** A document's term counts as two columns (cheap to pass between threads): `terms[i]` occurs `counts[i]` times. */
export interface TermCounts {
  terms: string[];
  counts: Uint32Array;
}

/**
 * Term counts whose terms are also ids into one table of strings shared by many documents (the corpus step's
 * spill, spilled-counts.ts): `table[ids[i]]` is `terms[i]`. A pass over a corpus can count by id, in arrays,
 * without looking a string up (pipeline/corpus/term-ids.ts).
 */
export interface TermIdCounts extends TermCounts {
  readonly ids: Uint32Array;
  readonly table: readonly string[];
}

/** `counts` as columns, sorted by count (descending), then term (code-unit order). */
export function sortedTermCounts(counts: ReadonlyMap<string, number>): TermCounts {
  // By count, then each count's terms with the default sort (code-unit order, no comparator to call): the order
  // of one comparator sort, in half the time.
  const byCount = new Map<number, string[]>();
  for (const [term, n] of counts) {
    const same = byCount.get(n);
    if (same) same.push(term);
    else byCount.set(n, [term]);
  }
  const terms: string[] = [];
  const out = new Uint32Array(counts.size);
  for (const n of [...byCount.keys()].sort((a, b) => b - a)) {
    for (const term of inCodeUnitOrder(byCount.get(n)!)) {
      out[terms.length] = n;
      terms.push(term);
    }
  }
  return { terms, counts: out };
}

/** Counts below this are grouped in an array by count; larger ones in a map. */
const SMALL_COUNTS = 256;

/**
 * The number of word types of a document and its term counts, sorted: what `wordCounts(tokens).size` and
 * `sortedTermCounts(countTerms(tokens, stopwords))` give, counted by type id and grouped by count in arrays,
 * without the two maps of strings (which took two thirds of the counting).
 */
export function documentTerms(tokens: Tokens, stopwords: ReadonlySet<string>): { types: number; terms: TermCounts } {
  const byId = wordCountsById(tokens);
  let types = 0;
  const small: string[][] = [];
  const large = new Map<number, string[]>();
  for (let id = 0; id < byId.length; id++) {
    const n = byId[id]!;
    if (n === 0) continue;
    types++;
    const text = tokens.types[id]!;
    if (!isTerm(text, stopwords)) continue;
    if (n < SMALL_COUNTS) (small[n] ??= []).push(text);
    else if (large.has(n)) large.get(n)!.push(text);
    else large.set(n, [text]);
  }
  const groups: [number, string[]][] = [...large].sort((a, b) => b[0] - a[0]);
  for (let n = Math.min(small.length, SMALL_COUNTS) - 1; n > 0; n--) if (small[n]) groups.push([n, small[n]!]);
  const size = groups.reduce((sum, [, texts]) => sum + texts.length, 0);
  const terms: string[] = [];
  const counts = new Uint32Array(size);
  for (const [n, texts] of groups) {
    for (const term of inCodeUnitOrder(texts)) {
      counts[terms.length] = n;
      terms.push(term);
    }
  }
  return { types, terms: { terms, counts } };
}

/** Room for an index below a key's two code units (a group of more strings is sorted by `sort()`). */
const INDEX_SPAN = 2 ** 20;

/**
 * Distinct `strings` in code-unit order (what `sort()` gives): sorted as numbers made of each string's first two
 * code units and its index (a typed array's numeric sort, native), then each run of strings with the same two
 * code units by `sort()`. A third of the time of `sort()` on a document's terms, which come in text order.
 */
function inCodeUnitOrder(strings: string[]): string[] {
  const n = strings.length;
  if (n < 2 || n >= INDEX_SPAN) return strings.sort();
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = strings[i]!;
    // 0 for no second code unit, so that a prefix comes before its longer strings ('' goes with '\0', sorted by run)
    keys[i] = ((s.length > 0 ? s.charCodeAt(0) * 65537 : 0) + (s.length > 1 ? s.charCodeAt(1) + 1 : 0)) * INDEX_SPAN + i;
  }
  keys.sort();
  const out: string[] = new Array<string>(n);
  for (let i = 0, j = 0; i < n; i = j) {
    const prefix = Math.floor(keys[i]! / INDEX_SPAN);
    for (j = i + 1; j < n && Math.floor(keys[j]! / INDEX_SPAN) === prefix; j++);
    const run: string[] = [];
    for (let k = i; k < j; k++) run.push(strings[keys[k]! % INDEX_SPAN]!);
    if (run.length > 1) run.sort();
    for (let k = i; k < j; k++) out[k] = run[k - i]!;
  }
  return out;
}

/** Term counts as a map (term → count) or as columns: what the corpus statistics (keywords, keyness) take. */
export type TermCountsLike = ReadonlyMap<string, number> | TermCounts;

function isSingleCodePoint(s: string): boolean {
  return s.length === 2 && s.codePointAt(0)! > 0xffff;
}
