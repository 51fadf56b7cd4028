import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/create.js';
import { readDocument } from '../../../src/io/read.js';
import { keyOf, MIN_UNIT_HAN, passageFingerprints, passageUnits, textOf } from '../../../src/pipeline/passages/fingerprints.js';
import { BANDS } from '../../../src/pipeline/passages/minhash.js';
import { hanCount } from '../../../src/pipeline/passages/normalize.js';
import { CORPUS } from '../../helpers.js';
import { bandValues, hashKey, unitKey } from './string-forms.js';

const docOf = (source: string) => createDocument({ path: 'x', file: 'x.txt', format: 'txt', encoding: 'utf-8', source });

describe('passageFingerprints', () => {
  it('splits sentences at 。！？； and line breaks, clauses at ，： — and keeps only units of 12+ Han characters', () => {
    const doc = docOf('（二）坚持党的领导。设立临时党组织，实现党的组织对党员委员的全覆盖、党的工作对政协委员的全覆盖。\n短句。');
    const units = passageFingerprints(doc);
    expect(units.map((u) => [u.text, u.parent])).toEqual([
      ['设立临时党组织，实现党的组织对党员委员的全覆盖、党的工作对政协委员的全覆盖', -1],
      ['实现党的组织对党员委员的全覆盖、党的工作对政协委员的全覆盖', 0],
    ]);
    for (const u of units) {
      expect(doc.text.slice(u.start, u.end)).toBe(u.text);
      expect(u.chars).toBe([...u.text].length);
      expect(u.key).toBe(unitKey(u.text));
      expect([u.h1, u.h2]).toEqual(hashKey(u.key));
    }
  });

  it('does not repeat a sentence as its own single clause, and trims spaces and closing quotes', () => {
    const units = passageFingerprints(docOf('“要格外关注、格外关爱”。”  积极组织干部职工开展走访探视活动  \n'));
    expect(units.map((u) => u.text)).toEqual(['积极组织干部职工开展走访探视活动']);
  });

  it('lets the caller change the minimum', () => {
    const doc = docOf('加强理论武装。坚持党的领导，规范管理。');
    expect(passageFingerprints(doc)).toEqual([]);
    expect(passageFingerprints(doc, { minHan: 4 }).map((u) => u.text)).toEqual([
      '加强理论武装', '坚持党的领导，规范管理', '坚持党的领导', '规范管理',
    ]);
  });

  it('finds the units of a seed report, all at least MIN_UNIT_HAN Han characters, as plain data', async () => {
    const doc = await readDocument(join(CORPUS, '000_178bb20f8e3f1132.txt'), CORPUS);
    const units = passageFingerprints(doc);
    expect(units.length).toBe(95); // counted independently: 22 sentences and 73 clauses
    expect(units.filter((u) => u.parent === -1).length).toBe(22);
    for (const u of units) {
      expect(hanCount(u.key)).toBeGreaterThanOrEqual(MIN_UNIT_HAN);
      if (u.parent >= 0) {
        const s = units[u.parent]!;
        expect(s.parent).toBe(-1);
        expect(u.start >= s.start && u.end <= s.end).toBe(true);
      }
    }
    expect(structuredClone(units)).toEqual(units);
  });

  it('gives the same units as columns, which survive structured clone', async () => {
    const doc = await readDocument(join(CORPUS, '000_178bb20f8e3f1132.txt'), CORPUS);
    const objects = passageFingerprints(doc);
    const columns = passageUnits(doc);
    expect(columns.count).toBe(95);
    expect(Array.from({ length: columns.count }, (_, i) => [keyOf(columns, i), textOf(columns, i), columns.parents[i]])).toEqual(
      objects.map((u) => [u.key, u.text, u.parent]),
    );
    expect(Array.from(columns.bands.subarray(6, 12))).toEqual(objects[1]!.bands);
    expect(structuredClone(columns)).toEqual(columns);
  });

  it('fills every column of every seed report from its own unit, at exactly the units\' length', async () => {
    for (const name of ['000_178bb20f8e3f1132', '001_f639e6b0dd93e5af', '002_ff152d5763ca33a0', '003_b45dcb9941570f9a', '004_bbe205343de10782']) {
      const doc = await readDocument(join(CORPUS, `${name}.txt`), CORPUS);
      for (const minHan of [MIN_UNIT_HAN, 2]) {
        const units = passageUnits(doc, { minHan });
        const keys: string[] = [];
        for (let i = 0; i < units.count; i++) {
          const text = textOf(units, i);
          const key = keyOf(units, i);
          expect(key).toBe(unitKey(text));
          expect([units.hashes[2 * i], units.hashes[2 * i + 1]]).toEqual(hashKey(key));
          expect(Array.from(units.bands.subarray(i * BANDS, (i + 1) * BANDS))).toEqual(bandValues(key));
          expect(units.chars[i]).toBe([...text].length);
          keys.push(key);
        }
        expect(String.fromCharCode(...units.keys)).toBe(keys.join(''));
        expect([units.hashes.length, units.bands.length, units.starts.length, units.ends.length, units.parents.length, units.keyEnds.length])
          .toEqual([2, BANDS, 1, 1, 1, 1].map((n) => n * units.count));
      }
    }
  });
});
