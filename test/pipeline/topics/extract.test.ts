/**
 * One table per pattern family of extractTopics (synthetic sentences in the seeds' style), then topicRows.
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/create.js';
import { ACTIVITY_FORMS } from '../../../src/pipeline/topics/activities.js';
import { ACTIVITIES, extractTopics, topicRows } from '../../../src/pipeline/topics/extract.js';
import { jsonSchemas } from '../../../src/schemas/index.js';
import { TopicRowSchema } from '../../../src/schemas/topics.js';
import type { SourceFormat } from '../../../src/types.js';

const COLUMNS = ['doc_id', 'file', 'line', 'activity', 'topic', 'theme', 'column', 'end_line', 'end_column', 'region', 'year', 'found_by'];

function doc(source: string, format: SourceFormat = 'txt') {
  return createDocument({ path: `t.${format}`, file: `t.${format}`, format, encoding: 'utf-8', source });
}
/** `activity topic` pairs found in one string. */
function pairs(source: string): string[] {
  return extractTopics(doc(source)).map((t) => `${t.activity} ${t.topic}`);
}

type Case = [source: string, expected: string[]];

function table(cases: Case[]) {
  it.each(cases)('%s', (source, expected) => {
    expect(pairs(source)).toEqual(expected);
  });
}

describe('topic in front of a meeting or activity noun', () => {
  table([
    ['从2019年召开城乡供水一体化专题资政会开始。', ['专题资政会 城乡供水一体化']],
    ['县政协立即召开全域旅游专题协商会。', ['专题协商会 全域旅游']],
    ['组织开展“优化营商环境”专题调研。', ['专题调研 优化营商环境']],
    ['连续三年开展基层治理、基层协商专题调研。', ['专题调研 基层治理', '专题调研 基层协商']],
    [
      '召开的城乡供水一体化专题协商会和促进民营经济高质量发展专题资政会。',
      ['专题协商会 城乡供水一体化', '专题资政会 促进民营经济高质量发展'],
    ],
    ['召开X县XX工作专题协商会。', ['专题协商会 X县XX工作']],
    ['召开全域旅游发展常委会专题协商会。', ['常委会议协商 全域旅游发展']],
    ['组织开展对县住建局工作民主评议。', ['民主评议 县住建局工作']],
    ['支持政协开展民营经济发展环境民主评议工作。', ['民主评议 民营经济发展环境']],
    ['组织委员赴外地开展生态文明建设考察学习。', ['考察学习 生态文明建设']],
    ['开展了以“乡村振兴”为主题的专题调研。', ['专题调研 乡村振兴']],
    // No verb, no topic, a count, an actor, a destination, the government's own review:
    ['以常委会专题协商会为重点，以提案办理协商会为常态。', []],
    ['开展专题调研视察活动XX项。', []],
    ['召开专题资政会、协商会X次。', []],
    ['开展了3次专题调研。', []],
    ['多次召开重点提案办理协商会。', []],
    ['召开民主党派委员和政协联络组组长协商座谈会。', []],
    ['组织到发达省份、中西部地区学习考察。', []],
    ['开展民主评议行风活动。', []],
    ['落实领导干部过双重组织生活、民主评议党员等制度。', []],
  ]);
});

