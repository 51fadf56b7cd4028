/** Test documents for the outline tests: synthetic text, or the five sample reports read from disk. */
import { join } from 'node:path';
import { createDocument } from '../../../src/document/create.js';
import { readDocument } from '../../../src/io/read.js';
import type { ReportDoc } from '../../../src/types.js';
import { CORPUS, SEED_FILES } from '../../helpers.js';

/** A document from text, as a .txt (default) or .md file. */
export function textDoc(source: string, format: 'txt' | 'md' = 'txt'): ReportDoc {
  const file = `draft.${format}`;
  return createDocument({ path: file, file, format, encoding: 'utf-8', source });
}

/** The five sample reports, by file name. */
export async function seedDocs(): Promise<Map<string, ReportDoc>> {
  const docs = new Map<string, ReportDoc>();
  for (const f of SEED_FILES) docs.set(f, await readDocument(join(CORPUS, f), CORPUS));
  return docs;
}
