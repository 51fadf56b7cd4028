/**
 * One corpus entry → its analysis, or the error that stopped it. Reads the file (the I/O edge), then runs
 * the pure stages. Never throws: one bad file never aborts a batch.
 */
import type { CorpusEntry } from './corpus.js';
import { failureOf, fileError } from './io/messages.js';
import { readDocumentHere, type ReadOptions } from './io/read.js';
import { analyzeDocument, type DocAnalysis, type DocContext } from './pipeline/per-document/analyze-document.js';
import type { DocTables } from './pipeline/per-document/rows.js';
import { resolveMeta } from './pipeline/docvars/metadata.js';
import type { FileError } from './types.js';

/** A file analysed (its analysis and its serialised rows of the per-document tables), or the error that stopped it. */
export type FileOutcome =
  | { ok: true; analysis: DocAnalysis; tables: DocTables; bytes: number }
  | { ok: false; error: FileError; bytes: number };

/**
 * Read, decode and analyse one file; failures come back as a `FileError` naming the stage. `read` holds the
 * limits (`--max-file-mb`, `--max-docx-part-mb`); the document's id is the entry's, unique over the corpus.
 */
export async function analyzeFile(entry: CorpusEntry, root: string, ctx: DocContext, read: ReadOptions = {}): Promise<FileOutcome> {
  let stage = 'read';
  try {
    const doc = await readDocumentHere(entry.path, root, undefined, { ...read, id: entry.id });
    const bytes = doc.bytes ?? 0;
    stage = 'decode';
    if (doc.text.trim() === '') {
      return { ok: false, bytes, error: fileError(entry.file, stage, { key: 'reason.emptyFile' }) };
    }
    stage = 'metadata';
    const meta = resolveMeta(doc, entry.manifest, entry.fromPath);
    stage = 'analyze';
    return { ok: true, bytes, ...analyzeDocument(doc, meta, ctx) };
  } catch (e) {
    const err = e as Error;
    const failedStage = err.name === 'DecodeError' ? 'decode' : stage;
    return { ok: false, bytes: 0, error: failureOf(entry.file, failedStage, err) };
  }
}
