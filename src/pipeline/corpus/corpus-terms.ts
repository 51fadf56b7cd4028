/**
 * Corpus-wide term table: total count and document frequency of every term (corpus_terms.csv).
 */
import type { DocAnalysis } from '../per-document/analyze-document.js';
import { numberTerms, type NumberedTerms } from './term-ids.js';

export interface CorpusTermRow {
  term: string;
  count: number;
  /** Number of documents the term occurs in. */
  docs: number;
}

/**
 * Sum term counts over documents (by the terms' numbers, term-ids.ts, `numbered` when the caller has them already);
 * sorted by docs desc, count desc, then term.
 */
export function corpusTermRows(
  analyses: readonly Pick<DocAnalysis, 'terms'>[], numbered: NumberedTerms = numberTerms(analyses.map((a) => a.terms)),
): CorpusTermRow[] {
  const { ids, terms } = numbered;
  const count = new Float64Array(terms.length);
  const docs = new Uint32Array(terms.length);
  analyses.forEach((a, k) => {
    const numbers = ids[k]!;
    const { counts } = a.terms;
    for (let i = 0; i < numbers.length; i++) {
      count[numbers[i]!] = count[numbers[i]!]! + counts[i]!;
      docs[numbers[i]!] = docs[numbers[i]!]! + 1;
    }
  });
  const rows = terms.map((term, i) => ({ term, count: count[i]!, docs: docs[i]! }));
  return rows.sort((a, b) => b.docs - a.docs || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}
