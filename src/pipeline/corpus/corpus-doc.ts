/**
 * What the corpus step keeps of a document until the end of a run: its analysis without the passage units,
 * which are gathered as the document comes (passages/index.ts, `collectPassages`) and then dropped, and with its
 * theme hits as counts only: the terms each theme matched are in the document's themes.csv rows, written when it
 * came, and no corpus table reads them (on the provinces copied four times over they were some 40 MB of the
 * main thread's heap, one array per matched term).
 */
import type { DocAnalysis } from '../per-document/analyze-document.js';
import type { ThemeHit } from '../per-document/themes.js';

/** A theme's hits in one document, without the terms matched. */
export type ThemeCount = Pick<ThemeHit, 'theme' | 'hits'>;

export type CorpusDoc = Omit<DocAnalysis, 'passages' | 'themes'> & { themes: ThemeCount[] };

/** The theme hits of `hits` as counts only (see `CorpusDoc`). */
export function themeCounts(hits: readonly ThemeHit[]): ThemeCount[] {
  return hits.map(({ theme, hits: n }) => ({ theme, hits: n }));
}
