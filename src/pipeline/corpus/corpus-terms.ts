/**
 * Corpus-wide term table: total count and document frequency of every term (corpus_terms.csv).
 */
import type { DocAnalysis } from '../per-document/analyze-document.js';

export interface CorpusTermRow {
  term: string;
  count: number;
  /** Number of documents the term occurs in. */
  docs: number;
}

/** Sum term counts over documents; sorted by docs desc, count desc, then term. */
export function corpusTermRows(analyses: readonly Pick<DocAnalysis, 'terms'>[]): CorpusTermRow[] {
  const acc = new Map<string, CorpusTermRow>();
  for (const a of analyses) {
    const { terms, counts } = a.terms;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      const count = counts[i]!;
      const row = acc.get(term);
      if (row) {
        row.count += count;
        row.docs += 1;
      } else acc.set(term, { term, count, docs: 1 });
    }
  }
  return [...acc.values()].sort((a, b) => b.docs - a.docs || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}
