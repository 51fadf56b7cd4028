/**
 * What the corpus step keeps of a document until the end of a run: its analysis without the passage units,
 * which are gathered as the document comes (passages/index.ts, `collectPassages`) and then dropped.
 */
import type { DocAnalysis } from '../per-document/analyze-document.js';

export type CorpusDoc = Omit<DocAnalysis, 'passages'>;