describe('topic lists framed by 围绕 / 聚焦 / 紧扣 / 重点就', () => {
  table([
    ['围绕“全县外卖餐饮食品安全工作”开展专题协商。', ['专题协商会 全县外卖餐饮食品安全工作']],
    ['围绕“X县XX工作”开展专题协商。', ['专题协商会 X县XX工作']],
    ['围绕"河道采砂管理"开展专题视察。', ['视察 河道采砂管理']],
    [
      '围绕“**县乡村旅游发展”“关于改善人居环境、建设美丽乡村”等课题开展调研视察。',
      ['调研视察 **县乡村旅游发展', '调研视察 改善人居环境、建设美丽乡村'],
    ],
    [
      '聚焦脱贫攻坚、学前教育、医养结合等民生热点，深入基层开展调研视察。',
      ['调研视察 脱贫攻坚', '调研视察 学前教育', '调研视察 医养结合'],
    ],
    [
      '重点就提案办理情况、“城区停车难”“优化教育资源，促进教育发展”等开展民主监督。',
      ['民主监督 提案办理情况', '民主监督 城区停车难', '民主监督 优化教育资源，促进教育发展'],
    ],
    [
      '聚焦产业发展、经开区扩容等议题，通过常委会成员集体监督性视察等方式，开展现场协商建言。',
      ['民主监督 产业发展', '民主监督 经开区扩容'],
    ],
    ['围绕“A”“B”，开展对口协商。', ['对口协商 A', '对口协商 B']],
    ['紧扣X建设、X等开展专题协商议政X次。', ['专题协商会 X建设', '专题协商会 X']],
    // 等 inside a word does not close the list; a list closed by 等工作 keeps 工作 out of the topic.
    ['围绕高等教育、职业教育等开展专题调研。', ['专题调研 高等教育', '专题调研 职业教育']],
    ['围绕河长制落实等工作开展调研视察。', ['调研视察 河长制落实']],
    // 组织 in 党组织 is no verb: the list runs on to 等.
    ['围绕基层党组织建设、村级集体经济等开展调研。', ['专题调研 基层党组织建设', '专题调研 村级集体经济']],
    // Several activities for one list: the first is recorded, once per topic.
    ['围绕乡村振兴战略等议题，开展专题协商、对口协商和界别协商。', ['专题协商会 乡村振兴战略']],
    // Generic phrases, unquoted phrases ended by a comma, lists with no activity after them:
    ['围绕中心工作开展调研。', []],
    ['围绕县委点题，组织开展调研。', []],
    ['围绕重要议题联合开展调研、视察、走访活动。', []],
    ['扎实开展民主监督，深入开展调研视察。', []],
    ['聚焦经济发展、深化改革开放等重点工作，持续加强专门协商机构建设。', []],
    ['围绕“X”、乡村振兴等事关全县长远发展的课题，积极议政谏言。', []],
    ['围绕党委政府中心任务和群众关心热点难点问题确定协商议题。', []],
    ['围绕学习贯彻会议精神、提案撰写等方面进行专题授课。', []],
    ['围绕农业、工业等领域，制订计划，落实责任，强化保障，开展调研。', []],
    // The activity is looked for in the list's sentence only; one in a later sentence does not count.
    ['围绕农业、工业等加强指导。年内开展专题调研。', []],
    // A form with a lookbehind (进行协商) right after the list.
    ['重点就农业、工业等进行协商。', ['协商议政 农业', '协商议政 工业']],
  ]);

  it('reads a bounded stretch around each activity form, so the search after a list can stop at its sentence', () => {
    // formsReach holds only while no form repeats anything (only ? is allowed).
    for (const [pattern] of ACTIVITY_FORMS) expect(pattern).not.toMatch(/[*+{]/u);
  });
});

describe('research report and project titles', () => {
  table([
    ['其中《关于砂石资源保护与开发的调研报告》，县政府召开专题会议研究。', ['专题调研 砂石资源保护与开发']],
    ['报送《X县乡村旅游调研报告》。', ['专题调研 X县乡村旅游']],
    ['开展《X研究》《Y研究》等课题。', ['专题调研 X研究', '专题调研 Y研究']],
    ['形成《A建议》、《B建议》等四份调研报告。', ['专题调研 A建议', '专题调研 B建议']],
    ['出台《关于加强政协党建工作的实施意见》和《委员履职日志》。', []],
    // Found by the frame and the title pattern at the same place: reported once.
    ['围绕《智慧农业研究》等课题开展调研。', ['专题调研 智慧农业研究']],
  ]);
});

describe('extractTopics places', () => {
  it('reports source lines and text offsets of the topic itself (CRLF, Markdown markup)', () => {
    const d = doc('# 2023年工作\r\n\r\n**一、协商**\r\n县政协召开全域旅游专题协商会。\r\n', 'md');
    const [t] = extractTopics(d);
    expect(t).toMatchObject({ line: 4, activity: '专题协商会', topic: '全域旅游' });
    expect(d.text.slice(t!.start, t!.end)).toBe('全域旅游');
  });

  it('keeps document order across pattern families', () => {
    const source = '形成《关于饮水安全的调研报告》。\n围绕养老服务等开展视察。\n召开文旅融合专题协商会。';
    expect(extractTopics(doc(source)).map((t) => [t.line, t.activity, t.topic])).toEqual([
      [1, '专题调研', '饮水安全'],
      [2, '视察', '养老服务'],
      [3, '专题协商会', '文旅融合'],
    ]);
  });

  it('finds nothing in a text without topics', () => {
    expect(extractTopics(doc(''))).toEqual([]);
    expect(extractTopics(doc('认真履行政治协商、民主监督、参政议政职能。'))).toEqual([]);
  });
});

describe('topicRows', () => {
  it('builds valid topics.csv rows with the theme the caller maps', () => {
    const d = createDocument({
      path: '/c/a/2023.txt',
      file: 'a/2023.txt',
      format: 'txt',
      encoding: 'utf-8',
      source: '第一行\n召开全域旅游专题协商会和农村饮用水安全专题资政会。',
    });
    const themeOf = (topic: string) => (topic.includes('旅游') ? 'culture-tourism' : '');
    const rows = topicRows(d, extractTopics(d), themeOf, { region: 'a', year: 2023 });
    const place = { doc_id: 'a/2023', file: 'a/2023.txt', line: 2, end_line: 2, region: 'a', year: 2023, found_by: 'rule' };
    expect(rows).toEqual([
      { ...place, activity: '专题协商会', topic: '全域旅游', theme: 'culture-tourism', column: 3, end_column: 7 },
      { ...place, activity: '专题资政会', topic: '农村饮用水安全', theme: '', column: 13, end_column: 20 },
    ]);
    for (const row of rows) expect(TopicRowSchema.parse(row)).toEqual(row);
    expect(Object.keys(TopicRowSchema.shape)).toEqual(COLUMNS);
  });

  it('counts columns in code points of the source line (CRLF, Markdown markup, a character outside the BMP)', () => {
    const d = doc('# 标题\r\n\r\n**𠀀县政协**召开全域旅游专题协商会。\r\n', 'md');
    const [t] = extractTopics(d);
    expect(t).toMatchObject({ line: 3, column: 11, endLine: 3, endColumn: 15, topic: '全域旅游' });
    const unknown = topicRows(d, [t!], () => '', { region: '', year: null })[0]!;
    expect(TopicRowSchema.parse(unknown)).toMatchObject({ region: '', year: null });
  });

  it('says which rows the tagger found, where no rule found anything', () => {
    const d = doc('县政协围绕城乡供水一体化开展专题调研。');
    const rule = extractTopics(d)[0]!;
    expect(topicRows(d, [rule, { ...rule, foundBy: 'tagger' }], () => '', { region: '', year: null }).map((r) => r.found_by)).toEqual([
      'rule',
      'tagger',
    ]);
    expect(rule.foundBy).toBe('rule');
  });

  it('is published as topics.csv', () => {
    const schema = jsonSchemas()['topics.csv'] as { properties: Record<string, { enum?: string[]; description?: string }> };
    expect(Object.keys(schema.properties)).toEqual(COLUMNS);
    expect(schema.properties.activity!.enum).toEqual([...ACTIVITIES]);
    for (const column of COLUMNS) expect(schema.properties[column]!.description).toMatch(/\S/);
  });
});
