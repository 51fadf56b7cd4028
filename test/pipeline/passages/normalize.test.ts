import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hanCount, hashHex, writeHash, writeUnitKey, type CodeBuffer } from '../../../src/pipeline/passages/normalize.js';
import { CORPUS } from '../../helpers.js';
import { hashKey, unitKey, unitKeyInfo } from './string-forms.js';

describe('unitKey', () => {
  it.each([
    ['（二）实现了“全覆盖”，召开XX次', '实现了全覆盖召开#次'],
    ['2.实现了全覆盖、召开12次', '实现了全覆盖召开#次'],
    ['一、筑牢协商根基', '筑牢协商根基'],
    ['（1）加强理论武装', '加强理论武装'],
    ['①加强理论武装', '加强理论武装'],
    ['一是坚持区委领导', '坚持区委领导'],
    ['20XX年X县委批准成立了县政协机关党组', '#年#县委批准成立了县政协机关党组'],
    ['２０２３年，县政协', '#年县政协'],
    ['GDP增长3.5%左右', 'GDP增长#左右'],
    ['为加快建设美丽幸福新**贡献', '为加快建设美丽幸福新#贡献'],
    ['××乡某某同志', '#乡#同志'],
    ['某些地方', '某些地方'],
    ['Xi 与 Box', 'Xi与Box'], ['XXX同志和Xbox', '#同志和Xbox'],
    ['X、XX和 * 项', '#和#项'],
    ['二〇二三年', '二〇二三年'],
  ])('%s → %s', (text, key) => {
    expect(unitKey(text)).toBe(key);
  });

  it('drops a list marker after any leading white space, whatever character the marker begins with', () => {
    const spaces = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((c) => /^\s$/u.test(c));
    expect(spaces).toHaveLength(25);
    for (const space of spaces) expect(unitKey(`${space}（一）加强理论武装`)).toBe('加强理论武装');
    for (const marker of ['(3)', '百、', '十是', '９、', '0.', '⑳']) expect(unitKey(`${marker}加强理论武装`)).toBe('加强理论武装');
  });

  it('does not take a number that starts a unit for a list marker', () => {
    expect(unitKey('2023年工作及成效')).toBe('#年工作及成效');
    expect(unitKey('3.5%的增速')).toBe('#的增速');
  });

  it('counts Han characters of the key, not of the list marker', () => {
    expect(unitKeyInfo('（十一）加强委员队伍建设').han).toBe(8);
    expect(hanCount('（十一）加强委员队伍建设')).toBe(10);
    expect(hanCount('𠀀与A1')).toBe(2);
  });
});

describe('hashKey', () => {
  it('is a pair of unsigned 32-bit numbers, the same for the same key and different for a one-character change', () => {
    const [a1, a2] = hashKey('实现党的组织对党员委员的全覆盖');
    expect(hashKey('实现党的组织对党员委员的全覆盖')).toEqual([a1, a2]);
    expect(hashKey('实现了党的组织对党员委员的全覆盖')).not.toEqual([a1, a2]);
    for (const n of [a1, a2]) expect(Number.isInteger(n) && n >= 0 && n < 2 ** 32).toBe(true);
    expect(hashHex(a1, a2)).toMatch(/^[0-9a-f]{16}$/);
    expect(hashHex(0, 255)).toBe('00000000000000ff');
  });

  it('has no collisions among 200,000 distinct short keys', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i++) seen.add(hashHex(...hashKey(`政协${i}`)));
    expect(seen.size).toBe(200_000);
  });
});

/** The key `writeUnitKey` appends for `text[from, to)`, after some earlier content. */
function keyInRange(text: string, from: number, to: number): string {
  const out: CodeBuffer = { codes: new Uint16Array(2), length: 2 };
  writeUnitKey(text, from, to, out);
  return String.fromCharCode(...out.codes.subarray(2, out.length));
}

describe('writeUnitKey', () => {
  it.each([
    ['AX同志', 1, 4, '#同志'], // the A before the range does not make X part of a Latin word
    ['X同志b', 0, 3, '#同志'],
    ['某某人', 1, 3, '某人'], // nor does a 某 outside the range make a mask
    ['人某某', 0, 2, '人某'],
    ['前言。（二）实现了“全覆盖”，召开XX次', 3, 20, '实现了全覆盖召开#次'], // a list marker at the range's start
  ])('%s [%i, %i) → %s, as unitKey of the slice', (text, from, to, key) => {
    expect(keyInRange(text, from, to)).toBe(key);
    expect(unitKey(text.slice(from, to))).toBe(key);
  });

  it('gives unitKey of the slice and its Han count for every line of the seed reports', () => {
    const text = readFileSync(join(CORPUS, '001_f639e6b0dd93e5af.txt'), 'utf8');
    let from = 0;
    for (const line of text.split('\n')) {
      expect(keyInRange(text, from, from + line.length)).toBe(unitKey(line));
      const out: CodeBuffer = { codes: new Uint16Array(0), length: 0 };
      expect(writeUnitKey(text, from, from + line.length, out)).toBe(unitKeyInfo(line).han);
      from += line.length + 1;
    }
  });
});

describe('writeHash', () => {
  it('keeps the hash of earlier builds and hashes codes in place as hashKey hashes the string', () => {
    expect(hashHex(...hashKey('实现党的组织对党员委员的全覆盖党的工作对政协委员的全覆盖'))).toBe('6990d97170ae2aa8');
    const key = '实现了全覆盖召开#次';
    const codes = Uint16Array.from([0x41, ...Array.from(key, (c) => c.charCodeAt(0)), 0x42]);
    const out = new Uint32Array(3);
    writeHash(codes, 1, 1 + key.length, out, 1);
    expect([out[1], out[2]]).toEqual(hashKey(key));
  });
});
