/** Topics a plan sets out as numbered lines under a heading that names the activity (made-up plans). */
import { describe, expect, it } from 'vitest';
import { planTopics } from '../../../src/pipeline/topics/plans.js';

const topics = (text: string) => planTopics(text).map((t) => `${t.activity} ${text.slice(t.start, t.end)}`);

describe('planTopics', () => {
  it('reads the numbered lines under a heading that names an activity, until the next heading', () => {
    const plan = [
      '（一）专题议政性常委会会议（2项）',
      '1. 降低企业成本，吸引投资创业',
      '时间安排：7月',
      '承办部门：市政协提案委',
      '2. 放大生态比较优势，推动绿色低碳发展',
      '（二）加强自身建设',
      '1. 加强委员培训',
      '三、对口协商',
      '（1）推进青年电子商务创业',
    ].join('\n');
    expect(topics(plan)).toEqual([
      '常委会议协商 降低企业成本，吸引投资创业',
      '常委会议协商 放大生态比较优势，推动绿色低碳发展',
      '对口协商 推进青年电子商务创业',
    ]);
  });

  it('leaves a line that is a sentence of its own, or a line with a colon, to the other rules', () => {
    const plan = ['（一）常委会议协商', '1. 围绕防范化解政府债务风险开展政协常委会议协商', '2. 时间安排：7月'].join('\n');
    expect(topics(plan)).toEqual([]);
  });
});
