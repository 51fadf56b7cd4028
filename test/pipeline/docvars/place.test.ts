import { describe, expect, it } from 'vitest';
import { prefectureOfOwnPlace, regionOfStem } from '../../../src/pipeline/docvars/place.js';
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
