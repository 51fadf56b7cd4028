/**
 * Key ids by packed 53-bit hash, for the passage index (corpus-index.ts): an open-addressing table in two typed
 * arrays. A Map of a million number keys costs some 65 bytes a key in the heap; this costs 12 bytes a slot,
 * at most 24 a key. Not pure: the table grows as keys are added.
 */

/** The table; `lookUp` and `insert` read and fill it. */
export interface KeyTable {
  /** Packed hash per slot; -1 for an empty slot (hashes are non-negative). */
  keys: Float64Array;
  ids: Int32Array;
  size: number;
}

/** An empty table. */
export function createKeyTable(): KeyTable {
  return { keys: new Float64Array(1 << 12).fill(-1), ids: new Int32Array(1 << 12), size: 0 };
}

/** The id stored for `packed`, or -1. */
export function lookUp(table: KeyTable, packed: number): number {
  const { keys } = table;
  const mask = keys.length - 1;
  for (let slot = slotOf(packed, mask); ; slot = (slot + 1) & mask) {
    const key = keys[slot]!;
    if (key === packed) return table.ids[slot]!;
    if (key === -1) return -1;
  }
}

/** Store `id` for `packed` (not in the table yet). */
export function insert(table: KeyTable, packed: number, id: number): void {
  if (2 * (table.size + 1) > table.keys.length) grow(table);
  put(table, packed, id);
  table.size++;
}

function put(table: KeyTable, packed: number, id: number): void {
  const { keys } = table;
  const mask = keys.length - 1;
  let slot = slotOf(packed, mask);
  while (keys[slot] !== -1) slot = (slot + 1) & mask;
  keys[slot] = packed;
  table.ids[slot] = id;
}

function grow(table: KeyTable): void {
  const { keys, ids } = table;
  table.keys = new Float64Array(2 * keys.length).fill(-1);
  table.ids = new Int32Array(2 * keys.length);
  for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== -1) put(table, keys[slot]!, ids[slot]!);
}

/** The hash is uniform already: its low 32 bits, mixed once so that neighbouring values spread. */
function slotOf(packed: number, mask: number): number {
  return Math.imul((packed % 4294967296) | 0, 0x9e3779b1) & mask;
}
