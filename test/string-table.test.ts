import { describe, expect, it } from 'vitest';
import { StringTable } from '../src/string-table.js';

describe('StringTable', () => {
  it('numbers distinct strings in order of first sight and gives each back exactly', () => {
    const table = new StringTable();
    // a prefix and its longer string, the empty string, a space inside, a surrogate pair, Latin
    const strings = ['协商', '协商议政', '', '新 常态', '𠀀𠮷', 'GDP', '“放管服”'];
    expect(strings.map((s) => table.idOf(s))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect([...strings].reverse().map((s) => table.idOf(s))).toEqual([6, 5, 4, 3, 2, 1, 0]);
    expect(table.size).toBe(7);
    expect(strings.map((_, id) => table.stringOf(id))).toEqual(strings);
  });

  it('keeps every id and string through its growth (hash slots, code units, starts)', () => {
    const table = new StringTable();
    const many = Array.from({ length: 200_000 }, (_, i) => `词${i.toString(36)}`);
    expect(many.every((s, i) => table.idOf(s) === i)).toBe(true);
    expect(table.size).toBe(200_000);
    expect(many.every((s, i) => table.idOf(s) === i)).toBe(true); // found again, not added
    expect(table.idOf('词0')).toBe(0);
    expect(table.idOf(many[123_456]!)).toBe(123_456);
    expect(table.stringOf(199_999)).toBe(many[199_999]);
    expect(many.every((s, i) => table.stringOf(i) === s)).toBe(true);
  });

  it('gives back a string longer than one chunk of code units', () => {
    const table = new StringTable();
    const long = '甲乙'.repeat(5000) + 'x';
    table.idOf('前');
    expect(table.idOf(long)).toBe(1);
    expect(table.stringOf(1)).toBe(long);
    expect(table.idOf(long.slice(0, -1))).toBe(2);
  });
});
