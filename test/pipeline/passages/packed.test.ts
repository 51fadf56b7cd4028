import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/io/read.js';
import { passageUnits } from '../../../src/pipeline/passages/fingerprints.js';
import { packedBuffers, packUnits, unpackUnits } from '../../../src/pipeline/passages/packed.js';
import { CORPUS, SEED_FILES } from '../../helpers.js';

describe('packUnits / unpackUnits', () => {
  it('gives back the exact units of every seed report, with every column in a buffer of its own', async () => {
    for (const file of SEED_FILES) {
      const units = passageUnits(await readDocument(join(CORPUS, file), CORPUS));
      const packed = packUnits(units);
      expect(packed.text).toBeInstanceOf(Uint16Array);
      expect(unpackUnits(packed)).toEqual(units);
      // hashes, bands, starts, ends, chars, parents, keys, keyEnds, text: nine buffers to move
      expect(packedBuffers(packed)).toHaveLength(9);
    }
  });

  it('keeps lone surrogates and characters outside the BMP exactly', () => {
    const text = '𠀀全覆盖\uD840全面推进乡村振兴战略实施取得明显成效\uDC00。';
    const units = passageUnits({ text } as Parameters<typeof passageUnits>[0]);
    expect(unpackUnits(packUnits(units)).text).toBe(text);
  });

  it('lists a buffer shared by two columns once', () => {
    const buffer = new ArrayBuffer(16);
    const packed = { ...packUnits(passageUnits({ text: '' } as Parameters<typeof passageUnits>[0])), starts: new Uint32Array(buffer, 0, 2), ends: new Uint32Array(buffer, 8, 2) };
    expect(packedBuffers(packed).filter((b) => b === buffer)).toHaveLength(1);
  });
});
