import { describe, expect, it } from 'vitest';
import { dateIn, yearAtStart, yearIn } from '../../../src/pipeline/docvars/year.js';

describe('dateIn: the first date of a line, with its month', () => {
  it.each([
    ['2023年5月8日上午', 2023, 5],
    ['（二〇一九年一月二十七日）', 2019, 1],
    ['发布时间:2022-01-18 14:12', 2022, 1],
    ['06.01.2020 19:32', 2020, 1],
    // a space between a number and its unit, as PDF text and some pages write it
    ['2025 年 4 月 23 日', 2025, 4],
    ['【Time : 2025 / 04 / 23】', 2025, 4],
  ])('%s → %i-%i', (line, year, month) => expect(dateIn(line)).toMatchObject({ year: { kind: 'year', year }, month }));

  it('finds no date in a count or a year alone', () => {
    expect(dateIn('第1234 年')).toBeUndefined();
    expect(dateIn('2025年是收官之年')).toBeUndefined();
  });
});

describe('yearIn and yearAtStart', () => {
  it('read a year written with a space before 年', () => {
    expect(yearIn('会议提出，2025 年是十四五规划收官之年')).toEqual({ kind: 'year', year: 2025 });
    expect(yearAtStart('2024 年，市政协聚焦中心工作')).toEqual({ kind: 'year', year: 2024 });
  });
  it('keep a masked year masked, spaced or not', () => {
    expect(yearIn('20XX 年工作要点')).toEqual({ kind: 'masked', written: '20XX' });
  });
});
