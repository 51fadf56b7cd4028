/**
 * Patterns the parser first got wrong in ../shared/govreports, each reproduced with short synthetic text
 * (never their text). `level1` lists the level-1 numbers and part headings in order; `findings` the
 * numbering issues.
 */
import { describe, expect, it } from 'vitest';
import { numberingFindings } from '../../../src/pipeline/outline/numbering.js';
import { parseOutline } from '../../../src/pipeline/outline/parse.js';
import { sectionPathAt } from '../../../src/pipeline/outline/tree.js';
import { textDoc } from './doc.js';

function level1(source: string, format: 'txt' | 'md' = 'md') {
  return parseOutline(textDoc(source, format)).headings
    .filter((h) => h.level <= 1)
    .map((h) => (h.numbered ? h.number : `[${h.title}]`));
}

function findings(source: string, format: 'txt' | 'md' = 'md') {
  return numberingFindings(textDoc(source, format)).map((f) => f.ruleId);
}

describe('real-world heading patterns', () => {
  it('reads a heading whose ** opener is never closed (the text keeps the stray **)', () => {
    const md = '**一、回顾过去\n\n正文。\n\n二、今后任务\n\n正文。\n';
    expect(level1(md)).toEqual(['一', '二']);
    expect(findings(md)).toEqual([]);
  });

  it('takes the bold run opening a paragraph as the heading title', () => {
    const h = parseOutline(textDoc('**一、经济稳步增长，实力增强** 预计全年增长百分之七。\n', 'md')).headings[0]!;
    expect([h.title, h.runIn]).toEqual(['一、经济稳步增长，实力增强', true]);
  });

  it('takes a short bold run opening a paragraph as a part heading, after which 一、 restarts', () => {
    const md = '**一、甲方面**\n\n**二、乙方面**\n\n**今年的主要任务** 今年是关键一年。\n\n**一、丙方面**\n\n**二、丁方面**\n';
    expect(level1(md)).toEqual(['一', '二', '[今年的主要任务]', '一', '二']);
    expect(findings(md)).toEqual([]);
  });

  it('keeps the subtitle, the table of contents and the salutation out of the parts', () => {
    const md = '**2000年政府工作报告**\n**关于发展计划的报告**\n\n**目录**\n- 一、甲\n- 二、乙\n\n各位代表：\n\n## 一、甲\n\n正文。\n\n## 二、乙\n\n正文。\n';
    const o = parseOutline(textDoc(md, 'md'));
    expect([o.title, o.titleLine]).toEqual(['2000年政府工作报告', 1]);
    expect(level1(md)).toEqual(['一', '二']);
  });

  it('takes plain 一、 paragraphs under ## headings for a list, not a restart of level 1', () => {
    const md = '## 一、甲\n\n正文。\n\n## 二、乙\n\n一、开垦荒地。后文。\n\n二、兴修水利。后文。\n\n## 三、丙\n';
    const o = parseOutline(textDoc(md, 'md'));
    expect(level1(md)).toEqual(['一', '二', '三']);
    expect(o.enumerations.map((e) => [e.kind, e.marker, e.line, e.title])).toEqual([['list', '一、', 7, '一、开垦荒地'], ['list', '二、', 9, '二、兴修水利']]);
    expect(findings(md)).toEqual([]);
  });

  it('takes a short plain line right before 一、 restarts for a part heading', () => {
    const txt = '一、甲方面\n正文。\n二、乙方面\n正文。\n持续提升机关效能\n一、丙方面\n二、丁方面\n';
    expect(level1(txt, 'txt')).toEqual(['一', '二', '[持续提升机关效能]', '一', '二']);
    expect(findings(txt, 'txt')).toEqual([]);
  });

  it('takes a bold line with a comma for a part only where 一、 restarts after it', () => {
    const restart = '**一、甲**\n\n**二、乙**\n\n**狠抓落实，开创新局面**\n\n**一、丙**\n';
    expect(level1(restart)).toEqual(['一', '二', '[狠抓落实，开创新局面]', '一']);
    const continuing = '**一、甲**\n\n**一年来，我们做了以下工作**\n\n正文。\n\n**二、乙**\n';
    expect(level1(continuing)).toEqual(['一', '二']);
    const o = parseOutline(textDoc(continuing, 'md'));
    expect(o.tree.map((n) => n.heading.marker)).toEqual(['一、', '二、']);
  });

  it('takes 附件 and 名词解释 for appendix parts, whatever numbering follows', () => {
    const glossary = '一、甲\n正文。\n二、乙\n正文。\n名词解释\n（1）术语甲：说明。\n（2）术语乙：说明。\n';
    expect(level1(glossary, 'txt')).toEqual(['一', '二', '[名词解释]']);
    expect(findings(glossary, 'txt')).toEqual([]);
    const annex = '一、甲\n正文。\n二、乙\n正文。\n附件1：\n十件实事\n一、建学校。\n二、修道路。\n';
    expect(level1(annex, 'txt')).toEqual(['一', '二', '[附件1：]', '[十件实事]', '一', '二']);
    expect(findings(annex, 'txt')).toEqual([]);
  });

  it('takes **…**。 at a paragraph start for a lead sentence, not a part heading', () => {
    const md = '**一、甲**\n\n（九）改善民生\n\n**扎实办好实事**。重点实施十项工程。\n\n**发展社会事业**。优先发展教育。\n\n（十）加强建设\n';
    const o = parseOutline(textDoc(md, 'md'));
    expect(o.headings.map((h) => h.kind)).toEqual(['numbered', 'numbered', 'numbered']);
    expect(o.leads.map((l) => [l.title, l.line])).toEqual([['扎实办好实事。', 5], ['发展社会事业。', 7]]);
  });

  it('takes no lead from a news item reporting a meeting: its one-sentence paragraphs say what was done', () => {
    const news = '县政协召开常委会会议\n6月3日，县政协召开常委会会议。\n会议审议通过了人事事宜。\n会议审议通过了有关事项。\n'
      + '开幕会由张某主持。\n大会审议通过了会议议程。\n县政协主席李某某作常委会工作报告。\n图为会议现场。\n图为主席台。\n';
    expect(parseOutline(textDoc(news, 'txt')).leads).toEqual([]);
    const report = '一、甲\n推进党的政治建设。始终坚持。\n集中力量解决了一批历史遗留问题。办成了。\n';
    expect(parseOutline(textDoc(report, 'txt')).leads.map((l) => l.title)).toEqual(['推进党的政治建设。', '集中力量解决了一批历史遗留问题。']);
  });

  it('takes no lead from a line that goes on with the paragraph above it, broken mid-sentence', () => {
    const broken = '一、甲\n政协文史工作是人民政协一项重要的独具\n特色的基础性工作。正文。\n近年来人员变化比较大，\n增添了许多新生力量。正文。\n';
    expect(parseOutline(textDoc(broken, 'txt')).leads).toEqual([]);
    const paragraphs = '一、甲\n特色的基础性工作。正文。\n增添了许多新生力量。正文。\n';
    expect(parseOutline(textDoc(paragraphs, 'txt')).leads.map((l) => l.line)).toEqual([2, 3]);
  });

  it('finds a title with its —— subtitle on the same line, and one in Traditional characters', () => {
    const sameLine = '政协某某市委员会常务委员会工作报告——在政协某某市第五届委员会第五次会议上\n\n各位委员：\n\n一、甲\n正文。\n';
    const o = parseOutline(textDoc(sameLine, 'txt'));
    expect([o.title, o.titleLine]).toEqual(['政协某某市委员会常务委员会工作报告', 1]);
    const traditional = '政協某某省委員會常務委員會工作報告\n發布時間:2023-03-11\n中國人民政治協商會議某某省委員會常務委員會工作報告\n各位委員:\n一、甲\n正文。\n';
    const t = parseOutline(textDoc(traditional, 'txt'));
    expect([t.title, t.titleLine]).toEqual(['政協某某省委員會常務委員會工作報告', 1]);
    expect(t.headings.map((h) => h.kind)).toEqual(['numbered']);
  });

  it('keeps speaker lines (省 长 某某) and a bold title run with its subtitle out of the parts', () => {
    const md = '**政府工作报告**  ——2014年2月9日在第二次会议上\n\n**省 长 某某某**\n\n**各位代表：**\n\n一、甲\n\n正文。\n\n二、乙\n';
    const o = parseOutline(textDoc(md, 'md'));
    expect([o.title, o.titleLine]).toEqual(['政府工作报告', 1]);
    expect(level1(md)).toEqual(['一', '二']);
  });

  it('nests a 一、 run written like the level-1 headings inside the section it restarts in', () => {
    const txt = '一、回顾\n正文。\n二、任务\n正文。\n一、推进结构调整\n正文。\n二、深化改革\n正文。\n';
    const doc = textDoc(txt);
    const o = parseOutline(doc);
    expect(o.tree.map((n) => [n.heading.title, n.children.map((c) => [c.heading.title, c.heading.depth])])).toEqual([
      ['一、回顾', []], ['二、任务', [['一、推进结构调整', 2], ['二、深化改革', 2]]],
    ]);
    expect(sectionPathAt(o, doc.text.lastIndexOf('正文'))).toBe('二、任务 › 二、深化改革');
    expect(findings(txt, 'txt')).toEqual(['numbering/restart']);
  });
});
