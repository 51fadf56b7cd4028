/**
 * Document outcomes back in corpus order, whatever order the workers finish in: the long tables are streamed to
 * the output as soon as their turn comes, each document's passage units go into the shared-passages step at
 * once, its term and phrase counts to a spill file (spilled-counts.ts), and only what the rest of the corpus step
 * needs is kept. Part of `analyze`.
 */
import type { AnalyzeOptions } from './analyze-options.js';
import type { OutputSink } from './io/output-folder.js';
import type { CorpusDoc } from './pipeline/corpus/corpus-doc.js';
import { streamedHeads } from './format/outputs.js';
import { STREAMED_TABLES } from './schemas/outputs.js';
import { CountSpill } from './spilled-counts.js';
import { collectPassages, type CollectedPassages } from './pipeline/passages/index.js';
import type { PostedOutcome } from './posted-outcome.js';
import type { FileError } from './types.js';

/** What is left of a corpus once every document's long-table rows are written. */
export interface KeptOutcomes {
  analyses: CorpusDoc[];
  errors: FileError[];
  /** The passage units of every document analysed, for the shared-passages step. */
  passages: CollectedPassages;
}

/** Rows of the long tables held before they are written (UTF-8 bytes, all the tables together). */
const WRITE_BYTES = 1 << 20;

/**
 * Takes outcomes (as posted: posted-outcome.ts) in any order and releases them in corpus order: each document's
 * rows of the long tables are appended to `output` (after the tables' headers, gathered up to `WRITE_BYTES`) and
 * dropped, its passage units are added to the shared-passages step and dropped; the rest of its analysis, or its
 * error, is kept for the corpus step.
 */
export function keepInCorpusOrder(total: number, output: OutputSink, options: AnalyzeOptions) {
  const analyses: CorpusDoc[] = [];
  // Spilled: on a real corpus the keys' codes and texts are about as large as the documents' own passage units.
  const passages = collectPassages({ spill: true });
  const errors: FileError[] = [];
  const waiting = new Map<number, PostedOutcome>();
  // Documents arrive with their terms packed into one string each: the spill keeps one copy of each distinct term,
  // and each document's term and phrase counts in a file of the temporary folder.
  const spill = new CountSpill();
  let next = 0;
  // Each table's rows of the documents released since the last write, in corpus order.
  const held: Uint8Array[][] = STREAMED_TABLES.map(() => []);
  let heldBytes = 0;
  let writing: Promise<void> = Promise.all(streamedHeads(options).map(([name, head]) => output.append(name, head))).then(() => undefined);
  const release = (o: PostedOutcome) => {
    if (!o.ok) {
      errors.push(o.error);
      return;
    }
    const { passages: units, ...analysis } = o.analysis;
    passages.add({ id: analysis.row.doc_id, year: analysis.row.year, region: analysis.row.region, chars: analysis.row.chars }, units);
    analyses.push({ ...analysis, terms: spill.add(analysis.terms), phrases: spill.add(analysis.phrases) });
    for (const [t, { streamed }] of STREAMED_TABLES.entries()) {
      const part = o.tables[streamed];
      if (part.length === 0) continue;
      held[t]!.push(part);
      heldBytes += part.length;
    }
    if (heldBytes >= WRITE_BYTES) writeHeld();
  };
  // Append the rows held so far, each table's as one write: a write per table and document cost the main thread
  // 0.5 s on the provinces, in starting 4,300 writes.
  const writeHeld = () => {
    const parts = held.map((list) => (list.length === 1 ? list[0]! : Buffer.concat(list)));
    for (const list of held) list.length = 0;
    heldBytes = 0;
    writing = writing.then(async () => {
      for (const [t, { name }] of STREAMED_TABLES.entries()) if (parts[t]!.length > 0) await output.append(name, parts[t]!);
    });
    writing.catch(() => undefined); // a write failure surfaces in `all()`, not as an unhandled rejection
  };
  return {
    add(o: PostedOutcome, index: number) {
      waiting.set(index, o);
      for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
        waiting.delete(next++);
        release(ready);
      }
    },
    /** Delete the spill files: once the corpus step is done, or when the run fails. */
    close: () => {
      passages.close();
      spill.close();
    },
    /** Every outcome, once all have come and their rows are written, and their passage units collected. */
    async all(): Promise<KeptOutcomes> {
      if (next !== total) throw new Error(`analyze: ${total - next} of ${total} documents never came back from the workers`);
      writeHeld();
      await writing;
      return { analyses, errors, passages: passages.collected() };
    },
  };
}

