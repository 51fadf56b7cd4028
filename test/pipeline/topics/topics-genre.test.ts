/**
 * The constructions 政协 texts use to name consultation topics, one table per rule family, on made-up sentences
 * (issue 11's list): lead words, activity nouns with no verb, report and proposal titles, chosen projects,
 * news phrasing (verb + object), counts and qualifiers, quoted commas, a list over a line break, Traditional
 * characters — and what is no topic (methods, generic duty, the activity word itself).
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/create.js';
import { extractTopics } from '../../../src/pipeline/topics/extract.js';

function pairs(source: string): string[] {
  const doc = createDocument({ path: 't.txt', file: 't.txt', format: 'txt', encoding: 'utf-8', source });
  return extractTopics(doc).map((t) => `${t.activity} ${t.topic}`);
}

function table(cases: [source: string, expected: string[]][]) {
  it.each(cases)('%s', (source, expected) => {
    expect(pairs(source)).toEqual(expected);
  });
}

describe('lead word + list + activity', () => {
  table([
    ['针对优化营商环境、推进乡村建设等主题深入开展监督。', ['民主监督 优化营商环境', '民主监督 推进乡村建设']],
    ['就加快社会适老化改造、健全生育支持政策体系等进行协商。', ['协商议政 加快社会适老化改造', '协商议政 健全生育支持政策体系']],
    ['围绕产业振兴、科教振兴等议题建言献策。', ['协商议政 产业振兴', '协商议政 科教振兴']],
    ['围绕“解决发展硬约束问题”“科学编制规划”议政建言。', ['协商议政 解决发展硬约束问题', '协商议政 科学编制规划']],
    ['围绕“如何统筹稳增长、调结构，保持良好势头”主题建言献策。', ['协商议政 如何统筹稳增长、调结构，保持良好势头']],
    ['围绕改善河湖生态环境、提升水源地水质这一主题，委员们积极建言献策。', ['协商议政 改善河湖生态环境', '协商议政 提升水源地水质']],
    ['将“持续优化营商环境”作为年度重点调研课题。', ['专题调研 持续优化营商环境']],
    ['把“都市区建设若干问题”作为常委会专题协商的重点课题。', ['常委会议协商 都市区建设若干问题']],
    ['对乡村经济主体(如专业合作社、非遗工坊等)调研发现，', ['专题调研 乡村经济主体']],
    // A list that runs over a line break after 、.
    ['围绕城乡供水一体化、\n农村污水治理等开展视察。', ['视察 城乡供水一体化', '视察 农村污水治理']],
    // Traditional characters: the rules read a Simplified copy, the topic stays as written.
    ['圍繞加強黑土地保護、促進體教融合等重點任務，開展專項民主監督。', ['民主监督 加強黑土地保護', '民主监督 促進體教融合']],
  ]);
});

describe('activity nouns, titles and chosen projects', () => {
  table([
    ['召开“优化营商环境”重点提案办理协商会。', ['提案办理协商 优化营商环境']],
    ['区委书记领衔督办区政协“优化营商环境”重点提案。', ['重点提案督办 优化营商环境']],
    ['这次提案督办以“优化营商环境”为主题。', ['重点提案督办 优化营商环境']],
    ['着力开展服务绿色奥运、促进节能减排等10项重点调研。', ['专题调研 服务绿色奥运', '专题调研 促进节能减排']],
    ['开展了两次资政会和文旅融合专题议政会。', ['专题议政会 文旅融合']],
    ['会议审议通过《我区分级诊疗工作开展情况的监督性协商报告》。', ['民主监督 我区分级诊疗工作开展情况']],
    ['将《关于做好垃圾治理的建议》《关于改善人居环境的建议》2件提案列为年度1号提案。', [
      '重点提案督办 做好垃圾治理',
      '重点提案督办 改善人居环境',
    ]],
    ['常委们议政建言，所提出的关于推进新农村建设的意见，关于建立自主创新体系的意见，', [
      '协商议政 推进新农村建设',
      '协商议政 建立自主创新体系',
    ]],
    ['今年确定了“乡村振兴”“城市更新”、养老服务三个调研课题。', ['专题调研 乡村振兴', '专题调研 城市更新', '专题调研 养老服务']],
    ['在脱贫攻坚、乡村振兴等调研中，委员们发现', ['专题调研 脱贫攻坚', '专题调研 乡村振兴']],
  ]);
});

describe('news phrasing: the activity verb and its object', () => {
  table([
    ['调研组到通山县九宫山镇横石村调研乡村振兴工作。', ['专题调研 乡村振兴工作']],
    ['政协委员视察“河长制”工作', ['视察 “河长制”工作']],
    ['会议协商讨论《政府工作报告(征求意见稿)》。', ['协商议政 政府工作报告(征求意见稿)']],
    ['市政协召开常委会议，协商“都市区建设若干问题”等事项。', ['协商议政 都市区建设若干问题']],
    // Not an object: a place, the leader's visit, a compound noun, the places of the itinerary.
    ['第二十八组到通山县调研。', []],
    ['深入贯彻习近平总书记视察江西重要讲话精神。', []],
    ['调研组一行听取了调研报告。', []],
    ['政协委员们先后视察了污水处理厂迁扩建工程、河段综合治理工程。', []],
  ]);
});

describe('shapes met in public 政协 pages (the page samples of docs/method/topics.md)', () => {
  table([
    // the last conjunct of a 、 list, and two phrases joined by 和 each of four characters or more
    ['委员们分为三个组，分别对沈阳高端装备制造业、城市建设项目和社会事业进行视察。', ['视察 沈阳高端装备制造业', '视察 城市建设项目', '视察 社会事业']],
    ['围绕改善人居环境、建设宜居宜业和美乡村开展调研。', ['专题调研 改善人居环境', '专题调研 建设宜居宜业和美乡村']],
    ['就示范小城镇建设和现代农业发展情况进行知情视察。', ['视察 示范小城镇建设', '视察 现代农业发展情况']],
    ['就教育和卫生进行协商。', ['协商议政 教育和卫生']],
    // 实地调研 + its object; X视察活动; 以“X”为议题 before the activity
    ['一行深入昂素镇，实地调研嘎查村集体经济发展、春耕备耕及疫情防控并召开座谈会。', ['专题调研 嘎查村集体经济发展', '专题调研 春耕备耕', '专题调研 疫情防控']],
    ['市政协举行2017年为民办实事项目视察活动，并召开座谈会。', ['视察 2017年为民办实事项目']],
    ['常委会议将以“脱贫攻坚”为议题开展专题协商。', ['专题协商会 脱贫攻坚']],
    // 为 X + advice given; 踊跃发言; 重点协商课题; titles named as a meeting's topics; a bare 调研 after one subject
    ['积极为社区治理出谋划策。', ['协商议政 社区治理']],
    ['为提高农民培训实效出谋献策。', ['协商议政 提高农民培训实效']],
    ['委员围绕旅游消费、低空经济等话题踊跃发言。', ['协商议政 旅游消费', '协商议政 低空经济']],
    ['县政协常委会把"加强农民培训工作"作为重点协商课题。', ['协商议政 加强农民培训工作']],
    ['审议通过常委会议协商议题《建设核心枢纽城市的建议》(稿)、《构建现代化经济体系新格局》(稿)。', ['常委会议协商 建设核心枢纽城市', '常委会议协商 构建现代化经济体系新格局']],
    ['李某带队赴西宁市开展生物多样性保护调研。', ['专题调研 生物多样性保护']],
  ]);
});

describe('not topics, in public 政协 pages', () => {
  table([
    // 为 in 成为, 为了, or before what is not advice; 为A…、围绕B建言献策 is B's
    ['成为推动发展的建言献策平台。', []],
    ['为推进高质量发展贡献力量。', []],
    ['纷纷为抗疫一线捐款捐物、积极围绕复工复产的堵点建言献策。', ['协商议政 复工复产的堵点']],
    // a place's development as a whole, a bare 调研 after ways of working
    ['要为全区经济社会发展积极出谋划策。', []],
    ['鼓励群众为社会主义现代化建设和改革开放献计献策。', []],
    ['到基层开展“四不两直”“蹲点式”“体验式”调研。', []],
    ['开展执法检查、调研。', []],
    // bodies, manners, counts of checks, plenary documents
    ['对区委、区政府提出意见建议。', []],
    ['围绕政府工作报告、"十一五"规划纲要和经济社会发展中的重大问题议政建言。', []],
    ['先后开展两次大规模督查调研。', []],
    // a party's committee and a member are actors; 市政协常委会 is not
    ['就农工党市委会、市政协常委王某领衔的重点提案进行督办。', []],
  ]);
});

describe('not topics', () => {
  table([
    ['采取调研、视察、座谈等形式开展工作。', []],
    ['紧紧围绕全县发展大局，切实履行三大职能。', []],
    ['围绕县委决策部署开展调研。', []],
    ['围绕重点问题开展专题调研。', []],
    ['举办专题议政性常委会会议、双周协商座谈会、远程协商会等各类协商活动94场次。', []],
    ['对今年的工作提出建议，请予审议。', []],
    ['对贷款的使用进行监督。', []],
    ['确定协商议题24个。', []],
    ['有针对性地开展调查研究。', []],
    ['紧扣县委重大决策部署和政协重点协商议政活动，及时反映社情民意。', []],
  ]);
});
