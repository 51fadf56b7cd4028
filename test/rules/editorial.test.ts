import { describe, expect, it } from 'vitest';
import { editorial } from '../../src/rules/editorial.js';
import { found } from './rule-helper.js';

describe('placeholder/editorial', () => {
  it.each([
    ['全年接待游客【待补充】万人次', ['1:7 "【待补充】" other']],
    ['会议时间（待定）', ['1:5 "（待定）" other']],
    ['投资额(待定)', ['1:4 "(待定)" other']],
    ['完成投资【数据待核实】', ['1:5 "【数据待核实】" other']],
    ['增速为[TBD]', ['1:4 "[TBD]" other']],
    ['TODO: 补充数据', ['1:1 "TODO" other']],
    ['FIXME 这里要改', ['1:1 "FIXME" other']],
    ['增长??%', ['1:3 "??" other']],
    ['达到？？人', ['1:3 "？？" other']],
    ['第一行\n目标〔待确认〕', ['2:3 "〔待确认〕" other']],
  ])('reports %s', (source, expected) => {
    expect(found(source, editorial)).toEqual(expected);
  });

  it.each([
    ['待定 as an ordinary word', '具体时间待定，另行通知'],
    ['a single question mark', '是否可行？'],
    ['footnote marks', '参见[1]和[^2]'],
    ['Latin words containing a marker', 'todos、TODOS、STBD'],
    ['a web address', '见http://a.cn/TODO/?q=??&p=1'],
  ])('does not report %s', (_name, source) => {
    expect(found(source, editorial)).toEqual([]);
  });
});
