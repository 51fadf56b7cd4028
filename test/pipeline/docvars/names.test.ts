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
