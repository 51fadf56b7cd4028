/**
 * The passages stage as the rest of analyze sees it: what a document gives (`documentPassages`, where it is
 * analysed), how that travels between threads (`passageBuffers`), and the corpus step fed one document at a time
 * (`collectPassages`), whose collection `sharedPassagesTables` turns into the tables (here or in a worker). The
 * packed columns inside are this folder's business.
 */
import type { ReportDoc } from '../../types.js';
import { closeCodeStore } from '../../io/code-store.js';
import { addPassageDoc, collectedOf, createPassageIndex, type CollectedPassages, type PassageDocInfo } from './corpus-index.js';
import { passageUnits } from './fingerprints.js';
import { packedBuffers, packUnits, type PackedPassageUnits } from './packed.js';

export type { CollectedPassages, PassageDocInfo } from './corpus-index.js';
export { sharedPassagesTables, type SharedPassagesTables } from './rows.js';
export { likelyCopies } from './likely-copies.js';

/** One document's passage units, as they go from its analysis to the corpus step (all typed arrays). */
export type DocPassages = PackedPassageUnits;

/** The passage units of `doc` (sentences and long clauses, fingerprints.ts). */
export function documentPassages(doc: ReportDoc): DocPassages {
  return packUnits(passageUnits(doc));
}

/** The buffers under `passages`: what to list to move them to another thread rather than copy them. */
export function passageBuffers(passages: DocPassages): ArrayBuffer[] {
  return packedBuffers(passages);
}

/**
 * The shared-passages step fed as documents come: `add` each (any order), then take what was `collected` once,
 * for `sharedPassagesTables` here or in a worker (`collectedBuffers` lists what to move there).
 */
export interface PassageCollector {
  add(doc: PassageDocInfo, passages: DocPassages): void;
  collected(): CollectedPassages;
  /** Delete the spill files, once the shared passages are done (or the run failed). */
  close(): void;
}

/**
 * A collector of the corpus's passage units; a document's units are read when added, not kept. `spill`: the
 * keys' codes and texts, which grow with the corpus, go to files of the temporary folder rather than the heap.
 */
export function collectPassages(options: { spill?: boolean } = {}): PassageCollector {
  const index = createPassageIndex(options);
  return {
    add: (doc, passages) => addPassageDoc(index, doc, passages),
    collected: () => collectedOf(index),
    close: () => {
      closeCodeStore(index.keyCodes);
      closeCodeStore(index.texts);
      closeCodeStore(index.records);
    },
  };
}

/** The buffers under `collected`, once each: what to list to move it to another thread rather than copy it. */
export function collectedBuffers(collected: CollectedPassages): ArrayBuffer[] {
  const { keyOf, parents, unitChars, packed, bands, keyCodes, keyStart, firstDoc, firstHash, texts, textAt } = collected;
  const columns = [...keyOf, ...parents, ...unitChars, packed, bands, keyCodes.codes, keyStart, firstDoc, firstHash, texts.codes, textAt];
  return [...new Set(columns.map((c) => c.buffer as ArrayBuffer))];
}
