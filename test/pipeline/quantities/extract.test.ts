import { describe, expect, it } from 'vitest';
import { loadQuantityLexicon } from '../../../src/context.js';
import { createDocument } from '../../../src/document/create.js';
import { placeholderRows } from '../../../src/pipeline/per-document/placeholders.js';
import { compileQuantityLexicon, extractQuantities } from '../../../src/pipeline/quantities/index.js';

const lex = compileQuantityLexicon(loadQuantityLexicon());

function quantities(source: string) {
  const doc = createDocument({ path: 'x.txt', file: 'x.txt', format: 'txt', encoding: 'utf-8', source });
  return extractQuantities(doc, lex, placeholderRows(doc), { region: '甲县', year: 2023 });
}
/** subject, subject_text, value, unit of every row. */
const brief = (source: string) => quantities(source).map((r) => [r.subject, r.subject_text, r.value, r.unit]);

describe('extractQuantities', () => {
  it('attaches each count of a list to its own subject', () => {
    expect(brief('共收到提案312件，经审查立案289件，其中重点提案20件。')).toEqual([
      ['提案', '提案', 312, '件'], ['立案', '审查立案', 289, '件'], ['重点提案', '重点提案', 20, '件'],
    ]);
    expect(brief('全年共收到提案896件、立案715件，办复率100%。')).toEqual([
      ['提案', '提案', 896, '件'], ['立案', '立案', 715, '件'], ['办复率', '办复率', 100, '%'],
    ]);
  });

  it('takes the noun after the measure word first, and 立案的N件提案 as 立案', () => {
    expect(brief('召开专题协商会6次，组织15次调研视察，形成23份调研报告，一场大会发言、三次分组讨论、两次主席会议')).toEqual([
      ['专题协商会', '专题协商会', 6, '次'], ['视察', '调研视察', 15, '次'], ['调研报告', '调研报告', 23, '份'],
      ['大会发言', '大会发言', 1, '场'], ['主席会议', '主席会议', 2, '次'],
    ]);
    expect(brief('审查立案的五百五十三件提案中，已办复五百五十二件，办复率达百分之九十九点八')).toEqual([
      ['立案', '审查立案', 553, '件'], ['办复', '已办复', 552, '件'], ['办复率', '办复率', 99.8, '%'],
    ]);
  });

  it('picks the subject a word names by the measure word: 委员 in 名 or in 人次', () => {
    expect(brief('本次会议应到委员617名，参与委员1200余人次，委员个人提交100件')).toEqual([
      ['委员', '委员', 617, '名'], ['人次', '参与委员', 1200, '人次'],
    ]);
  });

  it('leaves out numbers with no subject of CPPCC work nearby', () => {
    expect(brief('地区生产总值超2.2万亿元、增长6%，新建公路30公里，建成4个公社卫生院，接待团组66个，建立委员会3个')).toEqual([]);
  });

  it('leaves out shares of a count (占…%), which are neither counts nor rates', () => {
    expect(brief('立案129件，占提案总数的96%，经济建设方面提案63件，佔49%')).toEqual([['立案', '立案', 129, '件'], ['提案', '提案', 63, '件']]);
  });

  it('reads Traditional characters', () => {
    expect(brief('報送社情民意信息93件，辦理委員提案620件，辦結率達100%')).toEqual([
      ['社情民意信息', '社情民意信息', 93, '件'], ['委员提案', '委員提案', 620, '件'], ['办复率', '辦結率', 100, '%'],
    ]);
  });

  it('does not take a term that says when (并案后, 视察时) or one the count before has taken', () => {
    expect(brief('经审查立案354件，并案后交办307件')).toEqual([['立案', '审查立案', 354, '件']]);
    expect(brief('来自各界的700多名政协委员和200多名列席人员参加会议')).toEqual([['委员', '政协委员', 700, '名']]);
  });

  it('gives a masked count no value and points at the number placeholder that masks it', () => {
    const rows = quantities('县政协*届二次会议以来，共收到委员提案*件，经审查，立案XX件，其中并案×件，组织XX余项调研');
    expect(rows.map((r) => [r.subject, r.value, r.approx, r.masked, r.placeholder, r.column])).toEqual([
      ['委员提案', null, false, true, '1:20', 20], ['立案', null, false, true, '1:29', 29], ['并案', null, false, true, '1:37', 37],
      ['调研', null, true, true, '1:42', 42],
    ]);
  });

  it('fills the position, region, year and clause of every row', () => {
    expect(quantities('一年来，\n区政协共收到提案415件，经审查立案354件。')[0]).toEqual({
      doc_id: 'x', file: 'x.txt', line: 2, column: 9, end_column: 13, subject: '提案', subject_text: '提案', value: 415, unit: '件',
      approx: false, masked: false, placeholder: '', region: '甲县', year: 2023, text: '区政协共收到提案415件',
    });
  });

  it('counts the members of a list that shares one noun', () => {
    expect(brief('将*名县政协委员和*名省、*名市驻武政协委员下沉到乡镇').map((r) => r[0])).toEqual(['委员', '委员', '委员']);
  });
});
