/**
 * Gold: every consultation / research / inspection / supervision topic named in the five seeds, listed by
 * hand (reading each line) BEFORE the extractor was written. The extractor must reproduce it exactly.
 *
 * Decisions on borderline cases (also in notes/readme-topics.md):
 * - 000:8 `召开的全县开展“服务环境优化年”活动专题协商会` → topic `“服务环境优化年”活动` (the campaign; `全县开展`
 *   is the framing verb phrase, inner quotes are kept because they are part of the name).
 * - 000:8 `连续X年组织委员跟踪调研视察` → nothing: the topic (饮用水) is only implied.
 * - 000:9 `聚焦全县产业发展、经开区扩容、基础设施建设等议题，通过…监督性视察` → three 民主监督 topics.
 * - 002:8 `聚焦经济发展、实施创新驱动战略、深化改革开放等重点工作，持续加强专门协商机构建设` → nothing: no
 *   activity is done on them (they frame the year's work).
 * - 002:8 `“关于改善人居环境、建设宜居宜业和美乡村”` → one topic (the 、 is inside the quotes), `关于` dropped.
 * - 002:9 `围绕重大项目建设、…、民生工程等工作，完善民主监督形式，…开展监督协商` → five 民主监督 topics.
 * - 002:9 `专题协商会建议落实情况` → a 民主监督 topic (supervising the follow-up of earlier consultations).
 * - 002:17 `组织开展对县交通局工作民主评议` → topic `县交通局工作`; the 评价 criteria that follow are not topics.
 * - 003 (a plan, 工作要点): planned topics count. 003:10 names four activities for one list
 *   (`开展专题协商、对口协商、界别协商和提案办理协商`): each topic is recorded once, with the first activity.
 * - 003:8 `紧紧围绕“十三五”规划实施和县委的战略部署，制订年度协商计划` and 003:19 `围绕重要议题联合开展调研` →
 *   nothing (generic).
 * - 004:5 redacted titles `《X研究》《X研究》《X调研》等课题` and `形成《X建议》《X建议》等四份调研报告` → one
 *   专题调研 topic per title, as written; `紧扣X建设、X等开展专题协商议政` → `X建设` and `X` (placeholders kept).
 * - 004:5 `开展生态文明建设考察学习` → 考察学习 `生态文明建设`.
 * - 004:5 `围绕“X”、乡村振兴等事关全县长远发展的课题，积极议政谏言` → nothing: 议政谏言 (speaking at other
 *   bodies' meetings) is not a named consultation, research, inspection or supervision activity.
 * - 001 names no concrete topic (only `围绕党委政府中心任务和群众关心热点难点问题确定协商议题`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/create.js';
import { extractTopics } from '../../../src/pipeline/topics/extract.js';
import { CORPUS, SEED_FILES } from '../../helpers.js';

type Row = [file: string, line: number, activity: string, topic: string];

const F0 = '000_178bb20f8e3f1132.txt';
const F2 = '002_ff152d5763ca33a0.txt';
const F3 = '003_b45dcb9941570f9a.txt';
const F4 = '004_bbe205343de10782.txt';

export const SEED_TOPICS: Row[] = [
  [F0, 8, '专题资政会', '农村饮用水安全'],
  [F0, 8, '专题协商会', '全域旅游'],
  [F0, 8, '专题调研', '全域旅游'],
  [F0, 8, '专题协商会', '“服务环境优化年”活动'],
  [F0, 8, '专题资政会', '促进民营经济高质量发展'],
  [F0, 8, '专题调研', '砂石资源保护与开发'],
  [F0, 9, '民主监督', '全县产业发展'],
  [F0, 9, '民主监督', '经开区扩容'],
  [F0, 9, '民主监督', '基础设施建设'],
  [F0, 12, '专题协商会', '构建全民共建共治共享社会治理格局'],
  [F0, 12, '专题调研', '基层治理'],
  [F0, 12, '专题调研', '基层协商'],
  [F0, 12, '调研视察', '脱贫攻坚'],
  [F0, 12, '调研视察', '学前教育'],
  [F0, 12, '调研视察', '医养结合'],
  [F0, 12, '调研视察', '水源地整治'],

  [F2, 8, '专题调研', '优化营商环境'],
  [F2, 8, '专题协商会', '全县外卖餐饮食品安全工作'],
  [F2, 8, '调研视察', '**县非物质文化遗产传承保护利用工作'],
  [F2, 8, '调研视察', '**县境内*水资源保护与利用'],
  [F2, 8, '调研视察', '加强社区治理能力提升推进权责相适的基层社会治理体系和能力建设'],
  [F2, 8, '调研视察', '强科技促经济'],
  [F2, 8, '调研视察', '改善人居环境、建设宜居宜业和美乡村'],
  [F2, 8, '调研视察', '强龙头补链条发展农产品精深加工业'],
  [F2, 8, '调研视察', '**县水源地保护'],
  [F2, 9, '民主监督', '重大项目建设'],
  [F2, 9, '民主监督', '交通运输'],
  [F2, 9, '民主监督', '文旅产业'],
  [F2, 9, '民主监督', '乡村振兴'],
  [F2, 9, '民主监督', '民生工程'],
  [F2, 9, '民主监督', '专题协商会建议落实情况'],
  [F2, 9, '民主监督', '重大项目投产达效'],
  [F2, 9, '民主监督', '优化教育资源，促进教育高质量发展'],
  [F2, 17, '民主评议', '县交通局工作'],

  [F3, 10, '专题协商会', '打好“三大攻坚战”'],
  [F3, 10, '专题协商会', '减轻企业负担扶持振兴实体经济'],
  [F3, 10, '专题协商会', '财政预算绩效管理考核'],
  [F3, 10, '专题协商会', '乡村振兴战略'],
  [F3, 17, '调研视察', '打赢脱贫攻坚战'],
  [F3, 17, '调研视察', '农村环境“三大革命”'],
  [F3, 17, '调研视察', '农村“三变”改革'],
  [F3, 17, '调研视察', '教育均衡发展'],
  [F3, 17, '调研视察', '重点民生工程'],
  [F3, 17, '调研视察', '养老服务体系建设'],

  [F4, 5, '专题调研', 'X研究'],
  [F4, 5, '专题调研', 'X研究'],
  [F4, 5, '专题调研', 'X调研'],
  [F4, 5, '考察学习', '生态文明建设'],
  [F4, 5, '专题调研', 'X建议'],
  [F4, 5, '专题调研', 'X建议'],
  [F4, 5, '专题协商会', 'X建设'],
  [F4, 5, '专题协商会', 'X'],
];

function seedDoc(file: string) {
  const source = readFileSync(join(CORPUS, file), 'utf8');
  return createDocument({ path: join(CORPUS, file), file, format: 'txt', encoding: 'utf-8', source });
}

describe('extractTopics on the five seeds', () => {
  const found: Row[] = SEED_FILES.flatMap((file) =>
    extractTopics(seedDoc(file)).map((t): Row => [file, t.line, t.activity, t.topic]),
  );

  it('finds exactly the hand-made gold list, in document order', () => {
    expect(found).toEqual(SEED_TOPICS);
  });

  it('points start/end at the topic text itself', () => {
    for (const file of SEED_FILES) {
      const doc = seedDoc(file);
      for (const t of extractTopics(doc)) {
        // The span holds the topic as written; quotes and 关于 … 的调研报告 wrappers fall outside it.
        expect(doc.text.slice(t.start, t.end)).toBe(t.topic);
      }
    }
  });
});
