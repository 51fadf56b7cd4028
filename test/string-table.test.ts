import { describe, expect, it } from 'vitest';
import { hashOfRange, StringTable } from '../src/string-table.js';

/** `s` looked up as the whole of a text, with its hash. */
function idOf(table: StringTable, s: string): number {
  return table.idOf(s, 0, s.length, hashOfRange(s, 0, s.length));
}

describe('StringTable', () => {
  it('numbers distinct strings in order of first sight and gives each back exactly', () => {
    const table = new StringTable();
    // a prefix and its longer string, the empty string, a space inside, a surrogate pair, Latin
    const strings = ['协商', '协商议政', '', '新 常态', '𠀀𠮷', 'GDP', '“放管服”'];
    expect(strings.map((s) => idOf(table, s))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect([...strings].reverse().map((s) => idOf(table, s))).toEqual([6, 5, 4, 3, 2, 1, 0]);
    expect(table.size).toBe(7);
    expect(strings.map((_, id) => table.stringOf(id))).toEqual(strings);
  });

  it('finds a string as a range of a longer text without adding one it does not hold', () => {
    const table = new StringTable();
    idOf(table, '协商');
    idOf(table, '常态');
    const text = '新 常态 协商议政';
    const find = (from: number, to: number) => table.find(text, from, to, hashOfRange(text, from, to));
    expect([find(2, 4), find(5, 7), find(5, 9), find(0, 1)]).toEqual([1, 0, -1, -1]);
    expect(table.size).toBe(2);
  });

  it('keeps every id and string through its growth (hash slots, code units, starts)', () => {
    const table = new StringTable();
    const many = Array.from({ length: 200_000 }, (_, i) => `词${i.toString(36)}`);
    expect(many.every((s, i) => idOf(table, s) === i)).toBe(true);
    expect(table.size).toBe(200_000);
    expect(many.every((s, i) => idOf(table, s) === i)).toBe(true); // found again, not added
    expect(idOf(table, '词0')).toBe(0);
    expect(idOf(table, many[123_456]!)).toBe(123_456);
    expect(table.stringOf(199_999)).toBe(many[199_999]);
    expect(many.every((s, i) => table.stringOf(i) === s)).toBe(true);
  });

  it('gives back a string longer than one chunk of code units', () => {
    const table = new StringTable();
    const long = '甲乙'.repeat(5000) + 'x';
    idOf(table, '前');
    expect(idOf(table, long)).toBe(1);
    expect(table.stringOf(1)).toBe(long);
    expect(idOf(table, long.slice(0, -1))).toBe(2);
  });

  it('finds a string wherever it lies in the text given', () => {
    const table = new StringTable();
    const line = '政协委员提案办理';
    // 委员 at 2..4 and 提案 at 4..6 of the line, then the same strings given alone
    expect(table.idOf(line, 2, 4, hashOfRange(line, 2, 4))).toBe(0);
    expect(table.idOf(line, 4, 6, hashOfRange(line, 4, 6))).toBe(1);
    expect(hashOfRange(line, 2, 4)).toBe(hashOfRange('委员', 0, 2));
    expect([idOf(table, '委员'), idOf(table, '提案'), idOf(table, '委员提案')]).toEqual([0, 1, 2]);
    expect(table.idOf(line, 3, 3, hashOfRange(line, 3, 3))).toBe(3); // the empty string
    expect([table.stringOf(0), table.stringOf(2), table.stringOf(3)]).toEqual(['委员', '委员提案', '']);
  });
});
