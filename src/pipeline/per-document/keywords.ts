/**
 * Keywords of each document by TF-IDF against the corpus, and document frequencies.
 *
 * score(t, d) = tf(t, d) × idf(t)
 *   tf(t, d) = count(t, d) / Σ count(·, d)      (the document's term counts after stop words, as in terms.csv)
 *   idf(t)   = ln(N / df(t))                      (N documents, df(t) = documents containing t)
 * A term found in every document scores 0 and is never a keyword: keywords say what sets a document apart.
 * Exception: a corpus of one document has no "apart", so there idf = 1 and its keywords are its most frequent
 * terms. Order: score descending, then term in code-unit order.
 *
 * natural's TfIdf (idf = 1 + ln(N / (1 + df)), raw counts) was measured on the 773 government reports: about
 * 20 times slower (see docs/performance.md), and its idf keeps every-document terms (发展, 工作) at the top.
 */
import { compareStrings } from '../../compare.js';
import type { TermCountsLike } from './count.js';
import { countsOf, numberTerms, type NumberedTerms } from '../corpus/term-ids.js';

/** A document's id and term counts (a map from `countTerms`, or its columns from `sortedTermCounts`). */
export interface TermDoc {
  id: string;
  terms: TermCountsLike;
}

/** term → number of documents in which its count is positive; entries sorted by term (code-unit order). */
export function documentFrequency(docs: ReadonlyArray<{ terms: TermCountsLike }>): Map<string, number> {
  const { terms, df } = corpusCounts(docs);
  const entries: Array<[string, number]> = [];
  terms.forEach((term, i) => {
    if (df[i]! > 0) entries.push([term, df[i]!]);
  });
  return new Map(entries.sort((a, b) => compareStrings(a[0], b[0])));
}

/** TF-IDF score of every term of every document (id → term → score), by the formula above. */
export function tfidfScores(docs: readonly TermDoc[]): Map<string, Map<string, number>> {
  const counts = corpusCounts(docs);
  const scores = new Map<string, Map<string, number>>();
  docs.forEach((d, k) => {
    const s = new Map<string, number>();
    forEachScore(counts, k, (term, score) => s.set(term, score));
    scores.set(d.id, s);
  });
  return scores;
}

/**
 * The `top` best terms of each document (positive scores only; score desc, then term): id → terms. `numbered`: the
 * documents' terms numbered, when the caller has them already (the corpus step numbers them once for corpus_terms too).
 */
export function keywordsByTfidf(
  docs: readonly TermDoc[], top = 10, numbered: NumberedTerms = numberTerms(docs.map((d) => d.terms)),
): Map<string, string[]> {
  const counts = corpusCounts(docs, numbered);
  const out = new Map<string, string[]>();
  docs.forEach((d, k) => {
    const best = topTerms(top);
    forEachScore(counts, k, (term, score) => {
      if (!NUMERAL_TERM.test(term)) best.offer(term, score);
    });
    out.set(d.id, best.terms());
  });
  return out;
}

/**
 * The documents' terms numbered (pipeline/corpus/term-ids.ts), their counts, and each term's document frequency
 * and idf by number: a corpus's term counts are summed in arrays, not in a map looked up per occurrence.
 */
function corpusCounts(docs: ReadonlyArray<{ terms: TermCountsLike }>, numbered = numberTerms(docs.map((d) => d.terms))) {
  const { ids, terms } = numbered;
  const counts = docs.map((d) => countsOf(d.terms));
  const df = new Uint32Array(terms.length);
  ids.forEach((numbers, k) => {
    const c = counts[k]!;
    for (let i = 0; i < numbers.length; i++) if (c[i]! > 0) df[numbers[i]!]!++;
  });
  const n = docs.length;
  const idf = Float64Array.from(df, (f) => (n === 1 ? 1 : Math.log(n / f)));
  return { ids, terms, counts, df, idf };
}

/**
 * A term that only counts or orders: a Chinese numeral, with 第 before it or 届, 次, 大, 年 after it (第十二届, 十九,
 * 一次, 五年). Such a term is in terms.csv, but as a keyword it says which session a report belongs to, not what it
 * is about: in cppcc, 第十二届, 一次 and 十九 were among the commonest keywords. A five-year plan's name (十三五,
 * 十四五, 九五) is written in numerals too, but names a period of policy: it stays a keyword.
 */
const NUMERAL_TERM = /^(?![十]?[一二三四五六七八九]五$)第?[〇○零一二三四五六七八九十百千万两]+(?:届|次|大|年)?$/u;

/** Visit the score of each term of document `k` with a positive count, in the document's term order. */
function forEachScore(corpus: ReturnType<typeof corpusCounts>, k: number, visit: (term: string, score: number) => void): void {
  const numbers = corpus.ids[k]!;
  const counts = corpus.counts[k]!;
  let total = 0;
  for (let i = 0; i < numbers.length; i++) if (counts[i]! > 0) total += counts[i]!;
  for (let i = 0; i < numbers.length; i++) {
    if (counts[i]! > 0) visit(corpus.terms[numbers[i]!]!, (counts[i]! / total) * corpus.idf[numbers[i]!]!);
  }
}

/** Keep the best `k` entries in a small sorted array: one pass, no sort of the whole vocabulary. */
function topTerms(k: number) {
  const best: Array<[string, number]> = [];
  const worse = (a: [string, number], b: [string, number]): boolean => a[1] < b[1] || (a[1] === b[1] && a[0] > b[0]);
  return {
    offer(term: string, score: number): void {
      if (!(score > 0) || k <= 0) return;
      const last = best[k - 1];
      if (last && !(last[1] < score || (last[1] === score && last[0] > term))) return; // not better than the k-th
      const entry: [string, number] = [term, score];
      let i = best.length < k ? best.length : k - 1;
      while (i > 0 && worse(best[i - 1]!, entry)) i--;
      best.splice(i, 0, entry);
      if (best.length > k) best.pop();
    },
    terms: (): string[] => best.map(([term]) => term),
  };
}
