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
import { forEachTermCount, type TermCountsLike } from './count.js';

/** A document's id and term counts (a map from `countTerms`, or its columns from `sortedTermCounts`). */
export interface TermDoc {
  id: string;
  terms: TermCountsLike;
}

/** term → number of documents in which its count is positive; entries sorted by term (code-unit order). */
export function documentFrequency(docs: ReadonlyArray<{ terms: TermCountsLike }>): Map<string, number> {
  return new Map([...countDocs(docs)].sort((a, b) => compareStrings(a[0], b[0])));
}

function countDocs(docs: ReadonlyArray<{ terms: TermCountsLike }>): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) {
    forEachTermCount(d.terms, (term, count) => {
      if (count > 0) df.set(term, (df.get(term) ?? 0) + 1);
    });
  }
  return df;
}

/** TF-IDF score of every term of every document (id → term → score), by the formula above. */
export function tfidfScores(docs: readonly TermDoc[]): Map<string, Map<string, number>> {
  const idf = idfOf(docs);
  const scores = new Map<string, Map<string, number>>();
  for (const d of docs) {
    const s = new Map<string, number>();
    forEachScore(d, idf, (term, score) => s.set(term, score));
    scores.set(d.id, s);
  }
  return scores;
}

/** The `top` best terms of each document (positive scores only; score desc, then term): id → terms. */
export function keywordsByTfidf(docs: readonly TermDoc[], top = 10): Map<string, string[]> {
  const idf = idfOf(docs);
  const out = new Map<string, string[]>();
  for (const d of docs) {
    const best = topTerms(top);
    forEachScore(d, idf, best.offer);
    out.set(d.id, best.terms());
  }
  return out;
}

/** idf of every term, computed once per term rather than once per occurrence. */
function idfOf(docs: readonly TermDoc[]): Map<string, number> {
  const n = docs.length;
  const idf = countDocs(docs);
  for (const [term, df] of idf) idf.set(term, n === 1 ? 1 : Math.log(n / df));
  return idf;
}

/** Visit the score of each term of `d` with a positive count, in the document's term order. */
function forEachScore(d: TermDoc, idf: ReadonlyMap<string, number>, visit: (term: string, score: number) => void): void {
  let total = 0;
  forEachTermCount(d.terms, (_, c) => {
    if (c > 0) total += c;
  });
  forEachTermCount(d.terms, (term, count) => {
    if (count > 0) visit(term, (count / total) * idf.get(term)!);
  });
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
