/** check --previous: the draft's sentences that stand in last year's report, figures and all. */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/create.js';
import { toDiagnostic } from '../../../src/document/span.js';
import { figuresOf, previousReport, staleSentences } from '../../../src/pipeline/per-document/stale.js';

const doc = (file: string, lines: string[]) =>
  createDocument({ path: file, file, format: 'txt', encoding: 'utf-8', source: `${lines.join('\n')}\n` });

const LAST_YEAR = doc('2023.txt', [
  '关于青山县政协2023年工作情况的报告',
  '一、2023年主要工作',
  '全年共收到提案312件，立案298件，办复率100%。',
  '组织委员视察调研18次，形成调研报告12篇。',
  '2023年3月15日，召开十届三次全体会议。',
  '坚持党的领导，不断加强政协党的建设。',
  '开展“委员进万家”活动，走访群众1200余人次。',
]);

const DRAFT = doc('2024.txt', [
  '关于青山县政协2024年工作情况的报告', // year updated
  '一、2024年主要工作',
  '全年共收到提案312件，立案298件，办复率100%。', // unchanged, figures and all
  '组织委员视察调研21次，形成调研报告15篇。', // figures updated
  '坚持党的领导，不断加强政协党的建设。', // unchanged, but no figure
  '2023年3月15日，召开十届三次全体会议。', // unchanged date (moved down one line)
  '深入开展“委员进万家”活动，走访群众1200余人次。', // reworded a little, figure not updated
  '组织委员视察调研18次。', // last year's figure in another wording: not the same sentence
  '新设立委员工作室5个。', // new
]);

describe('staleSentences', () => {
  it('reports exactly the sentences that stand unchanged (or nearly) with the same year, date or count, with both places', () => {
    const findings = staleSentences(DRAFT, previousReport('2023.txt', LAST_YEAR));
    expect(findings.map((f) => toDiagnostic(DRAFT, f, 'warning')).map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.ruleId} ${d.message}`)).toEqual([
      '3:1-27 stale/unchanged-sentence 与去年报告相同的句子，其中的年份、日期或数字（312、298、100）未变：请核实是否需要更新。去年报告：2023.txt 第3行第1列',
      '6:1-22 stale/unchanged-sentence 与去年报告相同的句子，其中的年份、日期或数字（2023、3、15）未变：请核实是否需要更新。去年报告：2023.txt 第5行第1列',
      '7:1-26 stale/unchanged-sentence 与去年报告相同的句子，其中的年份、日期或数字（1200）未变：请核实是否需要更新。去年报告：2023.txt 第7行第1列',
    ]);
  });

  it('finds nothing in a report compared with a wholly updated one', () => {
    const updated = doc('u.txt', ['全年共收到提案330件，立案301件，办复率100%。', '2024年3月12日，召开十届四次全体会议。']);
    expect(staleSentences(updated, previousReport('2023.txt', LAST_YEAR))).toEqual([]);
  });

  it('takes years, dates and counts as figures, including full-width digits and Chinese-numeral years', () => {
    expect(figuresOf('二〇二三年共收到提案３１２件，办复率98.5%')).toEqual(['二〇二三年', '３１２', '98.5']);
    expect(figuresOf('坚持党的领导')).toEqual([]);
  });
});
