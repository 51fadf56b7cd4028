/**
 * Passage units for the trip between threads: the one string of `PassageUnits` (the document's text) as UTF-16
 * code units, so that every column is a typed array whose buffer can be moved (transferred) instead of copied.
 * The main thread keeps documents' units packed until the shared-passages step, which unpacks them where it
 * runs; unpacking gives back the exact text (lone surrogates included). Pure.
 */
import type { PassageUnits } from './fingerprints.js';
import { fromCodes } from './normalize.js';

/** `PassageUnits` with `text` as code units. */
export interface PackedPassageUnits extends Omit<PassageUnits, 'text'> {
  text: Uint16Array;
}

/** Pack `units`: the text becomes code units; the typed columns are shared, not copied. */
export function packUnits(units: PassageUnits): PackedPassageUnits {
  return { ...units, text: codesOf(units.text) };
}

/** The units `packUnits` was given, with the text rebuilt from its code units. */
export function unpackUnits(packed: PackedPassageUnits): PassageUnits {
  return { ...packed, text: fromCodes(packed.text, packed.text.length) };
}

/** Every ArrayBuffer under `packed`'s columns, once each: what to list to move them to another thread. */
export function packedBuffers(packed: PackedPassageUnits): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const column of Object.values(packed)) {
    if (ArrayBuffer.isView(column) && column.buffer instanceof ArrayBuffer) buffers.add(column.buffer);
  }
  return [...buffers];
}

function codesOf(s: string): Uint16Array {
  const codes = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  return codes;
}
