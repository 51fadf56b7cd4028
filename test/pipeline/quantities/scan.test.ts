import { describe, expect, it } from 'vitest';
import { matchesOf, PATTERN, scanNumbers } from '../../../src/pipeline/quantities/scan.js';

/** [written count, value, unit, approx, masked] of every candidate in `text`. */
const scan = (text: string) => scanNumbers(text).map((m) => [text.slice(m.start, m.end), m.value, m.unit, m.approx, m.masked]);

describe('scanNumbers', () => {
  it('reads Arabic, full-width and Chinese numbers with their measure word', () => {
    expect(scan('收到提案312件，立案２８９件，召开专题协商会六次，组织视察十二场')).toEqual([
      ['312件', 312, '件', false, false], ['２８９件', 289, '件', false, false], ['六次', 6, '次', false, false], ['十二场', 12, '场', false, false],
    ]);
  });

  it('marks approximate counts: 余, 多, 近, 约, 至少, 左右, 以上', () => {
    expect(scan('参与委员1200余人次，三千多件，近200项，约30篇，至少两次，50场左右，100名以上，1.2万人')).toEqual([
      ['1200余人次', 1200, '人次', true, false], ['三千多件', 3000, '件', true, false], ['近200项', 200, '项', true, false],
      ['约30篇', 30, '篇', true, false], ['至少两次', 2, '次', true, false], ['50场左右', 50, '场', true, false],
      ['100名以上', 100, '名', true, false], ['1.2万人', 12000, '人', false, false],
    ]);
  });

  it('gives a range its lower bound, marked approximate', () => {
    expect(scan('每年开展视察10—15次，调研3至5项')).toEqual([['10—15次', 10, '次', true, false], ['3至5项', 3, '项', true, false]]);
  });

  it('reads percentages, Arabic or 百分之', () => {
    expect(scan('办复率99.5%，满意率１００％，办复率达百分之九十九点八')).toEqual([
      ['99.5%', 99.5, '%', false, false], ['１００％', 100, '%', false, false], ['百分之九十九点八', 99.8, '%', false, false],
    ]);
  });

  it('keeps masked counts with no value', () => {
    expect(scan('收到委员提案*件，XX余项，×次，**名委员')).toEqual([
      ['*件', null, '件', false, true], ['XX余项', null, '项', true, true], ['×次', null, '次', false, true], ['**名', null, '名', false, true],
    ]);
  });

  it('leaves out ordinals, "each" and session numbers', () => {
    expect(scan('第三次会议，每一件提案，前三名，十五届二十七次常委会议，省政协十四次常委会议')).toEqual([]);
  });

  it('allows spaces but no line break between a number and its measure word', () => {
    expect(scan('全体会议5 次，提案42 件，立案312\n件')).toEqual([['5 次', 5, '次', false, false], ['42 件', 42, '件', false, false]]);
  });

  it('needs a measure word: money, area and length are not candidates', () => {
    expect(scan('地区生产总值2.2万亿元，耕地500亩，公路30公里，增长6')).toEqual([]);
  });
});

describe('matchesOf', () => {
  it('finds what the expression finds over the whole text, on random texts of numbers, units and other characters', () => {
    const pieces = ['近', '约', '逾', '超过', '至少', '1', '2', '０', '9', '.', '．', ' ', '\t', '万', '亿', '一', '两', '十', '百', '千', '点', '五',
      'X', 'x', '*', '×', 'Ｘ', '—', '-', '至', '到', '余', '多', '件', '人次', '场', '名', '个', '%', '％', '左右', '以上', '百分之', '第', '协', '，', '𠀀', '\n'];
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + (n % 20) }, () => pieces[next()]).join('');
      const found = [...matchesOf(text)].map((m) => [m.index, m[0]]);
      expect(found, text).toEqual([...text.matchAll(PATTERN)].map((m) => [m.index, m[0]]));
    }
  });
});
