import { describe, expect, it } from 'vitest';
import { accompanying, prefectureOfOwnPlace, regionOfStem } from '../../../src/pipeline/docvars/place.js';
import type { Division } from '../../../src/pipeline/docvars/region-code.js';

const county = (d: Division) => d.level === 'county';

describe('regionOfStem', () => {
  it.each([
    ['要结合陇南民事直说工作法……奋力建设大美两当。', '两当县'],
    ['把巴中政协工作的好思路带回去。来到通江巴山麻王花椒有限公司', '通江县'],
  ])('%s → %s', (head, name) => expect(regionOfStem(head, county)).toBe(name));

  it.each([
    // a stem alone is a word too often: without its prefecture it names nothing
    ['为助推发展临空经济、建设绿色永清贡献智慧'],
    // a prefecture without any of its counties' stems
    ['陇南市政协召开常委会议'],
  ])('%s gives none', (head) => expect(regionOfStem(head, county)).toBe(''));
});

describe('prefectureOfOwnPlace', () => {
  it.each([
    ['在全省各地市的典型案例中，我市清新区山塘镇政协委员工作室的这些做法值得点赞。', '清远市'],
    ['我市推进委员工作室建设', ''],
    // 江北区 lies in Chongqing and in Ningbo: no one prefecture
    ['我市江北区政协委员', ''],
  ])('%s → %s', (head, name) => expect(prefectureOfOwnPlace(head)).toBe(name));
});

describe('accompanying', () => {
  const regex = (text: string) => [...text.matchAll(/[^。；;！\n]*陪同/gu)].map((m) => m[0]);

  it('gives the clauses up to their last 陪同, as the expression it stands for', () => {
    const text = '县委书记张三，县政协主席李四陪同调研陪同。市长到此；陪同人员\n无\n陪同陪同！县长陪同';
    expect([...accompanying(text)]).toEqual(['县委书记张三，县政协主席李四陪同调研陪同', '陪同', '陪同陪同', '县长陪同']);
    expect([...accompanying('没有')]).toEqual([]);
  });

  it('agrees with the expression on random texts of clause ends, 陪, 同, other characters and surrogate pairs', () => {
    const alphabet = ['陪', '同', '陪同', '。', '；', ';', '！', '\n', '县', 'a', '𠀀', '，'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: n % 40 }, () => alphabet[next()]).join('');
      expect([...accompanying(text)], text).toEqual(regex(text));
    }
  });
});
