/**
 * The options of `analyze` (`analyzeCorpus`, `analyzeToFolder`). A module of its own, below `analyze.ts`, because
 * the corpus step (corpus order, tables, summary, comparison tables) takes them too: declared in `analyze.ts`,
 * they made those modules and the orchestrator import each other. `analyze.ts` re-exports the type.
 */
import type { ContextOptions } from './context.js';
import type { CorpusOptions } from './corpus.js';
import type { ReadOptions } from './io/read.js';

/** What `analyze` reads and how: the corpus options, the per-document context and the output's choices. */
export interface AnalyzeOptions extends CorpusOptions, ContextOptions {
  /** Prefix CSV files with a UTF-8 BOM (Excel). */
  excel?: boolean;
  /** Keywords per document in documents.csv. */
  keywords?: number;
  /** Worker threads for per-document stages; 1 runs in this thread. Default: the number of CPUs. */
  jobs?: number | undefined;
  /** Extra metadata fields to group by in groups.csv (besides region, region_level, doc_type, year). */
  groupBy?: string[] | undefined;
  /** Metadata field whose groups keyness.csv compares; default year when known. */
  keynessBy?: string | undefined;
  /** Keep near-identical copies of earlier documents in the comparison tables (default: leave them out). */
  keepDuplicates?: boolean | undefined;
  /**
   * Limits on reading each file, sent to the workers: the largest file (default `DEFAULT_MAX_FILE_MB`; a larger
   * one is listed in errors.csv) and the largest inflated .docx part.
   */
  read?: ReadOptions | undefined;
  /** The workreport.config.json the options came from (recorded in summary.json with its hash). */
  config?: string | undefined;
}
