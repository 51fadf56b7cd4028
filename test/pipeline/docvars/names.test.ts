import { describe, expect, it } from 'vitest';
import { firstNameOfLevel } from '../../../src/pipeline/docvars/names.js';

describe('firstNameOfLevel: a district name that is also a word for a part of town', () => {
  it.each([
    // the old town and the new town of a district's own page are no districts
    ['希望区政协针对我区老城区改造、存量土地释放等问题开展课题研究。', ''],
    ['随着我区经济的发展，老城区交通拥堵问题日益凸显。新城区建设加快。', ''],
    // 洛阳's 老城区 and 西安's 新城区, after their city or before their own body
    ['洛阳市老城区政协召开常委会议。', '老城区'],
    ['老城区政协召开常委会议。', '老城区'],
    ['西安市新城区召开政协工作会议。', '新城区'],
  ])('%s → %s', (text, name) => expect(firstNameOfLevel(text, 'district')).toBe(name));
});

describe('firstNameOfLevel: a name inside a building or measured against is not the body\'s place', () => {
  it.each([
    // 中山纪念堂 is a hall named after a man, 北京饭店 a hotel
    ['界别小组视察了青果巷历史文化街区和中山纪念堂，在北京饭店召开座谈会。', 'city', ''],
    ['区委书记作了对标滨湖区、冲刺五十强贡献政协力量的报告。', 'district', ''],
    ['中山市政协召开常委会议。', 'city', '中山市'],
  ] as const)('%s (%s) → %s', (text, level, name) => expect(firstNameOfLevel(text, level)).toBe(name));
});
