/**
 * Where the year series (series.ts) record each use: a slot per term and per accepted phrase, and for every
 * numbered phrase candidate key the slot it counts and whether it is a quotation. Part of the formulation tables.
 */
import type { Collocation } from './collocations.js';
import { SOURCES, type TermSource } from './year-counter.js';

/** A mark of a candidate key: its uses count an accepted phrase's series. */
export const COUNTED = 1;
/** A mark of a candidate key: it is a quoted phrase (“…”) or word (‘…’), whose documents are counted. */
export const QUOTED = 2;

/** The first characters of the candidate keys of quoted phrases (“…”) and quoted words (‘…’). */
const LEFT_DOUBLE = 0x201c;
const LEFT_SINGLE = 0x2018;

/** Where each use is recorded: the name of each slot, and the slot, source and marks of each numbered phrase candidate. */
export interface SeriesSlots {
  names: string[];
  /** Per numbered candidate key, the slot of the accepted phrase it counts, or -1. */
  ofPhrase: Int32Array;
  /** Per numbered candidate key that counts a phrase, the code of its source (`SOURCES`). */
  sourceOfPhrase: Uint8Array;
  /** Per numbered candidate key, `COUNTED` and `QUOTED` or neither (most keys). */
  marks: Uint8Array;
}

/**
 * A slot per term, then one per text of an accepted collocation whose text is not already a term of the segmenter
 * (a term is counted as a term), for the candidate keys that count it; slots in order of those keys' numbers.
 */
export function seriesSlots(terms: readonly string[], keys: readonly string[], collocations: readonly Collocation[]): SeriesSlots {
  const byText = new Set(collocations.map((c) => c.row.phrase));
  for (const term of terms) byText.delete(term);
  const phraseOf = new Map(collocations.filter((c) => byText.has(c.row.phrase)).map((c) => [c.key, { text: c.row.phrase, source: c.row.kind, id: c.id }]));
  const names = [...terms];
  const slotOfText = new Map<string, number>();
  const ofPhrase = new Int32Array(keys.length).fill(-1);
  const sourceOfPhrase = new Uint8Array(keys.length);
  const counted = (id: number, phrase: { text: string; source: TermSource }) => {
    let slot = slotOfText.get(phrase.text);
    if (slot === undefined) slotOfText.set(phrase.text, (slot = names.push(phrase.text) - 1));
    ofPhrase[id] = slot;
    sourceOfPhrase[id] = SOURCES.indexOf(phrase.source);
  };
  const phrases = [...phraseOf].map(([key, phrase]) => ({ key, ...phrase }));
  // Collocations found among these very keys carry their numbers: the few keys are placed by them, not every key
  // looked up. Anything else (collocations made by hand) is looked up key by key.
  if (phrases.every(({ key, id }) => id !== undefined && keys[id] === key)) {
    for (const phrase of phrases.sort((x, y) => x.id! - y.id!)) counted(phrase.id!, phrase);
  } else {
    keys.forEach((key, id) => {
      const phrase = phraseOf.get(key);
      if (phrase) counted(id, phrase);
    });
  }
  return { names, ofPhrase, sourceOfPhrase, marks: marksOf(keys, ofPhrase) };
}

/** Each key's marks: `COUNTED` if it has a slot, `QUOTED` if it begins with an opening quotation mark. */
function marksOf(keys: readonly string[], ofPhrase: Int32Array): Uint8Array {
  const marks = new Uint8Array(keys.length);
  keys.forEach((key, id) => {
    const first = key.charCodeAt(0);
    marks[id] = (ofPhrase[id]! >= 0 ? COUNTED : 0) | (first === LEFT_DOUBLE || first === LEFT_SINGLE ? QUOTED : 0);
  });
  return marks;
}
