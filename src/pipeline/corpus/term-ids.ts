/**
 * The term counts of many documents with each distinct term numbered 0, 1, 2 … in order of first occurrence over
 * the documents (documents in the order given, each one's terms in its own order): the order in which a map keyed
 * by term would have met them. A pass over a corpus then counts in arrays indexed by number rather than in maps
 * keyed by strings. On the provinces (1.9 million phrase candidates of 714 documents, 547,000 distinct) the string
 * lookups were most of the formulation tables' time: each one reads a string scattered over the heap.
 *
 * Counts from the corpus step's spill (spilled-counts.ts) already carry ids into one table of strings, and are
 * renumbered without reading a string; other counts (tests, library callers) are numbered through a map.
 */
import type { TermCounts, TermCountsLike, TermIdCounts } from '../per-document/count.js';

/** Documents' terms as numbers. */
export interface NumberedTerms {
  /** Per document, the number of each of its terms (in the order of its `terms` and `counts`). */
  ids: Uint32Array[];
  /** Number → term. */
  terms: string[];
}

/** Number the distinct terms of `docs` (maps' keys, columns' terms) in order of first occurrence. */
export function numberTerms(docs: readonly TermCountsLike[]): NumberedTerms {
  const table = sharedTable(docs);
  return table === undefined ? numberByMap(docs) : numberByTable(docs as readonly TermIdCounts[], table);
}

/** The counts of `d` in the order of its terms (a map's values, or the columns' counts). */
export function countsOf(d: TermCountsLike): ArrayLike<number> {
  return d instanceof Map ? [...d.values()] : (d as TermCounts).counts;
}

/** The one table of strings every document's ids point into, if they all have ids into the same one. */
function sharedTable(docs: readonly TermCountsLike[]): readonly string[] | undefined {
  let table: readonly string[] | undefined;
  for (const d of docs) {
    const own = d instanceof Map ? undefined : (d as Partial<TermIdCounts>).table;
    if (own === undefined || (table !== undefined && own !== table)) return undefined;
    table = own;
  }
  return table;
}

function numberByTable(docs: readonly TermIdCounts[], table: readonly string[]): NumberedTerms {
  const numberOf = new Int32Array(table.length).fill(-1);
  const terms: string[] = [];
  const ids = docs.map((d) => {
    const global = d.ids;
    const out = new Uint32Array(global.length);
    for (let i = 0; i < global.length; i++) {
      const g = global[i]!;
      let n = numberOf[g]!;
      if (n < 0) n = numberOf[g] = terms.push(table[g]!) - 1;
      out[i] = n;
    }
    return out;
  });
  return { ids, terms };
}

function numberByMap(docs: readonly TermCountsLike[]): NumberedTerms {
  const numberOf = new Map<string, number>();
  const terms: string[] = [];
  const ids = docs.map((d) =>
    Uint32Array.from(d instanceof Map ? d.keys() : (d as TermCounts).terms, (term) => {
      let n = numberOf.get(term);
      if (n === undefined) numberOf.set(term, (n = terms.push(term) - 1));
      return n;
    }),
  );
  return { ids, terms };
}
