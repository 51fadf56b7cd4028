import { describe, expect, it } from 'vitest';
import { isBeforeMaskSuffix } from '../../src/document/mask-suffix.js';

describe('isBeforeMaskSuffix', () => {
  it('is true before a unit, a measure word or a date part, and false before a word that only begins with one', () => {
    const cases: Array<[string, number]> = [['**县召开', 2], ['召开**次会议', 4], ['20**年', 4], ['**月**日', 2], ['**区政协', 2], ['**人文底蕴', 2], ['**重点工作**', 2], ['**项目', 2]];
    expect(cases.map(([text, at]) => isBeforeMaskSuffix(text, at))).toEqual([true, true, true, true, true, false, false, false]);
  });
});
