import { describe, expect, it } from 'vitest';
import { createKeyTable, insert, lookUp } from '../../../src/pipeline/passages/key-table.js';

describe('key table', () => {
  it('finds every id stored, through its growth, and -1 for a hash never stored', () => {
    const table = createKeyTable();
    // Packed hashes as analyze makes them (h1·2^21 + the top 21 bits of h2), and neighbours that differ in one low bit.
    const packed = Array.from({ length: 100_000 }, (_, i) => ((Math.imul(i, 0x9e3779b1) >>> 0) * 2 ** 21) + (i % 2 ** 21));
    packed.forEach((p, id) => insert(table, p, id));
    expect(packed.every((p, id) => lookUp(table, p) === id)).toBe(true);
    expect(table.size).toBe(100_000);
    expect(lookUp(table, packed[5]! + 2 ** 21 * 7)).toBe(-1);
    expect(lookUp(table, 3)).toBe(-1);
  });
});
