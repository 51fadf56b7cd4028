import { describe, expect, it } from 'vitest';
import { closeCodeStore, memoryCodeStore, spilledCodeStore } from '../../../src/io/code-store.js';
import { appendKeyRecord, readKeyRecords } from '../../../src/pipeline/passages/key-records.js';
import { BANDS } from '../../../src/pipeline/passages/minhash.js';

describe('key records', () => {
  for (const [name, make] of [['in memory', memoryCodeStore], ['spilled to a file', spilledCodeStore]] as const) {
    it(`give back every key's packed hash, band values and code start, ${name}`, () => {
      const store = make();
      try {
        const count = 70_000; // more than one chunk read back
        const bands = Uint32Array.from({ length: BANDS * count }, (_, i) => (i * 2654435761) >>> 0);
        const packed = (k: number) => 2 ** 52 - 2 ** 40 + k * 2 ** 21 + (k % 2048);
        for (let k = 0; k < count; k++) appendKeyRecord(store, packed(k), bands, k * BANDS, 3 * (k + 1));
        const read = readKeyRecords(store, count);
        // Compared in a loop: a deep equality of arrays this long takes the test runner tens of seconds.
        const wrong = { packed: 0, bands: 0, keyStart: 0 };
        for (let k = 0; k < count; k++) if (read.packed[k] !== packed(k)) wrong.packed++;
        for (let i = 0; i < bands.length; i++) if (read.bands[i] !== bands[i]) wrong.bands++;
        for (let k = 0; k <= count; k++) if (read.keyStart[k] !== 3 * k) wrong.keyStart++;
        expect([read.packed.length, read.bands.length, read.keyStart.length]).toEqual([count, BANDS * count, count + 1]);
        expect(wrong).toEqual({ packed: 0, bands: 0, keyStart: 0 });
      } finally {
        closeCodeStore(store);
      }
    });
  }
});
