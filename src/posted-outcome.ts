/**
 * A document's outcome as it goes from the thread that analysed it to the main thread, which keeps the corpus in
 * order (corpus-order.ts): its term and phrase candidate counts packed into a string each (packed-terms.ts), its
 * theme hits as counts only, and every buffer of it listed to be moved rather than copied. What is left to clone
 * is those two strings and a few small objects (the documents.csv row, metadata, kept columns of some rows). Part
 * of `analyze`.
 */
import type { FileOutcome } from './analyze-file.js';
import { packTermCounts, type PackedTermCounts } from './packed-terms.js';
import { themeCounts, type ThemeCount } from './pipeline/corpus/corpus-doc.js';
import type { DocAnalysis } from './pipeline/per-document/analyze-document.js';
import type { DocTables } from './pipeline/per-document/rows.js';
import { passageBuffers } from './pipeline/passages/index.js';

/** A document's analysis as posted: see the module's header. */
export type PostedAnalysis = Omit<DocAnalysis, 'terms' | 'phrases' | 'themes'> & {
  terms: PackedTermCounts;
  phrases: PackedTermCounts;
  /** The theme hits without the terms each matched: those went out with the document's themes.csv rows. */
  themes: ThemeCount[];
};

/** A file analysed, as posted, or the error that stopped it. */
export type PostedOutcome =
  | { ok: true; analysis: PostedAnalysis; tables: DocTables; bytes: number }
  | Extract<FileOutcome, { ok: false }>;

/** `outcome` ready to post (its passage units and table rows are shared with it, not copied). */
export function postedOutcome(outcome: FileOutcome): PostedOutcome {
  if (!outcome.ok) return outcome;
  const { terms, phrases, themes, ...rest } = outcome.analysis;
  const analysis = { ...rest, terms: packTermCounts(terms), phrases: packTermCounts(phrases), themes: themeCounts(themes) };
  return { ...outcome, analysis };
}

/** The buffers of a posted outcome, to be moved with it: its passage units and table rows. */
export function postedBuffers(outcome: PostedOutcome): ArrayBuffer[] {
  if (!outcome.ok) return [];
  const tables = Object.values(outcome.tables).map((part) => part.buffer as ArrayBuffer);
  return [...passageBuffers(outcome.analysis.passages), ...tables];
}
