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
    // 咨政建言 / 资政建言: 建言资政 the other way round
    ['市政协领导带队开展视察活动，围绕我市重点项目建设、外商投资环境等咨政建言。', ['协商议政 我市重点项目建设', '协商议政 外商投资环境']],
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
    // a 和 inside quotation marks is not the list's: the one after them is
    ['就营商环境、“产业和人才”工作和乡村治理建设等进行协商。', ['协商议政 营商环境', '协商议政 “产业和人才”工作', '协商议政 乡村治理建设']],
    // 实地调研 + its object; X视察活动; 以“X”为议题 before the activity
    ['一行深入昂素镇，实地调研嘎查村集体经济发展、春耕备耕及疫情防控并召开座谈会。', ['专题调研 嘎查村集体经济发展', '专题调研 春耕备耕', '专题调研 疫情防控']],
    ['市政协举行2017年为民办实事项目视察活动，并召开座谈会。', ['视察 2017年为民办实事项目']],
    ['常委会议将以“脱贫攻坚”为议题开展专题协商。', ['专题协商会 脱贫攻坚']],
    // 为 X + advice given states what the advice is for, not a subject put to it (twelfth round: one row in six was a
    // topic); 踊跃发言; 重点协商课题; titles named as a meeting's topics; a bare 调研 after one subject
    ['积极为社区治理出谋划策。', []],
    ['为提高农民培训实效出谋献策。', []],
    ['为推动义乌改革创新、转型升级、加快发展建言献策。', []],
    ['委员围绕旅游消费、低空经济等话题踊跃发言。', ['协商议政 旅游消费', '协商议政 低空经济']],
    ['县政协常委会把"加强农民培训工作"作为重点协商课题。', ['协商议政 加强农民培训工作']],
    ['审议通过常委会议协商议题《建设核心枢纽城市的建议》(稿)、《构建现代化经济体系新格局》(稿)。', ['常委会议协商 建设核心枢纽城市', '常委会议协商 构建现代化经济体系新格局']],
    ['李某带队赴西宁市开展生物多样性保护调研。', ['专题调研 生物多样性保护']],
    // one subject with two sides joined by 和 before a bare 民主监督; ways of working joined by 和 are none
    ['岳阳市政协联动开展秸秆禁烧和综合利用民主监督。', ['民主监督 秸秆禁烧和综合利用']],
    // 交流发言, 建言出力, 发表意见和建议 after a list; every conjunction of a two-phrase item; 深入 a place + 调研 + object
    ['与会人员围绕农业产业布局、农产品品牌建设等方面进行了交流发言。', ['协商议政 农业产业布局', '协商议政 农产品品牌建设']],
    ['就解决中小学生课外负担重问题、民办教育发展等建言出力。', ['协商议政 解决中小学生课外负担重问题', '协商议政 民办教育发展']],
    ['就深入推进基层协商工作和全面推进乡村产业振兴及发展新型村级集体经济情况赴蔡甸区调研。', [
      '专题调研 深入推进基层协商工作', '专题调研 全面推进乡村产业振兴', '专题调研 发展新型村级集体经济情况',
    ]],
    ['省政协调研组深入清水县调研依法治县工作。', ['专题调研 依法治县工作']],
    // 考察学习 / 调研指导 + object; a leader named before 调研; 紧盯 as a lead; 作为协商课题; a report title still a draft
    ['区政协副主席刘某带领社法委的同志，到九龙坡区政协考察学习基层协商民主工作。', ['考察学习 基层协商民主工作']],
    ['县政协主席某某深入草河掌镇调研指导“协商议事室”建设工作。', ['专题调研 “协商议事室”建设工作']],
    ['市政协副主席王某调研澳门委员工作室试运行情况。', ['专题调研 澳门委员工作室试运行情况']],
    ['紧盯业态开发、农文旅融合等方面开展专题调研。', ['专题调研 业态开发', '专题调研 农文旅融合']],
    ['州、县政协将助力景区提质增效作为协商课题，多次深入调研。', ['协商议政 助力景区提质增效']],
    ['会议还研究了《加快两大协同发展区建设的调研报告(送审稿)》。', ['专题调研 加快两大协同发展区建设']],
  ]);
});

describe('shapes met in public 政协 pages, sixth round', () => {
  table([
    // a quoted name right before a noun that names no topic alone (协商座谈会, 调研座谈会, 的协商调研, 联动监督)
    ['委员工作室召开“做强烟叶产业”协商座谈会，这是工作室成立以来的第一次。', ['协商座谈会 做强烟叶产业']],
    ['市政协召开“加强和改进政协党的建设工作”调研座谈会。', ['专题调研 加强和改进政协党的建设工作']],
    ['农业和农村委员会开展了“加强大豆良种推广”的协商调研。', ['专题调研 加强大豆良种推广']],
    ['审议了“长三角旅游市场一体化推进情况”联动民主监督总体方案。', ['民主监督 长三角旅游市场一体化推进情况']],
    ['县政协组织开展“推动项目建设、促进园区发展”专项视察。', ['视察 推动项目建设、促进园区发展']],
    // the advice's qualifiers between 提出 and 建议; 深入探讨; 深入/深度协商; 专题座谈会 after 举行; 协商建言; 专题议政
    ['委员们围绕优化营商环境、激活文旅消费新动能等不同领域，提出了建设性意见和建议。', ['协商议政 优化营商环境', '协商议政 激活文旅消费新动能']],
    ['围绕企业发展与地方协同共进、产业升级与乡村振兴融合等议题深入探讨。', ['协商议政 企业发展与地方协同共进', '协商议政 产业升级与乡村振兴融合']],
    ['就完善养老服务体系、推动全民健身等议题深入协商。', ['协商议政 完善养老服务体系', '协商议政 推动全民健身']],
    ['举办专家协商会，对推动共同富裕、筑牢国家安全屏障等重大问题进行深度协商。', ['协商议政 推动共同富裕', '协商议政 筑牢国家安全屏障']],
    // 广泛 / 充分 as a bare 协商's manner, like 深入
    ['与会人员围绕“完善社区托育服务”广泛协商，凝聚共识。', ['协商议政 完善社区托育服务']],
    ['委员们还将就“关注民生促进和谐”和“建设生态文明”举行专题座谈会。', ['协商座谈会 关注民生促进和谐', '协商座谈会 建设生态文明']],
    ['常委会议围绕“做大做强文旅产业”协商建言。', ['协商议政 做大做强文旅产业']],
    ['常委会议将围绕“建设核心枢纽城市”“构建现代化经济体系”进行专题议政。', ['协商议政 建设核心枢纽城市', '协商议政 构建现代化经济体系']],
    ['紧盯业态开发、宣传营销等方面，深化部门联动协商。', ['协商议政 业态开发', '协商议政 宣传营销']],
    // themes before their activity, quoted or not, with the activity in the next clause; proposals put to 办理协商
    ['以“打造美丽乡村”“营造良好营商环境”为主题，召开2次专题议政性常委会。', ['常委会议协商 打造美丽乡村', '常委会议协商 营造良好营商环境']],
    ['以推动县域经济发展、加快中等职业教育发展等为主题，召开5次专题协商会。', ['专题协商会 推动县域经济发展', '专题协商会 加快中等职业教育发展']],
    ['分别围绕《关于发挥西江物流优势的提案》《关于加快新能源汽车产业发展的提案》进行办理协商。', ['提案办理协商 发挥西江物流优势', '提案办理协商 加快新能源汽车产业发展']],
    // topics named as such after their noun; the activity named before the lead word of a plan's list
    ['通报了主席会议协商课题“深化产业工人队伍建设改革”的调研方案。', ['协商议政 深化产业工人队伍建设改革']],
    ['3项重点视察将围绕灾后重建项目推进情况、养殖业粪污处理情况进行。', ['视察 灾后重建项目推进情况', '视察 养殖业粪污处理情况']],
    ['深入开展农房改革、社区矫正等调查研究，提出了许多意见。', ['专题调研 农房改革', '专题调研 社区矫正']],
    // 将X列为 / 确定为 a project of an activity
    ['省政协将突破辽西北问题列为年度重要调研课题。', ['专题调研 突破辽西北问题']],
    ['将“深化同港澳地区的合作交流”确定为外事委员会的对口协商课题。', ['对口协商 深化同港澳地区的合作交流']],
    // a plan's numbered lines under a heading that is an activity's name; a heading that names work is no such list
    ['三、 界别协商(12项)\n(一)城镇供热领域的节能减排潜力和对策\n时间安排:4月 牵头界别组:无党派组\n(二)抗战纪念场所的保护和作用发挥\n四、其他\n(一)加强学习\n', [
      '界别协商 城镇供热领域的节能减排潜力和对策', '界别协商 抗战纪念场所的保护和作用发挥',
    ]],
    ['二、加强专题协商\n(一)坚持党的领导\n(二)完善协商制度\n三、重点调研课题\n1.乡村振兴\n2.营商环境优化\n', ['专题调研 乡村振兴', '专题调研 营商环境优化']],
    // a 视察报告's title (关于对X的视察报告); 调研考察 + its object; 实地查看 after a list
    ['会上，李某就《关于对全省精准扶贫工作方案落实情况的视察报告》起草情况作了说明。', ['视察 全省精准扶贫工作方案落实情况']],
    ['省政协一行来到西平县调研考察政协党建、“智慧政协”平台建设等工作。', ['专题调研 政协党建', '专题调研 “智慧政协”平台建设']],
    ['督查组一行还就生态文明小康村建设、乡村旅游发展情况等进行了实地查看。', ['视察 生态文明小康村建设', '视察 乡村旅游发展情况']],
    // a round bracket after a title is its note, not the next item: a draft a standing committee consults on
    ['常委会议协商讨论了《政府工作报告》(征求意见稿);听取了有关情况。', ['协商议政 《政府工作报告》(征求意见稿)']],
    // members speaking to a list: 纷纷发言, 畅所欲言, 各抒己见
    ['委员代表围绕优化营商环境、文旅融合等方面纷纷发言。', ['协商议政 优化营商环境', '协商议政 文旅融合']],
    ['与会人员围绕“做强烟叶产业”畅所欲言、各抒己见。', ['协商议政 做强烟叶产业']],
    // 组织 before a meeting ends the list; the two sides of a relation joined by 与 stay one topic
    ['聚焦加快推动创新链与产业链深度融合组织常委会专题议政。', ['协商议政 加快推动创新链与产业链深度融合']],
  ]);
});

describe('not topics, sixth round', () => {
  table([
    // 座谈会 with no quoted name before it names who takes part; a plan's list needs the verb without an object
    ['召开民主党派、工商联和无党派人士协商座谈会。', []],
    ['3项重点视察将围绕群众反映进行研究部署。', []],
    // 具体问题 is no subject; 为 after 确定 introduces who takes the project up
    ['对具体问题进行深入协商。', []],
    ['确定为县政协文史委的调研课题。', []],
    // a bare 调查研究 is a way of working; a body is who inspects, not what
    ['深入开展调查研究，提出意见。', []],
    ['开展主席会议专项视察，推进问题落实。', []],
    ['山东省政协今年将开展29项重点协商活动。', []],
    // a named body, the whole province, a verb, a draft's label, concerns in general, a year's plan, a formula of counts
    ['省政协围绕南雄市委、海南省政协、全省开展调研。', []],
    ['就征求意见稿、进行等进行协商。', []],
    ['围绕人民群众关心的热点、“急难愁盼”提出意见建议。', []],
    ['围绕2023年工作谋划、如何有效履职建言献策。', []],
    ['围绕“4+X”、4+1开展民主监督。', []],
    // a list item ending in 等 (A、B等 inside quotes or run on) loses it; 平等 keeps its 等
    ['围绕“提高民生保障水平等”开展协商。', ['协商议政 提高民生保障水平']],
    ['就提高民生保障水平等进行协商。', ['协商议政 提高民生保障水平']],
    ['就促进教育公平等进行协商。', ['协商议政 促进教育公平']],
    ['围绕“男女平等”开展协商。', ['协商议政 男女平等']],
  ]);
});

describe('shapes met in public 政协 pages, seventh round', () => {
  table([
    // 就开展 X 调研: two verbs joined by 和 govern one object.
    ['调研组来到某县，就开展加强和改进基层协商工作调研。', ['专题调研 加强和改进基层协商工作']],
    // a theme before a standing committee's special meeting, and the 建议案 it resolves
    ['召开以增加城乡居民收入为议题的专题常委会。', ['常委会议协商 增加城乡居民收入']],
    ['常委会议形成了《关于推进全域旅游发展的建议案》。', ['常委会议协商 推进全域旅游发展']],
    // a list its own words call 议题, whatever follows
    ['县政协聚焦“做强茶叶产业”“培育茶旅品牌”等议题，提出对策。', ['协商议政 做强茶叶产业', '协商议政 培育茶旅品牌']],
    ['围绕建设茶叶交易市场、茶叶研究院等方面工作精准建言。', ['协商议政 建设茶叶交易市场', '协商议政 茶叶研究院']],
    // 选择 … 等专题，作为 … 课题
    ['选择“加快城市更新”、“推进棚改”等专题，作为区政协双月协商的重点课题。', ['双月协商 加快城市更新', '双月协商 推进棚改']],
    ['开展了“构建社区协商平台，推进基层协商民主”专题议政性协商。', ['专题协商会 构建社区协商平台，推进基层协商民主']],
    // 重点提案办理情况 is what a 视察活动 looks at, not a 重点提案
    ['副主席参加某县政协组织的重点提案办理情况视察活动。', ['视察 重点提案办理情况']],
    // report titles written without 《》
    ['讨论了关于全市宗教工作情况的调研报告(草案)和关于全市科技研发情况的调研报告(草案)。', ['专题调研 全市宗教工作情况', '专题调研 全市科技研发情况']],
    ['深入调研，围绕提振消费、“精品城区”建设等，形成高质量调研报告。', ['专题调研 提振消费', '专题调研 “精品城区”建设']],
    // proposal titles whose handling is looked into; a base to be built is a topic, not a place visited
    ['详细了解了《关于加大合作社扶持力度的提案》《关于组建全民健身中心的提案》等提案交办处理情况。', ['重点提案督办 加大合作社扶持力度', '重点提案督办 组建全民健身中心']],
    ['听取《关于支持某市建设新能源汽车生产基地的建议》等重点提案的汇报，对住某政协委员提出的重点提案表示肯定。', ['重点提案督办 支持某市建设新能源汽车生产基地']],
    // a list set apart by commas, closed by 等问题 and its verb
    ['重点就党风廉政建设，推进依法治省工作，巩固文化品牌等问题进行协商议政。', ['协商议政 党风廉政建设', '协商议政 推进依法治省工作', '协商议政 巩固文化品牌']],
    ['围绕共同富裕、基础教育等开展小范围多轮次协商74场。', ['协商议政 共同富裕', '协商议政 基础教育']],
  ]);
});

describe('shapes met in public 政协 pages, seventh round (set I)', () => {
  table([
    // topics set out after a colon, one per semicolon
    ['对口协商议题共有3个：加强生态环境保护，推动全域旅游发展；深化职业教育改革；做好城市民族工作。', ['对口协商 加强生态环境保护，推动全域旅游发展', '对口协商 深化职业教育改革', '对口协商 做好城市民族工作']],
    ['有2个议题计划实施专题协商，即：加快河谷综合开发；提升原始创新能力。', ['专题协商会 加快河谷综合开发', '专题协商会 提升原始创新能力']],
    ['各党派负责人就明年的调研议题进行研讨，包括：宗教人士队伍建设情况；民族团结进步创建。', ['专题调研 宗教人士队伍建设情况', '专题调研 民族团结进步创建']],
    // 列为 … 课题 / 议题
    ['市政协将培育专精特新列为议政性常委会会议议题。', ['常委会议协商 培育专精特新']],
    ['将发展银发经济、降低物流成本列为月度协商会课题。', ['协商议政 发展银发经济', '协商议政 降低物流成本']],
    // 视察了 … 等情况: what was looked at, not the places
    ['视察组一行先后视察了重大项目建设推进、城区老旧小区改造、水环境治理等情况。', ['视察 重大项目建设推进', '视察 城区老旧小区改造', '视察 水环境治理']],
    // the units a 民主评议 reviews are units, no topics (readers of public pages never give a bureau's name)
    ['县政协将完成对县食药局、财政局、教育局3个部门的民主评议工作。', []],
    // quoted issues with no lead word; a subject said to be the year's topic
    ['「加快发展现代服务业」「深化对外开放与合作」两个议题，也计划在全体会议期间实施协商。', ['协商议政 加快发展现代服务业', '协商议政 深化对外开放与合作']],
    ['会议审议了调研报告。新型城镇化建设是省政协今年重点调研课题。', ['专题调研 新型城镇化建设']],
    // set J: a proposal's number between its name and the noun; the activity written again after its object
    ['联合开展“关于切实解决停车难问题的建议”(市政协第0342号)重点提案督办活动。', ['重点提案督办 切实解决停车难问题']],
    ['副主席率队调研某市殡葬改革工作调研。', ['专题调研 某市殡葬改革工作']],
    ['县政协副主席分别率领调研组，调研区域农村饮水安全工作。', ['专题调研 区域农村饮水安全工作']],
    ['听取“统筹城乡发展，推进新农村建设”民主议政会工作情况汇报。', ['专题议政会 统筹城乡发展，推进新农村建设']],
    ['王某带队赴某县开展保障农村饮水安全课题调研。', ['专题调研 保障农村饮水安全']],
    ['这是第四次召开常委会议对旅游工作进行专题协商议政。', ['专题协商会 旅游工作']],
    // a class noun after a quoted item closes the list; the places and the stage after it are no topics
    ['省政协经济委员会围绕“大力发展县域经济”议题先后在咸阳、延安部分县区开展第二阶段专题调研。', ['专题调研 大力发展县域经济']],
  ]);
});

describe('shapes met in public 政协 pages, eighth round (set L)', () => {
  table([
    // a list item that starts with a verb the frame also ends lists with (实施, 开展, 提出 …)
    ['委员们就加快旅游业发展、实施精准扶贫开发等方面积极建言献策。', ['协商议政 加快旅游业发展', '协商议政 实施精准扶贫开发']],
    ['围绕完善养老服务、开展全民健身活动等进行协商。', ['协商议政 完善养老服务', '协商议政 开展全民健身活动']],
    // 展开 is a verb that ends a list, but not across 发展 and 开展
    ['县政协围绕乡村产业发展开展专题调研。', ['专题调研 乡村产业发展']],
  ]);
});

describe('not topics, eighth round', () => {
  table([
    // the duties every 政协 states, whoever reads them (a rule or the tagger)
    ['自觉在服务发展、服务决策、服务落实中开展视察调研。', []],
    ['围绕服务大局、服务发展开展调研。', []],
  ]);
});

describe('shapes met in public 政协 pages, ninth round (set N)', () => {
  table([
    // 在 + the places visited, a list of them, before 调研 and its object; after 赴 any place, and 考察调研
    ['省政协主席在某市甲县、乙市调研小流域治理、新能源产业等情况。', ['专题调研 小流域治理', '专题调研 新能源产业']],
    ['调研组赴宁夏、甘肃考察调研革命老区振兴发展情况。', ['专题调研 革命老区振兴发展情况']],
    // 就 with a list counted as issues: the activity may follow in the next clause; 开展情况 is an item's noun
    ['就古村落保护情况、“双转移”工作开展情况等3个专题，分别进行专题视察。', ['视察 古村落保护情况', '视察 “双转移”工作开展情况']],
    // 选取 a list of issues, its activity in the same clause
    ['选取老旧小区改造、加装电梯等群众关心的议题协商议事。', ['协商议事 老旧小区改造', '协商议事 加装电梯']],
    // a count of topics, then the topics, after the activity named earlier in the sentence
    ['今年的年末视察共包括8个专题，内容涉及城市更新、养老服务等。', ['视察 城市更新', '视察 养老服务']],
    // activities: 研讨交流, 专题政治协商 after its verb, 发表见解, 实地考察
    ['会议围绕“东北地区兴边富民行动”进行研讨交流。', ['协商议政 东北地区兴边富民行动']],
    ['常委会议围绕全会决定(征求意见稿)开展专题政治协商。', ['专题协商会 全会决定(征求意见稿)']],
    ['委员们就优化营商环境，建设诚信政府等问题发表见解。', ['协商议政 优化营商环境', '协商议政 建设诚信政府']],
    ['围绕科研成果转化、人才环境优化等主题，委员们走访座谈、实地考察。', ['视察 科研成果转化', '视察 人才环境优化']],
    // a draft named by its note after 协商讨论了; a note does not make 和's right side a phrase of its own
    ['会议协商通过了委员名单；协商讨论了市政府工作报告(征求意见稿)。', ['协商议政 市政府工作报告(征求意见稿)']],
    ['围绕全会报告和决定(征求意见稿)开展协商。', ['协商议政 全会报告和决定(征求意见稿)']],
    // 和美丽乡村 is 和 + 美丽
    ['实地调研文化旅游发展和美丽乡村建设情况。', ['专题调研 文化旅游发展', '专题调研 美丽乡村建设情况']],
    // 调研了 a list closed by 等情况; a group named by its quoted topic; a bureau's work a 民主评议 reviews, but not the bureaus alone
    ['调研组调研了乡镇委员活动制度建设、经费保障等情况。', ['专题调研 乡镇委员活动制度建设', '专题调研 经费保障']],
    ['区政协“高铁新城产业发展”课题组完成调研报告。', ['专题调研 高铁新城产业发展']],
    ['县政协召开民主评议县交通运输局工作动员会。', ['民主评议 县交通运输局工作']],
    ['会议决定民主评议县司法局、县文旅局。', []],
    // a body before a quoted name is who; a title named by its kind before it is the topic
    ['县长对县政协“柑橘加工体系建设”专题协商建议函作出批示。', ['专题协商会 柑橘加工体系建设']],
    ['副主席对市政协五届二次会议重点提案《关于做好红色资源开发利用工作的提案》进行督办调研。', ['重点提案督办 做好红色资源开发利用工作']],
    // 实施 inside an item does not close the list; 到 before the places of a visit does
    ['紧紧围绕我市实施“十四五”规划、生态文明建设等重大事项进行协商。', ['协商议政 我市实施“十四五”规划', '协商议政 生态文明建设']],
    ['市政协就《城市更新方案》的实施到基层及周边城市调研。', ['专题调研 《城市更新方案》的实施']],
    // a title after who tabled it, a quoted name before its kind; the units a 民主监督 reviews; 交流协商; a forum named by its topic
    ['就某教授在省政协十三届三次会议上提交的《关于明确导师责任边界的提案》进行协商。', ['协商议政 明确导师责任边界']],
    ['调研组对全国政协十一届五次会议“促进大别山区振兴发展”重点提案进行调研。', ['专题调研 促进大别山区振兴发展', '重点提案督办 促进大别山区振兴发展']],
    ['县政协召开民主监督县医保局工作动员会。', ['民主监督 县医保局工作']],
    ['委员们围绕充电设施建设、政策规划等与部门负责人进行了面对面交流协商。', ['协商议政 充电设施建设', '协商议政 政策规划']],
    ['参加“优化15分钟养老服务圈”民生议事堂协商议事活动。', ['协商议事 优化15分钟养老服务圈']],
    // a place's noun ending in 地 (目的地, 人才高地) is no manner: the quoted title with its comma is the topic
    ['自治区政协召开“加强文化与旅游深度融合，助推打造国际旅游目的地”专题协商会。', ['专题协商会 加强文化与旅游深度融合，助推打造国际旅游目的地']],
    ['市政协围绕“高水平创建职教先进城市，构筑区域性人才高地”举行专题协商会议。', ['专题协商会 高水平创建职教先进城市，构筑区域性人才高地']],
    // key proposals set out by their titles after a colon; 督办 after 进行; a title tabled at a session, with its number
    ['10件重点提案是：甲委员《关于扶持农业产业化龙头企业发展的建议》，乙委员《完善养老体系的建议》。', ['重点提案督办 扶持农业产业化龙头企业发展', '重点提案督办 完善养老体系']],
    ['这两件重点督办提案分别是：《关于加强城市精细化管理案》《关于发展智慧停车系统案》。', ['重点提案督办 加强城市精细化管理', '重点提案督办 发展智慧停车系统']],
    ['督办组就市政协三届六次会议提出的《关于进一步解决城区停车难的建议(21号)》提案进行督办。', ['重点提案督办 进一步解决城区停车难']],
    // 选择 a list named as issues reaches its activity two clauses on
    ['选择户厕改造、托育工作等社会关注度高的民生问题，采用实地走访等方式，开展民主监督。', ['民主监督 户厕改造', '民主监督 托育工作']],
    // a body before 关于 is who
    ['会议审议了《吕梁市政协关于推进焦炉煤气氢能转化利用的调研报告》。', ['专题调研 推进焦炉煤气氢能转化利用']],
  ]);
});

describe('shapes met in public 政协 pages, tenth round (sets O, P and Q)', () => {
  table([
    // 专题调研 as the verb of who leads the visit; who leads it, named after 率 / 带领; a place with no suffix after 到 / 在
    ['区政协主席带队专题调研消防安全工作，听取情况介绍。', ['专题调研 消防安全工作']],
    ['县政协主席率部分界别委员和有关人员调研全县蚕桑产业发展情况。', ['专题调研 全县蚕桑产业发展情况']],
    ['省政协副主席在河曲调研乡村振兴工作。', ['专题调研 乡村振兴工作']],
    // 来 + a province's one-character name; 调研督导
    ['全国政协调研组来皖调研数字乡村建设。', ['专题调研 数字乡村建设']],
    // one verb with its manner before both sides (统筹推进A和B) governs both: one topic; a plain verb on the left splits as before
    ['围绕统筹推进疫情防控和经济社会发展工作开展调研视察。', ['调研视察 统筹推进疫情防控和经济社会发展工作']],
    ['围绕加快产业发展和乡村振兴开展调研。', ['专题调研 加快产业发展', '专题调研 乡村振兴']],
    // a right side that names its own fused pair (农文旅融合发展) is an item of its own; a relation's two sides stay one
    ['围绕公园城市建设和农文旅融合发展开展调研。', ['专题调研 公园城市建设', '专题调研 农文旅融合发展']],
    ['围绕产业升级与乡村振兴融合开展调研。', ['专题调研 产业升级与乡村振兴融合']],
    // 来 before the place gone to, as 到 and 赴 (not the 来 of 近年来, 以来)
    ['黑龙江省政协一行10人来吴江考察小城镇建设情况。', ['考察学习 小城镇建设情况']],
    ['省政协来莱芜市调研基层政协工作', ['专题调研 基层政协工作']],
    ['近年来全县调研工作取得成效。', []],
    // any place's one-character name right before the verb (来济 for 济南, 来丰 for 丰县)
    ['辽宁省政协副主席一行来济考察政协提案工作。', ['考察学习 政协提案工作']],
    ['某县政协主席一行来丰考察学习基层协商民主建设、产业发展等工作。', ['考察学习 基层协商民主建设', '考察学习 产业发展']],
    ['区级河长前往某镇调研督导小水电清理整改工作。', ['专题调研 小水电清理整改工作']],
    // 考察 with its object, after the place gone to; a list after 考察 closed by 等情况, its subject in the clause before
    ['县政协考察组赴外省某市考察城乡供水一体化建设工作。', ['考察学习 城乡供水一体化建设工作']],
    ['委员们来到某社区考察我区智慧养老服务情况。', ['考察学习 我区智慧养老服务情况']],
    ['调研组走访了企业、高校等地，考察生物医药产业发展、人才引进等情况。', ['考察学习 生物医药产业发展', '考察学习 人才引进']],
    // what was looked at after 视察了, one item that names its state (…情况), not a place
    ['会前，副主席带队视察了滨河路雨污分流改造工程建设情况。', ['视察 滨河路雨污分流改造工程建设情况']],
    // 展开 and a manner (充分, 深入) before 协商 and 监督 after a list
    ['委员们围绕社区食堂、助浴服务、适老化改造等方面展开充分协商。', ['协商议政 社区食堂', '协商议政 助浴服务', '协商议政 适老化改造']],
    ['围绕耕地保护、高标准农田建设等进行充分协商。', ['协商议政 耕地保护', '协商议政 高标准农田建设']],
    // (sets R1 and R2) 来我县 and a place gone to before a comma; a verb after a comma whose object names work
    ['省政协调研组来我县调研基层协商和民族宗教工作', ['专题调研 基层协商', '专题调研 民族宗教工作']],
    ['省政协常委率部分委员来我县，调研乡村治理工作。', ['专题调研 乡村治理工作']],
    ['旗政协组织部分委员，考察学习兄弟旗县先进经验，视察旗农村人居环境整治提升工作。', ['视察 旗农村人居环境整治提升工作']],
    // what a study visit learned; 微协商; 考察交流
    ['并赴某县考察学习了茶产业风险保障机制及合作社建设先进经验。', ['考察学习 茶产业风险保障机制', '考察学习 合作社建设']],
    ['主席带领委员赴某小学围绕优质教育资源均衡开展“微协商”活动。', ['协商议政 优质教育资源均衡']],
    ['主席率委员来浙围绕共同富裕示范区建设和数字产业发展情况进行考察交流。', ['考察学习 共同富裕示范区建设', '考察学习 数字产业发展情况']],
    // a headline: a meeting, then what it focused on, to the end of the line or of the text
    ['某市政协举行协商座谈会聚焦实施人才强市战略', ['协商座谈会 实施人才强市战略']],
    ['宜城市首场“协商面对面”聚焦农村电商发展\n', ['协商议事 农村电商发展']],
    // a subject that is a plan's issue; a quoted subject put into a plan of consultation
    ['“有序推进城市有机更新”是区委年度政党协商计划重点课题。', ['协商议政 有序推进城市有机更新']],
    ['于是“数字经济发展”再次被纳入2023年度区政协协商计划。', ['协商议政 数字经济发展']],
  ]);
});

describe('shapes met in public 政协 pages, eleventh round', () => {
  table([
    // the subjects of the key proposals chosen for 督办; a 水平 before 等 ends the list
    ['这10件重点提案中，有5件涉及促进农民工就业、提高农村卫生服务水平等“三农”问题。', ['重点提案督办 促进农民工就业', '重点提案督办 提高农村卫生服务水平']],
    [
      '其中，经济方面重点提案7件，内容涉及民营经济发展、跨境电商产业发展；文化方面重点提案3件，内容涉及乡村文化建设。',
      ['重点提案督办 民营经济发展', '重点提案督办 跨境电商产业发展', '重点提案督办 乡村文化建设'],
    ],
    // what a session's proposals as a whole are about is no topic
    ['本次会议共收到提案315件，内容涉及教育就业、医疗卫生等方面。', []],
    // a committee's group as the subject of a visit; places named alone, in a list, after 到
    ['街道政协工作联络组视察燃气安全。', ['视察 燃气安全']],
    ['县政协副主席到六都寨、小沙江调研学前教育。', ['专题调研 学前教育']],
    // research named by 调研工作 after its one subject; 民主协商 after its verb
    ['市政协组织开展传统古村落保护利用调研工作。', ['专题调研 传统古村落保护利用']],
    ['区政协召开会议，与各民主党派协商年度调研工作。', []],
    ['民革界别委员工作站围绕“老旧小区改造”开展民主协商。', ['协商议政 老旧小区改造']],
    // a place's own quoted name for consultation on the spot (微协商 keeps its activity); the body after a quoted topic
    ['5月30日，市政协组织部分委员，就“推进生活垃圾分类”开展“阳光协商”活动。', ['协商议事 推进生活垃圾分类']],
    ['就“推进生活垃圾分类”市政协开展“阳光协商”活动', ['协商议事 推进生活垃圾分类']],
    ['咸丰县政协聚焦“四好农村路”建设开展“院坝协商”活动', ['协商议事 “四好农村路”建设']],
    ['围绕“A事项”开展“微协商”活动。', ['协商议政 A事项']],
    // a quoted theme before 协商研讨会; 启动 holds a research's topic like 开展
    ['两区政协在普陀区召开第三届“大力发展海洋经济”协商研讨会。', ['协商议政 大力发展海洋经济']],
    ['区政协启动推进特色小镇建设专题调研', ['专题调研 推进特色小镇建设']],
    // 咨政, as many places write 资政; a quoted draft before 立法座谈会; a report's title that opens its line with 关于 and no 的
    ['今天在市政协召开全市居民住宅小区物业管理服务工作咨政协商会议。', ['专题资政会 全市居民住宅小区物业管理服务工作']],
    ['市政协《某市电动自行车管理规定(草案)》立法座谈会在市政协召开。', ['协商议政 某市电动自行车管理规定(草案)']],
    ['关于我市老旧小区改造情况调查报告(市政协专题调研组)', ['专题调研 我市老旧小区改造情况']],
    ['作了关于省政协提案及建议案、调研视察报告等办理情况的通报。', []],
    // 筛选 chooses a list like 选择; 普及 is a word, not 普 + 及
    ['市政协筛选平安建设、节能减排等课题，组织委员开展调研视察活动37次。', ['调研视察 平安建设', '调研视察 节能减排']],
    ['委员们围绕县域经济、农村科技普及等开展调研。', ['专题调研 县域经济', '专题调研 农村科技普及']],
  ]);
});

describe('not topics, twelfth round: what advice is for, or focused on as a year of work is summed up', () => {
  table([
    // 为 X 建言献策 states a purpose; 聚焦 X + advice alone sums up the fields members' advice went to
    ['委员们为推动产业转型升级、加快发展建言献策。', []],
    ['委员们聚焦经济发展、民生保障、社会治理等方面，积极运用提案形式建言献策。', []],
    ['聚焦推动产业转型升级建言献策，聚焦保障和改善民生献计献策。', []],
    // 聚焦 before a consultation held, and 围绕 before advice, still name topics
    ['常委会会议聚焦“园区经济”开展协商议政。', ['协商议政 园区经济']],
    ['委员们围绕产业转型升级、民生保障等建言献策。', ['协商议政 产业转型升级', '协商议政 民生保障']],
  ]);
});

describe('shapes met in public 政协 pages, thirteenth round', () => {
  table([
    // what a visit looked at: a list whose clause ends in 情况 without 等; an adverb between who acts and the verb
    ['视察组一行先后视察了明华社区高标准农田建设、奶牛基地数字乡村建设、双河社区集体经济发展情况，并召开座谈会。', [
      '视察 明华社区高标准农田建设', '视察 奶牛基地数字乡村建设', '视察 双河社区集体经济发展',
    ]],
    ['监督组一行还调研了章广镇政协委员活动室建设情况。', ['专题调研 章广镇政协委员活动室建设情况']],
    // 瞄准 as a lead word; a 专题民主协商会; two meetings held as one (暨)
    ['委员们瞄准扩中提低、一老一少、社会救助等民生问题献计献策。', ['协商议政 扩中提低', '协商议政 一老一少', '协商议政 社会救助']],
    ['会议期间召开了区政协常委会暨区“十三五”规划专题民主协商会。', ['专题协商会 区“十三五”规划']],
    // the places a visit went to stay out
    ['视察组一行先后视察了明华社区、奶牛基地，并召开座谈会。', []],
    // one subject after a strong lead word, then a clause that opens on the activity held; a list so closed stays out
    ['会议要求，围绕全面做好长江生态环境保护修复工作，开展协商监督，提高办理质效。', ['协商议政 全面做好长江生态环境保护修复工作']],
    ['围绕经济、政治、文化建设，开展协商监督。', []],
    // 实地/现场察看 names what was looked at only by its 情况; a list of sites stays out
    ['委员们现场察看政协系统党建工作开展情况、“智慧政协”履职平台建设运行情况、村级联络室建设情况，并听取汇报。', [
      '视察 政协系统党建工作开展情况', '视察 “智慧政协”履职平台建设运行情况', '视察 村级联络室建设',
    ]],
    ['委员们实地察看政协乡镇联络站办公场地、制度建设、组织架构等情况。', ['视察 政协乡镇联络站办公场地', '视察 制度建设', '视察 组织架构']],
    ['委员们实地察看了某村、某社区。', []],
    ['视察组一行先后实地察看了塔坡社区、信用联社、果蔬批发市场等六个方面的创建工作情况。', []],
    ['考察组实地察看了某镇迁建新区，详细了解了各项目的建设规模、规划设计、政府配套政策等情况。', []],
    // 考察 after its verb; a 考察调研活动 named by its topic
    ['调研期间，王某一行对西平县城市建设进行考察。', ['考察学习 西平县城市建设']],
    ['民建界省政协委员赴甬开展海洋经济发展考察调研活动。', ['专题调研 海洋经济发展']],
    // one subject closed by a comma, then a clause whose body opens it before the activity; the body that set the subject is not part of it
    ['围绕全县食品安全，某县政协组织开展了专项监督，14名委员到学校检查。', ['民主监督 全县食品安全']],
    ['围绕县委提出的“吨半粮”生产能力建设，某县政协开展了专项民主监督。', ['民主监督 “吨半粮”生产能力建设']],
    ['某区政协聚焦田园综合体发展滞后问题，组织有关部门和部分委员深入调研。', ['专题调研 田园综合体发展滞后问题']],
    // two qualifiers of the advice given (更加细致、操作性更强的意见建议)
    ['要深入调研，针对我市垃圾分类工作、医保扶贫政策措施落实等提出更加细致、操作性更强的意见建议。', ['协商议政 我市垃圾分类工作', '协商议政 医保扶贫政策措施落实']],
    ['围绕市委市政府确定的重点项目建设开展视察。', ['视察 重点项目建设']],
    // an exchange of views on a list of subjects (恳谈交流, 互动交流); choosing topics and a year's work put as questions are none
    ['企业家们围绕营商环境、政府政策宣传、港城基础配套设施等开展恳谈交流。', ['协商议政 营商环境', '协商议政 政府政策宣传', '协商议政 港城基础配套设施']],
    ['委员们就绿色出行、停车难、临时停车等问题与交警部门负责人互动交流。', ['协商议政 绿色出行', '协商议政 停车难', '协商议政 临时停车']],
    ['信息员就选题进行互动交流。', []],
    ['考察组与企业负责人就生产经营、技术创新、市场拓展等方面进行深入交流。', []],
    ['大家围绕今年政协工作干什么、怎么干进行深入交流。', []],
    // the advice a committee's document gives, by its title: 协商建议, 对策和建议, 若干建议, 建议报告, a draft 建议; a proposal's 建议 is none
    ['会议审议通过《关于打造某市“创新创业高地”的协商建议》。', ['协商议政 打造某市“创新创业高地”']],
    ['会议审议通过了《关于进一步加强我省古籍文献保护和利用工作的对策和建议》。', ['专题调研 进一步加强我省古籍文献保护和利用工作']],
    ['讨论了《关于大力加强我市“三基”建设的建议报告(讨论稿)》。', ['专题调研 大力加强我市“三基”建设']],
    ['会议研究讨论了《加强非物质文化遗产保护传承的建议(草案)》。', ['专题调研 加强非物质文化遗产保护传承']],
    ['会议审议通过了《关于我市林下经济发展情况的调查报告(审议稿)》。', ['专题调研 我市林下经济发展情况']],
    ['委员提交了《关于加强农村养老服务的建议》。', []],
    // an activity named by its quoted theme right before it: 考察活动, 调研活动, 协商议事活动, 民主监督调研; unquoted, none
    ['委员们开展“凝聚政协智慧·共促城乡发展”考察活动。', ['考察学习 凝聚政协智慧·共促城乡发展']],
    ['参加某市政协“一江清水同心护”协商议事活动。', ['协商议事 一江清水同心护']],
    ['县政协开展“健全完善长效机制，激发委员履职动力”民主监督调研。', ['民主监督 健全完善长效机制，激发委员履职动力']],
    ['县政协开展调研活动。', []],
    // research named by its subject before 调研活动, after its verb; not a campaign's (大调研活动, 基层调研活动)
    ['区政协主席到某街道开展政协委员联络室基础建设调研活动。', ['专题调研 政协委员联络室基础建设']],
    ['开展服务企业大调研活动。', []],
    // a heading's or a line's own 调研X情况, a bare second doing of the same thing kept with it; no piece across a heading's 】
    ['调研全市农贸市场建设与管理情况。', ['专题调研 全市农贸市场建设与管理情况']],
    ['【委员视察】 调研某公司生活基地服务体系建设情况。', ['专题调研 某公司生活基地服务体系建设情况']],
    ['12月12日，2025年《政府工作报告(征求意见稿)》征求市政协委员意见会召开。', ['协商议政 政府工作报告(征求意见稿)']],
    ['某市政协组织召开“推动优质企业境内外上市，促进资本市场融资扩面提质”协商会。', ['协商议政 推动优质企业境内外上市，促进资本市场融资扩面提质']],
    ['市政协副主席率考察组到某市开展“建设四好农村公路，打造乡村振兴快车道”专题考察。', ['考察学习 建设四好农村公路，打造乡村振兴快车道']],
    // a proposal's or a count's number alone, a piece cut across a title's brackets, a visit's welcome: none; a draft note after a title's 》 is trimmed
    ['市政协召开重点提案督办座谈会，就今年第192号、217号提案进行协商督办。', []],
    ['零陵区政协《推行基层协商“月例会”助力乡村振兴》', []],
    // a meeting named 专题政治协商会议; a small consultation on the spot (专题微协商活动); 进言献策 as 建言献策
    ['五年来，市政协先后围绕推进生态文明建设、健全协商民主体系等召开专题政治协商会议。', ['专题协商会 推进生态文明建设', '专题协商会 健全协商民主体系']],
    ['县政协带领委员深入某村开展农村水利、交通需求专题微协商活动。', ['协商议政 农村水利', '协商议政 交通需求']],
    ['委员和村民代表围绕道路建设、水利设施等农村存在的突出问题，积极进言献策。', ['协商议政 道路建设', '协商议政 水利设施']],
    // the committee's functions listed (建言资政、凝聚共识) after what a year's work leans on: none
    ['人民政协要紧扣防风险、稳增长、惠民生做好建言资政、凝聚共识、促进落实工作。', []],
    // a plan's period alone is no subject (凝心聚力奋进“十五五”座谈会)
    ['11月22日，市政协召开凝心聚力奋进“十五五”座谈会。', []],
    // the issuing committee before a title's 关于 is who, not what
    ['会议审议《政协某市委员会关于助推县域经济发展的建议案(审议稿)》。', ['常委会议协商 助推县域经济发展']],
    // a plan's list closed by 等内容 and a verb with no object takes the activity the sentence opens in (在…协商中，)
    ['在10项重要协商中，县政协将重点围绕重大项目推进情况、县属国有企业市场化转型改革等内容展开。', ['协商议政 重大项目推进情况', '协商议政 县属国有企业市场化转型改革']],
    ['3项重点视察将围绕乡村振兴、城市更新等方面进行。', ['视察 乡村振兴', '视察 城市更新']],
    ['在工作中，县政协将围绕乡村振兴、城市更新等方面进行。', []],
    // a 调研座谈会 and a 委员视察活动 named by their subject before them; who takes part is no subject
    ['调研组召开食用菌产业营商环境调研座谈会。', ['专题调研 食用菌产业营商环境']],
    ['7月9日，县政协开展和美乡村示范片建设政协委员视察活动。', ['视察 和美乡村示范片建设']],
    ['市政协召开民营企业家调研座谈会。', []],
    ['7月中旬，川渝政协“推动川渝毗邻地区协同发展”联合协商会议在广安市召开。', ['协商议政 推动川渝毗邻地区协同发展']],
    // an activity that is one item of the list it stands in closes no list; a run of activities does
    ['针对座谈会提出的加强政协宣传力度、强化委员遴选管理、以及委员视察调研、培训学习、履职尽责等方面的问题，调研组表示将认真总结。', []],
    ['会上，代表们围绕“做强烟叶产业”畅所欲言、建言献策。', ['协商议政 做强烟叶产业']],
    // a campaign's 大视察活动, who takes part (党政领导与委员面对面), a 政协's own year plan: none; 也 is no part of an item
    ['年末组织委员开展集中大视察活动。', []],
    ['召开党政领导与委员面对面专题协商会。', []],
    ['副区长针对区政协2012年主要工作安排也分别提出了意见建议。', []],
    ['会议协商讨论了《政协某市委员会委员关于全市茶叶产业化的视察报告》。', ['协商议政 全市茶叶产业化', '视察 全市茶叶产业化']],
    // a speaker's charge to give advice (要紧紧围绕…建言献策) and slogans (“国之大者”) are no subjects; a charge to research is a plan
    ['要紧紧围绕加强资源整合与要素支撑等关键环节，务实建言献策。', []],
    ['某市政协聚焦“国之大者”“市之大计”“民之关切”，开展八个重点专题调研。', []],
    ['要围绕乡村振兴、城市更新开展调研。', ['专题调研 乡村振兴', '专题调研 城市更新']],
    // a headline's 调研 before 暨; 交流讨论 after a list; members who raised the subjects are who; a count of 民主协商活动 is none
    ['政协某街道区域活动组开展乡村振兴工作调研暨政协委员之家启用仪式', ['专题调研 乡村振兴工作']],
    ['近期县政协督导队开展乡镇林长制工作视察暨集中巡山护林活动。', ['视察 乡镇林长制工作']],
    // the problems a study finds are no subject of their own; 到 a place before 调查研究 is the list's verb
    ['对某市级文物保护单位保护管理情况及存在问题进行调研。', ['专题调研 某市级文物保护单位保护管理情况']],
    ['要围绕议题到一线开展调查研究。', []],
    // bureaus named alone are units, whether a visit went to them or a 民主评议 reviews them; 产业布局 is no bureau
    ['视察组对县住建局、农业局、林业局、市场监管局等提案承办大户所承办的11件提案办理落实情况进行了视察。', []],
    ['县政协将对县食药局、财政局进行民主评议。', []],
    ['安康市政协对市财政局、市民政局等多个部门的提案办理工作进行民主评议。', []],
    // …nor a commission or office a review names after it (委, 办 as well as 局)
    ['会议决定民主评议县卫健委、县发改委。', []],
    ['围绕产业布局、城市格局开展调研。', ['专题调研 产业布局', '专题调研 城市格局']],
    // a draft known by its note, put to members for their views; what the public cares about is no subject
    ['座谈会上，一行听取了县政协工作汇报以及对市政协常委会工作报告(征求意见稿)意见建议。', ['协商议政 市政协常委会工作报告(征求意见稿)']],
    ['委员们就《某市城市总体规划(草案)》提出修改意见。', ['协商议政 某市城市总体规划(草案)']],
    ['委员工作室主要针对群众反映强烈和普遍关心的重点、热点、难点问题开展调查研究。', []],
    // topics chosen for a meeting or a period: the count, then the meeting or the month before 协商议题
    ['确定了“聚焦优势产业，推动经济高质量发展”等3个常委会协商议题，确定了“康养产业”“民营经济”等6个月度协商议题。', [
      '协商议政 聚焦优势产业，推动经济高质量发展', '协商议政 康养产业', '协商议政 民营经济',
    ]],
    ['确定了“聚焦优势产业”等3个协商议题。', ['协商议政 聚焦优势产业']],
    // 在调研…座谈会上 is during one, not a list's activity; what a visit saw (观摩情况) is no subject
    ['会议就落实县委书记某某在调研县政协工作座谈会上的有关要求进行了部署。', []],
    ['旗政协常委代表就观摩情况提出了意见建议。', []],
    ['并就政协委员提出的关于幼儿教育、医疗服务、优化营商环境等问题进行了交流讨论。', ['协商议政 幼儿教育', '协商议政 医疗服务', '协商议政 优化营商环境']],
    ['市政协精心组织4项重点民主协商活动，成立专题调研组。', []],
    ['开展 4 次专题协商。', []],
    ['李某对某县政协来某市考察学习表示诚挚欢迎。', []],
    ['会议协商讨论了《关于我县中小学教育高质量发展的调研报告》(草案)。', ['专题调研 我县中小学教育高质量发展', '协商议政 我县中小学教育高质量发展']],
    // the study of a congress's or a plenum's line is no subject; the implementation of a named document is
    ['省政协主席赴某市，围绕学习宣传贯彻党的二十大及省委十一届四次全会精神开展调研。', []],
    ['调研组就学习贯彻落实《中共某省委关于新时代加强和改进人民政协工作的实施意见》情况进行调研。', ['专题调研 学习贯彻落实《中共某省委关于新时代加强和改进人民政协工作的实施意见》情况']],
    // supervision named by a list closed by 等; a members' station's work studied is a topic, the station visited is not
    ['连续多年聚焦“一老一小”民生议题，开展居家养老、儿童青少年近视防控等民主监督。', ['民主监督 居家养老', '民主监督 儿童青少年近视防控']],
    ['市政协副主席郭某调研委员工作站建设情况', ['专题调研 委员工作站建设情况']],
    ['考察组一行考察学习政协委员工作站。', []],
    // what members have or do, studied as a thing (委员工作室建设), is a topic; members as who acts are not
    ['县政协一行到某县考察学习政协委员工作室建设经验做法。', ['考察学习 政协委员工作室建设']],
    // an 对口 / 界别 consultation held as a 座谈会; the state a visit looks at (经济社会发展情况), not the development a work serves
    ['延安市政协召开农村公路养护管理对口协商座谈会。', ['对口协商 农村公路养护管理']],
    ['市政协主席张某一行前往胶州市，调研经济社会发展情况。', ['专题调研 经济社会发展情况']],
    ['委员们围绕全区经济社会发展建言献策。', []],
    // the subject of an activity's plan a meeting adopts or issues; one subject stays whole, a list splits at its 、
    ['会议协商通过我县群众体育和全民健身工作的视察方案(草案)。', ['视察 我县群众体育和全民健身工作']],
    ['关于印发《关于“以项目建设为引擎，加快推进支点建设”议政性常委会调研工作方案》的通知', ['专题调研 以项目建设为引擎，加快推进支点建设']],
    ['主席会议审议通过了在职教师校外补课整治、基层法律服务工作等相关调研视察方案。', ['调研视察 在职教师校外补课整治', '调研视察 基层法律服务工作']],
    ['会议审议通过了年度协商计划和调研方案。', []],
    ['确立协商议题、策划协商方案。', []],
    // a body that organises the visit before its verb (组织视察), and 集中 between who acts and the verb
    ['近日，某区政协常委会组织视察乡村振兴西郊示范片绿道系统建设情况。', ['视察 乡村振兴西郊示范片绿道系统建设情况']],
    ['出席市政协六届三次会议的委员集中视察了我市经济社会发展情况。', ['视察 我市经济社会发展情况']],
    // bare words of two characters sharing the head the last one carries are one topic; a true list ends on 和
    ['八个界别委员围绕加快教育、文化、卫生、体育事业发展开展协商讨论。', ['协商议政 加快教育、文化、卫生、体育事业发展']],
    ['常委和各界别委员围绕新常态下如何加快宜居、宜业、宜游“三宜”石泉建设积极建言献策。', ['协商议政 新常态下如何加快宜居、宜业、宜游“三宜”石泉建设']],
    ['委员们围绕全区经济、政治、文化、社会和生态文明建设积极建言献策。', ['协商议政 全区经济', '协商议政 生态文明建设']],
    // a problem as it stands (当前普遍存在的) is not part of it
    ['就当前普遍存在的上学难、看病难等问题开展协商。', ['协商议政 上学难', '协商议政 看病难']],
    // a report a meeting consults on by its title is its topic; a plenary's discussion of it is not; a title then 的调研报告
    ['听取市政府领导关于《政府工作报告》起草情况的说明并协商讨论《政府工作报告》；', ['协商议政 政府工作报告']],
    ['委员们分组讨论政府工作报告。', []],
    ['会议还协商通过了《关于优化城市功能布局，建设中国华侨名城》的调研报告。', ['专题调研 优化城市功能布局，建设中国华侨名城']],
    // a list of sites looked at never runs across a comma to a later 等工作; advisers who take part and a plan made are no subjects
    ['考察组实地考察了某区政协书画院、某村村级议事协商平台等，深入了解了基层协商、提案督办等工作。', []],
    ['市政协举办港澳委员和港澳台侨工作顾问专项视察考察活动。', []],
    ['会议对“中小企业惠企助企政策落实情况”专项民主监督作出部署。', ['民主监督 中小企业惠企助企政策落实情况']],
    // a leading 以及, a trailing 作了 fall outside; questions put colloquially (怎么建设, 还存在哪些短板) are no subjects
    ['双方围绕兰西城市群的科技创新以及产业提升进行协商。', ['协商议政 兰西城市群的科技创新', '协商议政 产业提升']],
    ['7个区县政协在会上就“有事来协商”工作和平台建设情况作了交流发言。', ['协商议政 “有事来协商”工作和平台建设情况']],
    ['我市将聚焦乡镇基层点，围绕“怎么建设”“怎么发挥作用”“还存在哪些短板”等，进一步规范完善好协商议事中心。', []],
    // a bare 考察 takes a list whose every item names work or a field's care, not sites
    ['副主席李某率考察团到我市考察生态环境和资源保护、文物和文化遗产保护。', ['考察学习 生态环境和资源保护', '考察学习 文化遗产保护']],
    ['副主席一行到某县考察某水库工程、某园区。', []],
    // the lessons a study visit took are cut before its list is split
    ['一行六人到某县考察学习基层协商平台建设和星级委员评定的先进经验和做法。', ['考察学习 基层协商平台建设', '考察学习 星级委员评定']],
    ['组织委员走访视察。', []],
    // 政协工作, a tier's or a body's, is a topic another body studies; doing one's own work well (做好新时代政协工作) is none
    ['省政协副主席一行来某市就基层政协工作进行专题调研。', ['专题调研 基层政协工作']],
    ['省政协主席到我市调研乡村振兴和政协工作', ['专题调研 乡村振兴', '专题调研 政协工作']],
    ['委员们围绕做好新时代政协工作积极建言献策。', []],
    // a 建议案 title with one comma; the body a 建议案 is addressed to is not its topic
    ['会议审议了关于加强生态保护与治理的建议案(草案)和关于大力发展临港临空产业，推进经济转型发展的建议案(草案)。', [
      '常委会议协商 加强生态保护与治理', '常委会议协商 大力发展临港临空产业，推进经济转型发展',
    ]],
    ['会议协商通过了《关于“更好推进我州产业扶贫”向中共某州委、州人民政府的建议案》。', ['常委会议协商 更好推进我州产业扶贫']],
    // a subject quoted whole between 关于 and 的, a comma inside the quotes its own
    ['会议审议通过了关于“完善大交通格局,推动县域经济发展”的建议案(草案)。', ['常委会议协商 完善大交通格局,推动县域经济发展']],
    ['形成了关于“加快推进中医药产业链建设”的调研报告。', ['专题调研 加快推进中医药产业链建设']],
    // the steps of a study are no subjects
    ['调研围绕听意见、找问题、谋举措展开。', []],
    // doings of one thing named before 的 are one topic; a longer phrase joined after them is its own
    ['围绕历史文化建筑的保护、开发、利用和复工复产等进行现地调研。', ['专题调研 历史文化建筑的保护、开发、利用', '专题调研 复工复产']],
    ['围绕农村公路的规划、建设和管养开展专题调研。', ['专题调研 农村公路的规划、建设和管养']],
    // places a supervision goes to, named as such (等地区), are no topics; a slogan of single characters is none
    ['将分别对松江、金山、杨浦、宝山等地区开展专项监督。', []],
    ['开展城乡生活垃圾分类处理“宣、帮、促”专项集体民主监督。', ['民主监督 城乡生活垃圾分类']],
    // a proposal supervised, named by its theme between 督办 and 提案; not a kind, a count or two bodies' proposals
    ['上海市政协重点督办饮用水源保护提案', ['重点提案督办 饮用水源保护']],
    ['市政协重点督办关于加强古树名木保护的提案。', ['重点提案督办 加强古树名木保护']],
    ['区政协督办重点民生微提案。', []],
    ['督办年度7件重点提案。', []],
    ['政府督办代表建议和政协提案。', []],
    // a day run on from a headline, and a second doing after 并, are no part of the subject
    ['政协副主席调研汉江湾建设11月4日下午，市政协副主席一行调研。', ['专题调研 汉江湾建设']],
  ]);
});

describe('shapes met in public 政协 pages, sixteenth round', () => {
  table([
    // a quoted subject before a bare 民主监督 or 提案专题督办; a quoted manner (…性) is a way of working
    ['市政协组织委员赴某县开展“四好农村路”民主监督。', ['民主监督 四好农村路']],
    ['省政协开展“加强某湖生态保护与开发利用”提案专题督办', ['重点提案督办 加强某湖生态保护与开发利用']],
    ['某区政协推出“专项集体性”民主监督，以高度组织化的监督活动推动工作。', []],
    // the supervision a meeting's name holds: the meeting's topic, once
    ['某市政协召开“历史遗留废弃矿山生态修复”民主监督专题协商会。', ['专题协商会 历史遗留废弃矿山生态修复']],
    // a draft put to a meeting for views, its title in 《》 however long
    [
      '市政协召开《中共某市委关于进一步全面深化改革、加快建成都市圈重要增长极、谱写现代化某省实践某市篇章的实施意见》征求意见座谈会。',
      ['协商座谈会 中共某市委关于进一步全面深化改革、加快建成都市圈重要增长极、谱写现代化某省实践某市篇章的实施意见'],
    ],
    // a draft a government puts to the committee for its views
    ['2月13日，区政府就《政府工作报告(征求意见稿)》向区政协征求意见建议。', ['协商议政 政府工作报告(征求意见稿)']],
    // a subject named as a hot topic (这一热点话题) before 常委会会议协商; a subject taken as the way in (切入点)
    ['又进一步聚焦“人工智能”这一热点话题开展常委会会议协商。', ['常委会议协商 人工智能']],
    ['并以“未来产业”作为具体切入点，组织委员开展深入调研。', ['专题调研 未来产业']],
    // 交流和讨论 after a list, like 交流讨论
    ['与会人员围绕河道清淤及砂石处置工作进行深入交流和讨论。', ['协商议政 河道清淤', '协商议政 砂石处置工作']],
    // 专题资政 after its verb; supervision with a manner (精准监督) closes a list; 重点提案办理 alone is the activity
    ['区政协召开常委会，围绕“推进乡村产业发展工作”和重点提案办理开展专题资政和协商。', ['专题资政会 推进乡村产业发展工作']],
    ['聚焦老旧小区改造、银发助餐服务、校园食品安全等民生热点精准监督。', ['民主监督 老旧小区改造', '民主监督 银发助餐服务', '民主监督 校园食品安全']],
    // a count of proposals closing a list taken as key proposals (《A》《B》等6件提案列为…重点提案) is no part of the last title
    ['将《关于利用创新驱动提升产业层次的建议》《关于培育企业家精神的建议》等6件提案列为主席督办重点提案。', ['重点提案督办 利用创新驱动提升产业层次', '重点提案督办 培育企业家精神']],
    // a clause after ；that leaves its subject out, its object naming work by its 情况 (the visit's group named before)
    ['视察组先到某书岩了解历史文化；随后视察某乡农场建设发展情况和某村柑橘产业发展情况；现场听取介绍。', ['视察 某乡农场建设发展情况', '视察 某村柑橘产业发展情况']],
    // 和 inside a place's name (呼和浩特) joins no list
    ['市政协委员围绕加快推进呼和浩特市城市更新开展调研。', ['专题调研 加快推进呼和浩特市城市更新']],
    // who came, by 莅临 a place or 莅 + its one-character name, and 走访调研, before the object of the visit
    ['市政协副主席一行4人莅临我县调研市委政协工作会议精神贯彻落实情况。', ['专题调研 市委政协工作会议精神贯彻落实情况']],
    ['某省政协副主席率考察团一行29人莅腾考察跨境经贸合作区建设情况。', ['考察学习 跨境经贸合作区建设情况']],
    ['2月27日，某市政协主席李某某走访调研市政协委员工作室建设运行情况。', ['专题调研 市政协委员工作室建设运行情况']],
    // a plan's 要 names the topics it plans (a speaker's charge does not: see the rules' table below)
    ['市政协要围绕大力发展战略性新兴产业、加强生态环境保护等工作开展专题调研。', ['专题调研 大力发展战略性新兴产业', '专题调研 加强生态环境保护']],
  ]);
});

describe('not topics, sixteenth round', () => {
  table([
    // an activity word before 的 qualifies a noun (民主监督的重要内容, 课题组成员调研的指标): it closes no list
    ['并针对民主监督的重要内容和主要形式、完善民主监督的知情渠道和反馈机制等方面提出了明确要求。', []],
    // what the proposers wrote about is the proposals' subjects, like 提案紧紧围绕
    ['着眼“百千万工程”，提案者围绕农村产业培育、镇村风貌提升、农产品营销与品牌保护等建言献策。', []],
  ]);
});

describe('shapes met in public 政协 pages, seventeenth round', () => {
  table([
    // 学习考察 is 考察学习 the other way round; 等地 closes the places gone to before a bare 考察 of one piece of work
    ['6月26日，某市政协副主席一行来我市学习考察委员工作室建设以及政协助力高质量发展等工作。', ['考察学习 委员工作室建设', '考察学习 政协助力高质量发展']],
    ['随后考察组深入到某老街等地考察文旅产业融合发展工作。', ['考察学习 文旅产业融合发展工作']],
    // a 考察 named by its manner after its verb (交流考察, 专题考察), or 参观考察 after the 情况 its list closes on, ends a lead's frame
    ['5月16日，某区政协主席带领考察组来到我区，就文旅融合、城市建设和政协工作进行交流考察。', ['考察学习 文旅融合', '考察学习 城市建设', '考察学习 政协工作']],
    ['委员们分三组，对生态、教育、滇池保护等方面的情况参观考察。', ['考察学习 生态', '考察学习 教育', '考察学习 滇池保护']],
    // a consultation on the spot (开展现场协商) and one that supervises (监督式协商) end a lead's frame
    ['市政协副主席赴某区督办重点提案，围绕《关于整治某巷电动车乱停放问题的提案》、《关于规范某医院入院巷道非机动车停放的提案》开展现场协商。', ['协商议政 整治某巷电动车乱停放问题', '协商议政 规范某医院入院巷道非机动车停放']],
    ['围绕“推进三北工程建设，加强荒漠化综合防治”课题开展三级政协专题监督式协商。', ['民主监督 推进三北工程建设，加强荒漠化综合防治']],
    // a report's draft put to a meeting by 协商讨论了, known by its (讨论稿) as by its (征求意见稿); a session's own papers stay out
    ['会议协商讨论了区政府工作报告(讨论稿)。', ['协商议政 区政府工作报告']],
    ['会议协商讨论了政协某市第十届委员会第五次会议选举办法(草案)。', []],
    // themes chosen (确定了“A”、“B”等主题) for the choice the sentence names before them (界别协商选题); a chosen list ending at 为…议题
    ['会议就界别协商选题进行了讨论，最后确定了“化危机为契机  重塑民间金融信用”、“大力发展体育产业”和“培育文化旅游  壮大旅游经济”等主题。', ['界别协商 化危机为契机  重塑民间金融信用', '界别协商 大力发展体育产业', '界别协商 培育文化旅游  壮大旅游经济']],
    ['会议确定了“加快体育产业发展”、“壮大旅游经济”为今年的协商议题。', ['协商议政 加快体育产业发展', '协商议政 壮大旅游经济']],
    ['会议协商通过2017年政协调研课题，协商确定政协某县第十三届第三次会议大会发言主题。', []],
    // 视察协商 is a 视察 that consults on the spot; 进行了现场协商督办 ends a lead's frame; a leader's second verb after 及
    ['9月20日，某县政协主席率队视察协商充电桩布局建设情况。', ['视察 充电桩布局建设情况']],
    ['与会人员就《关于建设某大桥互通式立交的建议》《关于加强市政道路建设的建议》等4件提案进行了现场协商督办。', ['协商议政 建设某大桥互通式立交', '协商议政 加强市政道路建设']],
    ['何某率队走访市政协某活动组委员及调研乡村振兴工作。', ['专题调研 乡村振兴工作']],
    // 作为 ends a list after any lead (筛选了…作为“月度协商”内容); a count of issues is no topic
    ['年初，县政协主席会议筛选了农村饮水安全、城区停车难等议题作为“月度协商”内容。', ['协商议事 农村饮水安全', '协商议事 城区停车难']],
    ['年初，县政协主席会议筛选了12个议题作为“月度协商”内容，在集体征求意见后印发。', []],
    // the advice itself listed after 提出了 and closed by 等意见建议; 参考性 among the advice's qualifiers
    ['座谈会上，委员们纷纷发言，就某县城综合治理、某湿地保护治理工作提出了加快基础设施建设、规范车辆停放秩序等意见建议。', ['协商议政 某县城综合治理', '协商议政 某湿地保护治理工作']],
    ['会上，5位委员分别就深化农村改革、人参产业发展等方面提出了具有前瞻性和参考性的意见建议。', ['协商议政 深化农村改革', '协商议政 人参产业发展']],
    // a standing committee's meeting held to consult (议政性常委会会议), named by its quoted topic
    ['其中“挖掘潜能、整合资源，推动我区产业集群提质升级”议政性常委会会议是重点。', ['常委会议协商 挖掘潜能、整合资源，推动我区产业集群提质升级']],
    // 表达了意见和建议 as 发表了意见和建议, also after a list set apart by commas
    ['委员以及部分市民代表分别就加强港口资源整合，提升港口承载能力等问题表达了意见和建议。', ['协商议政 加强港口资源整合', '协商议政 提升港口承载能力']],
  ]);
});

describe('not topics for the rules, sixteenth round (the tagger may still read the sentence)', () => {
  const rules = (source: string) =>
    extractTopics(createDocument({ path: 't.txt', file: 't.txt', format: 'txt', encoding: 'utf-8', source }), undefined, null).map((t) => `${t.activity} ${t.topic}`);
  it.each([
    // a speaker's charge (…强调，要…围绕A、B等工作，…深入调研) names no topic put to an activity
    ['李某强调，要聚焦市委中心工作，围绕我市大力发展战略性新兴产业、加强生态环境保护等工作，精准选题、深入调研。'],
    ['会议要求，要围绕垃圾分类、医保扶贫等工作深入调研。'],
  ])('%s', (source) => expect(rules(source)).toEqual([]));
});

describe('not topics, thirteenth round: what the definition leaves out', () => {
  table([
    // 社情民意 work and information; the activity's own doings; offices put under supervision; departments; scale
    ['市政协委员到某镇就反映社情民意信息工作开展督导调研。', []],
    ['参会人员分别就视察的所见所闻进行了交流发言。', []],
    ['对部门工作开展民主监督，是政协履行职能的重要工作。', []],
    ['区政协近日组织全体委员开展了大规模的年终视察活动。', []],
    // a manner of inspection; a count of proposals with who chose them; problems that may come; pointers and manners
    ['县政协开展全县政协联络处交叉视察活动。', []],
    ['委员们就市领导确定的三个重点提案进行协商座谈。', []],
    ['将相关的实施及后续工作中可能遇到的问题作为调研重点。', []],
    ['双方就如何高质量开展调研视察进行深入探讨。', []],
    // a review method; who acts and the verb inside the span; what orients the work
    ['县政协组织委员开展重点提案办理“回头看”视察活动。', []],
    // a count of people, a piece ending on its verb, the public concerns and decisions as such
    ['区政协组织20多名委员深入全区多个镇街、部门进行了专题调研。', []],
    ['委员们围绕重大决策、人民群众关注关心的问题开展专题调研。', []],
    // 政协组织 is a noun: its 建设 is a subject
    ['省政协调研组就基层政协组织建设开展专题调研。', ['专题调研 基层政协组织建设']],
    ['市政协组织部分委员，紧扣“口岸强州”战略定位和高质量发展要求，开展年度视察。', []],
    ['要围绕镇域经济发展关键领域持续调研协商，提高建言靶向性。', []],
    // a members' studio visited; growth as such
    ['市政协副主席李某一行调研某区媒体委员工作室。', []],
    ['委员们围绕推进经济发展建言献策。', []],
    // a list item of 社情民意 goes, the others stay; a lead word after 组织 leaves the list to its frame
    ['旗政协组织委员围绕协商民主向基层延伸、社情民意信息、提案办理等内容进行考察学习。', ['考察学习 协商民主向基层延伸', '考察学习 提案办理']],
    ['旗政协组织委员围绕协商民主向基层延伸、集体经济发展等内容进行考察学习。', ['考察学习 协商民主向基层延伸', '考察学习 集体经济发展']],
  ]);
});

describe('not topics, eleventh round: pieces of a sentence cut at the wrong place', () => {
  table([
    // a session's name and a word of form before a meeting are not what it was about
    ['区政协召开九届十二次专题协商座谈会，围绕“做强县域经济”协商建言。', ['协商议政 做强县域经济']],
    ['县政协召开月度专题协商会，聚焦“发展夜间经济”建言献策。', ['协商议政 发展夜间经济']],
    // a manner of working in a list of subjects
    ['委员们聚焦老旧小区加装电梯、维修、使用等民生关切事项，开展实地走访调研。', ['专题调研 老旧小区加装电梯', '专题调研 维修']],
    // a pointer back
    ['去年，市政协围绕这项工作开展了一系列协商议政活动。', []],
    ['市政协围绕此项内容开展专题视察。', []],
    // a verb with fields' bare names sharing one head: one topic (it was read only in part before the fourteenth round)
    ['县政协召开联组会议，委员们围绕加快教育、文化、体育事业发展建言献策。', ['协商议政 加快教育、文化、体育事业发展']],
    // counts of proposals, the orientation of all work, bodies and halls visited
    ['县政协对18件重点提案进行督办。', []],
    ['委员们围绕高质量发展建言献策。', []],
    ['努力为建设团结富裕文明和谐美丽的社会主义现代化新城建言献策。', []],
    ['为奋力谱写中国式现代化新篇章建言献策。', []],
    ['共同为党和政府建言献策。', []],
    ['市政协主要对全市宗教工作、高中教育工作及市书画艺术馆等进行调研视察。', ['调研视察 全市宗教工作', '调研视察 高中教育工作']],
    // the rhythm of a meeting after its quoted topic
    ['省政协召开“推进城乡儿童友好型社区建设”月度专题协商会。', ['专题协商会 推进城乡儿童友好型社区建设']],
    // what members report of their own duties
    ['会上，委员们围绕加强学习、履行委员职责、反映社情民意等方面的情况，进行了述职交流，并对今后的政协工作提出了建议。', []],
  ]);
});

describe('not topics, tenth round', () => {
  table([
    // research on the ground in general (在 + a manner, 此次); a group, a report, a place after the verb
    ['在深入调研基础上形成报告。', []],
    ['在此次调研中，委员们发现了问题。', []],
    ['带队考察了县工业园区。', []],
    ['县政协主席带队考察学习组一行返回。', []],
    // 来 + a province's name that is a word of its own (来京 is 北京, 来新 is not a province here)
    ['委员们来新建成的社区调研。', []],
    // a leader's visit praised, after any place's one-character name (来广, 来梅)
    ['去年4月总理来广视察对我市工作给予肯定。', []],
    ['省主要领导来梅调研给予悉心指导。', []],
    // the departments consulted with; issues of every kind; a leader's visit named for what was said on it
    ['提案者就提案建议与相关部门进行充分协商。', []],
    ['组织委员就各种焦点话题展开协商。', []],
    ['坚决贯彻总书记来川视察系列重要指示精神。', []],
    // a bare 考察 of the sites visited; 考察了 narrates the sites, even with 情况
    ['副主席一行考察某水库工程。', []],
    ['实地考察了林下养殖和中药材种植基地建设情况。', []],
    // a meeting word alone is no meeting before 聚焦; the stages of a process are no topic
    ['会议聚焦中心工作。', []],
    ['常委会议聚焦“积极提案、精准立案、务实办案、强化督案”四个关键环节。', []],
  ]);
});

describe('not topics, ninth round', () => {
  table([
    // the 赴 of 全力以赴; a narrated result after 考察学习; vague or generic issues
    ['全力以赴落实省委领导调研讲话要求。', []],
    ['此次到杭锦后旗考察学习开阔了眼界、找到了差距。', []],
    ['选取一些有意义的选题共同调研。', []],
    ['围绕我省经济社会发展重大战略问题开展政治协商。', []],
    ['聚焦大事要事组织开展政治协商。', []],
    // units in general; places named as the sites of a visit; a department's inspection
    ['年内民主评议部门工作。', []],
    // members (…会议上委员) are who; a scale (跨区域) is how; a photo's caption; 组织好 is how
    ['二是就全会上委员提出的意见建议进行协商。', []],
    ['三省政协负责人相聚綦江开展跨区域专题协商。', []],
    ['委员视察种兔养殖车间 县政协供图', []],
    ['切实组织好自治区政协重点协商活动。', []],
    // factories and groups visited; an activity and its count
    ['组织政协委员对县木器厂、皮鞋厂、石化集团等进行视察。', []],
    ['全年开展调研162次、协商活动70余次。', []],
    // people's worries in general, a review's stages, what was named before (以上, 上述), a liaison group
    ['委员小组围绕群众操心事烦心事揪心事开展协商议事。', []],
    ['评议按组织动员、问题查找、集中整改、民主评议等5个阶段实施。', []],
    ['对以上三家单位的提案办理工作进行民主评议。', []],
    ['县政协就组织县直机关第二联络组开展关于城区饮水安全调研视察活动。', ['调研视察 城区饮水安全']],
    // a noun that is itself an item of a list of kinds of work
    ['开展“委员进界别群众”系列活动、“君山有约”服务活动、视察调研活动。', []],
    // a session's proposals' subjects (rules and tagger alike); a list named as the orientation of all work; a meeting
    // noun inside a quoted name; a page's breadcrumb after 调研
    ['这些提案紧紧围绕实施“十三五”规划、供给侧结构性改革、建设创新型云南、精准脱贫、污染防治等建言献策。', []],
    ['围绕推动经济稳进提质、强化科技创新、山区县赶超发展等中心工作，积极开展调研协商。', []],
    ['市政协扎实开展“民生专题协商议事月活动”。', []],
    ['副主席到嘉兴调研_委员工作委员会_专委会工作动态', []],
    // places counted at a list's end; orientation triads; what follows up; a forum's or format's name; a year's 政协; roles
    ['对天津、浙江、山东、湖北、广东、陕西六省市进行书面调研。', []],
    ['围绕党政所想、发展所需、群众所盼建言献策。', []],
    ['对落实情况进行协商督促，并对整改成效跟踪监督。', []],
    ['区政协在京华议事厅召开专题协商会。', []],
    ['围绕推进中国式现代化积极建言献策。', []],
    ['与企业负责人开展协商。', []],
    ['多名委员围绕会议主题从不同角度建言资政。', []],
    ['选择党委重视、群众关注的热点问题开展专项民主监督。', []],
    // a field's bare name; a series of sessions is no topic, the list before it is
    ['围绕政治、文化等方面积极建言献策。', []],
    ['围绕预防青少年犯罪等开展了一系列微协商活动。', ['协商议政 预防青少年犯罪']],
    // two activities' names run together; a place's brand of 有事好商量
    ['要把网络议政远程协商作为建言资政的重要载体。', []],
    ['围绕“渝事好商量”开展协商。', []],
    ['视察组对甲镇乙社区、丙村等点位进行了实地视察。', []],
    ['创建文化生态保护区申报工作通过国家文旅部实地考察。', []],
    // 围绕's list does not run on into a 就 list set apart by commas
    ['会议围绕政府工作报告，就优化营商环境，建设诚信政府等问题发表见解。', ['协商议政 优化营商环境', '协商议政 建设诚信政府']],
  ]);
});

describe('not topics, seventh round', () => {
  table([
    // who went (调研组), not what about; an office and a name
    ['市政协调研组到北辰调研，听取情况汇报。', []],
    ['与会同志围绕市委书记陈某某调研某区讲话精神作了交流发言。', []],
    // 加大民主监督力度 is no supervision done
    ['是市政协围绕科学发展加大民主监督力度的一年。', []],
    // counts of activities, the name of a way of consulting, a place's construction as a whole
    ['组织了5项重点调研、5项重点视察、1项民主评议。', []],
    ['在某街道“有事商量着办”协商活动现场。', []],
    ['为柳州经济社会建设建言献策。', []],
    ['围绕全区中心工作实现精准建言。', []],
    // a comma ends an unquoted list when no 等 and verb close it in the sentence
    ['重点就党风廉政建设，推进依法治省工作。', []],
    // a place visited stays a place
    ['视察了某某生态农场。', []],
    // an activity's time and turn, a standing committee's meeting, the difficulties met, a count of proposals
    ['县政协开展今年第一次重点项目视察。', []],
    ['区政协开展2021年度年终集中视察。', []],
    ['围绕生态安全召开常委会会议专题协商议政。', ['专题协商会 生态安全']],
    ['详细了解有关项目存在的困难和问题，开展调研。', []],
    ['委员视察了某某幼儿园、某某养老服务中心。', []],
    ['会议协商讨论了《视察报告》，会议议题：审议通过关于某事的报告；听取情况通报。', []],
    // a plan's name is no topic (its quoted subject is), and a modifier cut from its noun
    ['会议审议了开展“某某推进落实情况”联动民主监督总体方案、“某某建设情况”委员联合视察工作方案等。', ['民主监督 某某推进落实情况', '视察 某某建设情况']],
    ['在深入开展“6+4”重大课题调研的基础上，编制了规划。', []],
    // 关于…的建议案 inside 「」 quotes is read as quoted, not as a bare title
    ['其中，「关于优化提升『一江两岸』景观带建设」、「关于缩短审批时间的建议案」等提案受到肯定。', []],
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
    ['开展执法检查和民主监督。', []],
    ['委员们围绕全国政协、政治协商制度等畅所欲言，进行了交流发言。', []],
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

describe('shapes met in public 政协 pages, eighteenth round', () => {
  table([
    // a list 就 closes as issues (等问题，), then who it was taken up with, then the activity: one clause on
    ['委员们就技术人才培育、住房保障政策、路灯维护机制等问题，与现场负责人进行深度交流探讨，提出具有针对性的意见建议。', ['协商议政 技术人才培育', '协商议政 住房保障政策', '协商议政 路灯维护机制']],
    // …not two clauses on, nor after a list closed by 等 alone
    ['委员们就技术人才培育、住房保障政策等问题，与现场负责人交流，参观了展厅，提出意见建议。', []],
    ['委员们就技术人才培育、住房保障政策等，与现场负责人交流，提出意见建议。', []],
    // the sessions of one name (十届一、二次会议) are not a list; which proposals a session chose, counted, name none
    ['委员们还对市政协十届一、二次会议重点提案《关于加强某历史文化街区的保护与利用的提案》的办理情况进行了视察。', ['视察 加强某历史文化街区的保护与利用', '重点提案督办 加强某历史文化街区的保护与利用']],
    ['县政协提案协商促办组对县政协十二届二次全体会议确定的5件重点提案和10件提案进行实地调研和协商促办。', []],
    // an adverb between the list and its verb (逐一提出) is not part of the list
    ['坚持切口小、靶向准，针对问题逐一提出意见建议。', []],
    ['针对城区停车难、老旧小区改造逐一提出意见建议。', ['协商议政 城区停车难', '协商议政 老旧小区改造']],
    // a theme named before a standing committee's meeting called on it (a bare 常委会议 is no activity of its own)
    ['市政协围绕建设和谐社会，以“合力推进我市和谐社区建设”为议题召开市政协十届十二次常委会议。', ['常委会议协商 合力推进我市和谐社区建设']],
    ['市政协召开十届十二次常委会议。', []],
    // a proposal's title named as a key proposal before it (重点提案《…》, 286号提案《…》, “一号提案”《…》)
    ['某区政协重点提案《关于拆除滨江路某景区2号门段人行道处绿化带的建议》得到市相关部门的落实。', ['重点提案督办 拆除滨江路某景区2号门段人行道处绿化带']],
    ['三件重点提案有286号提案《关于提升我市电子商务发展水平的建议》、287号提案《关于加强我市湿地保护与利用的建议》。', ['重点提案督办 提升我市电子商务发展水平', '重点提案督办 加强我市湿地保护与利用']],
    ['五是“一号提案”《关于加快某景区建设的建议》办理成效显著。', ['重点提案督办 加快某景区建设']],
    // …not a proposal named by no such word (a member's own, filed at a session)
    ['某委员在提案《关于推进全域土地综合整治的建议》中提出：开展全域土地综合整治。', []],
    // who goes (市政协主席集体, 课题组成员) and a set phrase (做好…后半篇文章) are no subjects; a proposal's number before its 关于 is which one
    ['紧扣“国家食品安全示范城市创建”开展市政协主席集体监督性视察活动。', ['民主监督 国家食品安全示范城市创建']],
    ['对各民主党派和课题组成员深入调研、提出的意见建议给予肯定。', []],
    ['区委、区政府将以问题为导向，做好专题调研“后半篇文章”。', []],
    ['与会人员来到某公司，对5号关于树立品牌意识的提案、55号关于改善县域道路状况的提案进行视察。', ['视察 树立品牌意识', '视察 改善县域道路状况']],
    // a list after 围绕, then a clause that opens on the activity held (as one subject already was); not a campaign's 大调研
    ['某区政协组成3个专项民主监督小组，重点围绕服务楼宇经济营商环境建设、黑臭水体治理工作，开展专项民主监督。', ['民主监督 服务楼宇经济营商环境建设', '民主监督 黑臭水体治理工作']],
    ['聚焦服务企业、服务群众、服务基层，深入开展“大学习大调研大抓落实”活动。', []],
    // 参观 before 考察, and the place a visit is at before a comma (在某县、某市，调研…)
    ['9月24日，某市政协主席率某市政协考察团莅余，参观考察我市城镇化建设和文化旅游产业发展情况。', ['考察学习 我市城镇化建设', '考察学习 文化旅游产业发展情况']],
    ['12月18日至20日，省政协主席在某县和某市，调研流域综合治理、产业转型升级、生态环境保护，强调深入学习。', ['专题调研 流域综合治理', '专题调研 产业转型升级', '专题调研 生态环境保护']],
    // a standing committee's resolution named without 《》 (关于X的常委会议建议案), as one named 关于X的建议案
    ['2017年9月，某市政协出炉了关于大力提升职业教育质量助推制造业转型升级的常委会议建议案。', ['常委会议协商 大力提升职业教育质量助推制造业转型升级']],
    // any place after 前往 / 来到 before the verb (a hospital, a park); 工作室 after the verb is its object's start, not 考察工作
    ['12月12日，市政协副主席带领界别委员，前往某大学附属中山医院视察我市医联体建设情况。', ['视察 我市医联体建设情况']],
    ['一行首先来到某社区万红政协委员工作室，考察工作室建设情况。', ['考察学习 工作室建设情况']],
    // places closed by 等乡镇 / 等地 right before the verb, at a line's start; 计划生育 is no 计划 of the visit
    ['城关、陆圈、菜园集等乡镇视察计划生育工作。', ['视察 计划生育工作']],
    // an object that starts with 中 (中小企业, 中等职业教育) is no 调研中 (during the visit); 中等 is a word, not a list's 等
    ['市政协主席到某县调研中小企业发展情况。', ['专题调研 中小企业发展情况']],
    ['5月16日，泰安市政协到肥城市调研中等职业教育工作。', ['专题调研 中等职业教育工作']],
    ['市政协主席到某县调研中，强调要抓好落实。', []],
    // 考察了 one state known by its 情况 (not a site's: 基地, 园区 …); a bare 考察 of one piece of work after a comma
    ['在某市民中心，某某实地考察了某镇政协委员联络站建设情况。', ['考察学习 某镇政协委员联络站建设情况']],
    ['实地考察了林麝养殖和苦参种植基地建设情况。', []],
    ['省政协主席率团赴吉安，考察文化旅游和电子信息产业发展。', ['考察学习 文化旅游', '考察学习 电子信息产业发展']],
    ['随后一行还来到市中医院在建项目，考察医疗基础设施建设。', ['考察学习 医疗基础设施建设']],
    ['随后一行还来到市中医院在建项目，考察某某公园。', []],
  ]);
});

describe('shapes met in public 政协 pages, nineteenth round', () => {
  table([
    // the verb before a bare 协商 / 监督 may carry 了 (进行了协商), as 开展了现场协商 already could
    ['委员们就大学生就业创业、老旧小区改造等问题进行了协商。', ['协商议政 大学生就业创业', '协商议政 老旧小区改造']],
    ['围绕城区停车难问题开展了监督。', ['民主监督 城区停车难问题']],
    // a session of a place's forum (民生议事堂) named after its theme
    ['县政协开展以“全力推进河道清淤”为主题的民生议事堂活动。', ['协商议事 全力推进河道清淤']],
    // a research group named by its quoted topic (课题调研组, as 课题组 and 调研组)
    ['县政协组建关于“加快推进中医药产业链建设”课题调研组，走进田间地头。', ['专题调研 加快推进中医药产业链建设']],
    // 重点 before a verb with 了 is an adverb (重点视察了X情况), not the noun of 3项重点视察
    ['视察组重点视察了中药材产业发展情况。', ['视察 中药材产业发展情况']],
    // a list of industries looked at, closed by 等…产业发展情况: each item, however short
    ['视察组视察了中药材、干果、食用菌、特色养殖等产业发展情况。', ['视察 中药材', '视察 干果', '视察 食用菌', '视察 特色养殖']],
    // a courtyard meeting of residents (院坝议事会) named by its subject
    ['某区政协召开同心共建现代化某城暨老旧小区改造院坝议事会', ['协商议事 老旧小区改造']],
    // who joins in and how (三级政协联动专项集体) between a quoted name and its activity
    ['省政协来某镇开展“加快乡村振兴示范省建设”三级政协联动专项集体民主监督活动', ['民主监督 加快乡村振兴示范省建设']],
    // 建言 with its object after the committee, its members or its meeting (a headline's wording); not 建言献策, 建言生成机制
    ['住某市省政协委员建言沿江经济带建设', ['协商议政 沿江经济带建设']],
    ['省政协召开协商座谈会建言深化甘青合作推进兰西城市群建设 某某出席并讲话', ['协商议政 深化甘青合作推进兰西城市群建设']],
    ['将健全委员建言生成机制作为关键抓手，让委员建言更有民生温度。', []],
    // the clause that opens on the activity held may open on a manner (扎实, 认真, 广泛) before its verb
    ['围绕抓好农业生产，扎实开展专题视察，并组织委员座谈。', ['视察 抓好农业生产']],
    // one subject named with its class noun right before the verb or the activity (X议题协商议政); not a class described
    // (年初确定的课题) nor a way of consulting (院坝协商议题)
    ['常委会围绕巩固提升脱贫攻坚成果议题协商议政。', ['协商议政 巩固提升脱贫攻坚成果']],
    ['围绕巩固提升脱贫攻坚成果议题开展协商议政。', ['协商议政 巩固提升脱贫攻坚成果']],
    ['围绕年初确定的课题深入调研。', []],
    ['某工作室到某社区就院坝协商议题开展商前调研。', []],
    // a list of two joined by 和, closed by 等工作, after a bare 考察 in a clause of its own
    ['在某市省政协委员一行来某区，考察城乡统筹建设和产业创新发展等工作。', ['考察学习 城乡统筹建设', '考察学习 产业创新发展']],
    // a 建议案 written without 《》 whose title holds a quoted name; one named before its 办理 without 的; not a session's span
    ['会议审议通过了市政协关于推进“一城三区、一区多园”建设的建议案。', ['常委会议协商 推进“一城三区、一区多园”建设']],
    ['听取关于某区大气污染防治建议案办理情况、关于创新职业教育发展建议案办理情况的汇报。', ['常委会议协商 某区大气污染防治', '常委会议协商 创新职业教育发展']],
    ['审议通过了市政府关于市政协十六届二次会议以来(2022-2025年)建议案办理工作报告的决议。', []],
    // when and who before a 的 (今年在宁波举行的…, 今年市政协经科委的…) are no subject
    ['两市政协就今年在宁波举行的专题协商活动方案进行了对接。', []],
    // 相关工作 after a subject of its own (four characters or more) names that work; alone or after a verb (做好相关工作) it is none
    ['组织市政协委员集中视察我市践行绿色发展相关工作，必将进一步凝心聚力。', ['视察 我市践行绿色发展相关工作']],
    ['县政协组织委员视察相关工作。', []],
    // 视察工作 ending its clause, as 调研工作 does; 交流座谈 after its verb, as 座谈
    ['率领部分市政协委员，开展某主城区老旧小区改造视察工作。', ['视察 某主城区老旧小区改造']],
    ['调研组成员与民政局等相关部门就促进养老服务体系健康发展进行交流座谈。', ['协商座谈会 促进养老服务体系健康发展']],
    // a park or base to be built, its verb inside the phrase (连云港建设空港产业园); 就连云港 is no 就连 (even)
    ['会议通过了人事事项，并就“连云港建设空港产业园”开展协商议政。', ['协商议政 连云港建设空港产业园']],
    ['就连云港港口建设开展协商议政。', ['协商议政 连云港港口建设']],
    // who came (某区政协一行来某地考察), what the work yielded (形成的真知灼见), bare words of means or aim (举措, 提升水平)
    ['某市政协对某区政协一行来某地考察调研表示欢迎。', []],
    ['每次视察都形成视察报告，就促进工作、提升水平提出建议。', []],
    ['委员们还就完成脱贫攻坚任务路径、举措等建言献策。', ['协商议政 完成脱贫攻坚任务路径']],
    // villages a visit went to, every item a place (not 美丽乡村, a kind of place a policy builds)
    ['某某带领部分政协常委，对某县的陈村营村、北庄头村和某县的大福村进行了调研。', []],
    ['围绕建设美丽乡村开展调研。', ['专题调研 建设美丽乡村']],
    // a session's own papers put to a meeting as drafts (name lists, agenda, grouping, the decision that calls it)
    ['会议协商讨论了市政协八届一次会议执行主席和主持人建议名单(讨论稿)；协商讨论了市政协八届一次会议议程(讨论稿)、日程(讨论稿)。', []],
    ['协商讨论了《关于召开政协某市第八届委员会第一次会议的决定》(讨论稿)。', []],
    ['对今年市政协经科委的重点调研课题提出了具体的建议。', []],
    // 了解 after the verb of a visit says what it is for (调研了解X情况), not 了 and a word cut (解我市…)
    ['省政协调研组深入基层调研了解我市政协组织建设情况。', ['专题调研 我市政协组织建设情况']],
    // the fields an activity works in after 在, closed by 等方面 right before its verb; 重点 / 集中 / 全程 before 监督
    ['今年，市政协各民主监督小组将在市区公共安全、文化事业、卫生食品安全等方面进行重点监督。', ['民主监督 市区公共安全', '民主监督 文化事业', '民主监督 卫生食品安全']],
    ['今年将在教育、医疗卫生等方面进行改革。', []],
    ['对整个会议期间的会风会纪进行全程监督。', []],
    // the topics an activity held covered, listed after it (视察活动包括A、B等方面工作)
    ['组织的视察活动包括本市产业结构调整、国有企业发展、食品安全等方面工作。', ['视察 本市产业结构调整', '视察 国有企业发展', '视察 食品安全']],
    // 座谈 after its verb (就A、B等工作进行了座谈) holds a talk on its list, as 进行协商 does; not a 座谈会 named
    ['考察组参观了某委员工作室，双方就基层协商、社情民意、委员工作室建设等工作进行了座谈。', ['协商座谈会 基层协商', '协商座谈会 委员工作室建设']],
    ['与会人员就如何做好政协工作进行座谈交流。', []],
    // what 对 / 关于 … 的 names before an activity noun, without them; 视察调研 after 的 is one noun, not 视察 in a list
    ['委员开展对乡村振兴的视察调研活动。', ['调研视察 乡村振兴']],
    ['开展关于农村饮水安全的专题调研。', ['专题调研 农村饮水安全']],
    // …which no rule reads without the verb before it; the tagger does (a visit named by 对…的 says its subject)
    ['通过对乡村振兴的视察调研，让委员深受鼓舞。', ['调研视察 乡村振兴']],
    // 专题协商 as a verb, its object the issues it names (专题协商A、B问题; quoted as one phrase, still a list); not 专题协商等渠道
    ['市政协召开常委会议，专题协商打造产地型市场集群、提升市场集聚区整体竞争力问题。', ['专题协商会 打造产地型市场集群', '专题协商会 提升市场集聚区整体竞争力']],
    ['会议听取了《情况汇报》，专题协商了“打造产地型市场集群、提升市场集聚区整体竞争力”问题。', ['专题协商会 打造产地型市场集群', '专题协商会 提升市场集聚区整体竞争力']],
    ['市政协将通过专题协商等渠道向有关部门及时反馈水务工作中存在的困难和问题。', []],
    // places joined by 和 after 赴 (赴A区、B县和C县调研X)
    ['带领调研组先后赴茌平区、莘县和阳谷县调研乡村产业振兴情况。', ['专题调研 乡村产业振兴情况']],
    // a list looked at after 调研了, closed by its clause's 工作 as by 情况
    ['调研组一行重点调研了社区党建引领、片区改造、智慧社区建设工作，与某指挥部座谈。', ['专题调研 社区党建引领', '专题调研 片区改造', '专题调研 智慧社区建设工作']],
  ]);
});

describe('not topics, nineteenth round', () => {
  table([
    // which session of a kind (今年的首场), a way of holding it (一线协商, 专题跟踪调研), the plan of a visit (调研安排)
    ['全国政协围绕“持续优化营商环境”召开了今年的首场双周协商座谈会。', ['双周协商座谈会 持续优化营商环境']],
    ['两级政协委员举行一线协商活动。', []],
    ['连续五年持续深入开展专题跟踪调研。', []],
    ['此次将界别协商实地调研安排巫山，是对巫山工作的一种鞭策。', []],
    // the bodies visited, counted (19家…部门); 就 as an adverb before 先后 (already), not a lead word
    ['对19家市级相关部门进行调研，对全市200家民营企业进行了问卷调查。', []],
    ['区政协就先后组织政协委员、各街道服务组以及专家组深入实地开展专题调研。', []],
    // a tier's 政协 and a year are who and when (市政协2019年…协商议题, 市政协调研工作), not what about
    ['就市政协2019年专题议政性常委会议协商议题“加快工业设计城建设”，到北部新区开展实地视察。', ['常委会议协商 加快工业设计城建设']],
    ['会议就如何统筹好2015年市政协调研工作，确保调研实效进行协商座谈。', []],
    // what every committee serves (群众需求, 党委、政府重大方针政策, 决策部署的新情况新问题): its duty, not a subject
    ['县政协坚持服务中心大局，聚焦群众需求，认真开展调研视察、主题协商、民主监督。', []],
    ['切实围绕贯彻落实党委、政府重大方针政策、重要决策部署的新情况新问题，扎实开展民主监督。', []],
    // the committee's own lines of work (团结联谊, 文史资料, 理论研究, 大会发言) and a formula cut short (1225+)
    ['围绕大会发言、团结联谊、文史资料、理论研究等进行协商。', []],
    ['会议围绕“1225+”召开专题协商会。', []],
    // 服务 is a bare second doing of the same thing (设施建设和服务情况: one topic)
    ['视察组视察了基层医疗卫生设施建设和服务情况。', ['视察 基层医疗卫生设施建设和服务情况']],
    // a bare second doing of the same thing (保护和修复工作), as 建设与管理 already was: one topic
    ['市政协开展洱海流域山水林田湖草沙一体化保护和修复工作专题常委会会前调研。', ['常委会议协商 洱海流域山水林田湖草沙一体化保护和修复工作']],
  ]);
});

describe('twentieth round', () => {
  table([
    // 后 before a comma says when (after the visit), and is no part of what was looked at
    ['得知市政协领导要来村里调研饮水安全情况后，村民很高兴。', ['专题调研 饮水安全情况']],
    // 回访 before 视察 is a visit made again, like 走访 before 调研
    ['某区政协回访视察农村饮用水工程建设', ['视察 农村饮用水工程建设']],
    // 听取意见建议 after the subject a meeting was held on
    ['区政协召开议政会 就“全区养老服务规划编制”听取意见建议', ['协商议政 全区养老服务规划编制']],
    // 深入 before the verb is its manner, passed over like 先后 (…，深入调研A和B情况); what comes after a verb such as 掌握 is
    // no object (深入调研掌握真实情况)
    ['市政协副主席率队赴某镇开展联系帮扶工作，深入调研特色产业发展和基础设施建设情况。', ['专题调研 特色产业发展', '专题调研 基础设施建设情况']],
    ['各级干部要深入调研掌握真实情况。', []],
    // 课题 before 的 closes what was researched (调研A及B课题的委员们: who did it follows)
    ['日前，来村里调研竹产业发展及乡村振兴课题的市政协委员们纷纷赞叹。', ['专题调研 竹产业发展', '专题调研 乡村振兴']],
    // a quoted item closed before 以及 is an item of its own, wherever it stands in a list; 与 between two quoted names before
    // one head joins them (“A”与“B”外溢效应: one item)
    ['市政协一行就“古城保护利用”、“大运河整体保护开发利用”以及委员履职管理、培训等方面的工作进行调研。', ['专题调研 古城保护利用', '专题调研 大运河整体保护开发利用', '专题调研 委员履职管理', '专题调研 培训']],
    ['委员们围绕承接“双区”与“两个合作区”外溢效应、加强高新产业发展提出了建议。', ['协商议政 承接“双区”与“两个合作区”外溢效应', '协商议政 加强高新产业发展']],
    // not subjects: a piece whose head was cut (工作的…, 课题的…), which proposals by who chose them (省政协重点提案), 改进措施,
    // 研究方向, the word 商量 quoted as a meeting's name
    ['并针对工作的具体举措等方面提出了意见和建议。', []],
    ['就课题的调研方式方法、研究方向提出意见建议。', []],
    ['省政协副主席率调研组到某市，就省政协重点提案开展督办调研。', []],
    ['座谈会上，大家就改进措施提出意见建议。', []],
    ['市政协农业和农村委员会开展专题“商量”座谈会', []],
    ['就“推动我市旅游业加快发展”重点提案开展督办。', ['重点提案督办 推动我市旅游业加快发展']],
    // supervision by a visit named by its quoted theme (民主监督性调研, 监督性暗访调研; 民主 is no part of the theme), and members'
    // inspection (委员视察) beside it
    ['省政协组织界别委员赴某市，开展“民族团结进步创建成效”委员视察和“宗教活动场所规范化管理”民主监督性调研。', ['视察 民族团结进步创建成效', '民主监督 宗教活动场所规范化管理']],
    ['今年以来，市政协深入开展“安全风险”监督性暗访调研活动。', ['民主监督 安全风险']],
    // a verb with no object (做好, 如何加强), what members care about as such (各自关心), 准备工作
    ['参会委员围绕做好专项民主监督谈了意见和建议。', []],
    ['就如何加强民主监督专门提出要求。', []],
    ['委员们分别围绕各自关心议题开展界别协商。', []],
    // 专题民主监督 named by its subject before it, like 专项民主监督
    ['某区政协召开优化营商环境专题民主监督动员会', ['民主监督 优化营商环境']],
    ['市政协部署开展安全生产专项整治落实情况专题民主监督', ['民主监督 安全生产专项整治落实情况']],
    // the same for 专题监督, 民主监督调研, 监督视察 and 专题民主评议 (民主监督 is the kind, no part of the subject)
    ['县政协开展农村供水专题监督。', ['民主监督 农村供水']],
    ['县政协开展农村供水民主监督调研。', ['民主监督 农村供水']],
    ['县政协开展农村供水监督视察。', ['民主监督 农村供水']],
    ['县政协开展农村供水专题民主评议。', ['民主评议 农村供水']],
    // 集体 before 视察 is how the visit was made, passed over like 先后, so what it looked at follows
    ['县政协主席率副主席、秘书长及办公室负责人，集体视察农村供水情况。', ['视察 农村供水情况']],
    // sectors sitting together to consult (界别联组协商会议), the sectors listed before it are who (资源环境界 too), not topics
    ['市政协全会期间围绕“推进高质量旅游城市建设”主题，举行经济界、资源环境界、教育界界别联组协商会议。', ['界别协商 推进高质量旅游城市建设']],
    // 研讨 after its verb is a discussion; a body's theory research is its own work, not a subject
    ['与会人员围绕永定河治理、城乡一体化等问题进行了研讨。', ['协商议政 永定河治理', '协商议政 城乡一体化']],
    ['会议对2017年县政协理论研究和社情民意信息进行研讨。', []],
    // 聚焦 / 围绕 / 针对 … 的 before a meeting noun name its topic, as 对 / 关于 … 的 do
    ['区政协组织了一场聚焦校园安全的界别协商会。', ['界别协商 校园安全']],
    // 深入研讨 like 深入探讨; 共商共议
    ['与会人员聚焦“黄河流域水资源节约利用”主题深入研讨。', ['协商议政 黄河流域水资源节约利用']],
    ['两地政协聚焦深化区域协作制度机制共商共议。', ['协商议政 深化区域协作制度机制']],
    // a quoted theme before 议政活动, 议事活动, 协商课题; how topics were chosen (“海选”) is none; a quoted campaign's 专项监督 is left
    // out by the rules (governments hold them too), but the tagger reads its name as the topic, as readers do on 政协 pages
    // (four of five such in the page sets AB–CZ)
    ['组织开展“贯彻全会精神，为规划编制建言献策”议政活动。', ['协商议政 贯彻全会精神，为规划编制建言献策']],
    ['开展“丰富夜间经济业态 提高文旅整合水平”议事活动。', ['协商议事 丰富夜间经济业态 提高文旅整合水平']],
    ['会议听取了“构建低空生态发展格局”协商课题开展情况。', ['协商议政 构建低空生态发展格局']],
    ['各界别活动小组“海选”协商课题。', []],
    ['开展“洞庭清波之湘江护源”专项监督。', ['民主监督 洞庭清波之湘江护源']],
    // a year and the word before an activity's noun (its noun cut off), a span of years, a way of working: no subjects
    ['“推进旅游市场一体化建设”是三省一市政协主席联席会议确定的2020年联合调研课题。', ['专题调研 推进旅游市场一体化建设']],
    ['市政协经济委开展五年专项民主监督。', []],
    ['以“问题为导向”的民主监督性调研是重点开展的。', []],
  ]);
});

describe('twenty-first round', () => {
  table([
    // a quoted subject before 协商议题 / 专题协商议题 is the consultation's subject, like 协商课题
    ['委员们围绕“推进养老服务体系建设”专题协商议题展开座谈交流。', ['协商议政 推进养老服务体系建设']],
    // 督办 after its verb, also on the spot (现场督办)
    ['市政协对《关于加快农村物流网点建设的提案》进行现场督办。', ['重点提案督办 加快农村物流网点建设']],
    // 探讨协商 / 协商探讨 after a list 就 opens
    ['与会人员就健全信用体系、优化融资服务进行了探讨协商。', ['协商议政 健全信用体系', '协商议政 优化融资服务']],
    // 来我市 before 调研 says where the visitors came, no part of the subject
    ['省政协调研组围绕推动都市圈联动发展来我市调研。', ['专题调研 推动都市圈联动发展']],
    // 对 after 化 (优化对企服务, 深化对台交流) is inside the item, not a second lead word
    ['就优化对企服务进行协商。', ['协商议政 优化对企服务']],
    // 专题议政常委会议 (议政 without 性) names its topic before it, like 专题议政性常委会议
    ['县政协主席主持召开推进农村改厕专题议政常委会议。', ['常委会议协商 推进农村改厕']],
    // 带案 (with a proposal in hand) and 密集 (one visit after another) before the visit's verb are passed over
    ['市政协带案视察城区停车设施建设工作。', ['视察 城区停车设施建设工作']],
    ['市政协密集调研城区道路畅通工程。', ['专题调研 城区道路畅通工程']],
    // 专项民主监督工作 after a visit's object is the supervision the visit is part of; its subject is the topic
    ['省政协副主席来我县调研改善人居环境专项民主监督工作。', ['专题调研 改善人居环境']],
    // a consultation's brand before · or —— in its quoted name (有事好商量·, 兴有善议·) is the format, the rest its subject;
    // a subject of two characters left after it (民生) is too little to tell
    ['市政协召开“兴有善议·城乡供水一体化”协商议事会。', ['协商议事 城乡供水一体化']],
    ['县政协开展“有事好商量·农村饮水安全”协商议事活动。', ['协商议事 农村饮水安全']],
    ['镇政协工委开展“有事好商量·民生”协商议事活动。', []],
    // 专项 / 专题民主监督 is a standing piece of work named by its subject right before it, also with no verb that holds it
    // (a meeting to push it on, a charge to take it seriously, a visit that oversees it); a clause whose verb or lead word holds
    // the noun is read as before
    ['3月1日，2024年度改善农村人居环境专项民主监督推进会在州府召开。', ['民主监督 改善农村人居环境']],
    ['要高度重视优化营商环境专项民主监督工作；', ['民主监督 优化营商环境']],
    ['县政协主席会议成员督导校园食品安全专题民主监督工作。', ['民主监督 校园食品安全']],
    ['委员们围绕重点工作开展专项民主监督。', []],
    // …and a meeting held on it (…专项民主监督工作会议); a small consultation written in quotes (“微协商”活动)
    ['昨日，市政协召开大气污染防治攻坚专项民主监督工作会议。', ['民主监督 大气污染防治攻坚']],
    ['某镇开展园区基础设施建设“微协商”活动。', ['协商议政 园区基础设施建设']],
    // one subject named as the issue (…议题，), then a clause that takes it up; not a class described or pointed at
    ['围绕提升湖区旅游服务功能议题，市政协监督组赴某区开展调研。', ['专题调研 提升湖区旅游服务功能']],
    ['围绕这一项项议题，市政协监督组赴某区开展调研。', []],
    // advice qualified as 方略性 / 战略性 / 全局性 like 前瞻性
    ['委员们围绕编制“十五五”规划提出方略性建议。', ['协商议政 编制“十五五”规划']],
    // 召开(N次)座谈会 after a list a lead word opens is a talk held on it; where it sat (在…里) is no subject
    ['围绕文化旅游产业发展组织召开11次座谈会。', ['协商座谈会 文化旅游产业发展']],
    ['在某村一个家庭旅馆的别院里召开座谈会。', []],
    // proposals' titles in quotes, listed as key proposals, and titles whose handling is consulted on (…等N件提案进行办理协商)
    ['经主席会议终审，“关于制定柑桔生产销售标准的建议”、“关于加强乡镇幼儿园建设的建议”两件提案被列为重点提案。', ['重点提案督办 制定柑桔生产销售标准', '重点提案督办 加强乡镇幼儿园建设']],
    ['就委员提出的《关于整治城区道路拥堵的提案》、《关于加强校园周边管理的建议》等11件提案进行办理协商。', ['提案办理协商 整治城区道路拥堵', '提案办理协商 加强校园周边管理']],
    // a proposal's quoted title with no key proposal or handling named is no topic (proposals filed at a session are not)
    ['委员们提交了“关于加强乡镇幼儿园建设的建议”等提案。', []],
    // 民主评议 a field's work (…工作), as it reviews a unit's; not work described, nor the review's own place
    ['某区政协民主评议教育工作', ['民主评议 教育工作']],
    ['28日，市政协召开民主评议城市精细化管理工作动员会。', ['民主评议 城市精细化管理工作']],
    ['把民主评议作为一项常态性工作。', []],
    // a body's 专题协商 with its object, as a headline puts it (not the meeting noun 专题协商会)
    ['某市政协专题协商地方戏曲传承发展', ['专题协商会 地方戏曲传承发展']],
    // a quoted subject before 调研报告 / 重点课题调研报告 (as a title in 《》 before it is), and before 提案办理工作协商会
    ['市政协召开“推进以人为本的新型城镇化”重点课题调研报告专题研讨会。', ['专题调研 推进以人为本的新型城镇化']],
    ['会议审议通过了“推动新材料产业集群发展”调研报告。', ['专题调研 推动新材料产业集群发展']],
    ['提案委召开“多层住宅加装电梯”提案办理工作协商会。', ['提案办理协商 多层住宅加装电梯']],
  ]);
});

describe('twenty-second round: supervision named by its subject, ending its clause', () => {
  table([
    // 开展X民主监督(活动) after the verb that holds it, as 开展X调研 is read
    ['县政协开展和美乡村建设民主监督。', ['民主监督 和美乡村建设']],
    ['市政协组织委员开展长江岸线生态复绿工程民主监督活动，', ['民主监督 长江岸线生态复绿工程']],
    // one subject whose 和 sits inside a word (和美乡村), as a bare 调研's is read too
    ['县政协开展和美乡村建设调研。', ['专题调研 和美乡村建设']],
    // not how it is done (…联动专项集体, 联合, 跟踪), nor the supervision a government supports (支持…开展…)
    ['开展三级政协联动专项集体民主监督。', []],
    ['组织开展“跨界”联合调研。', []],
    ['支持民主党派开展脱贫攻坚民主监督，巩固脱贫成效。', []],
    // 视察调研 / 调研视察 as one verb before its object; an object that starts on 和 inside a word (和美乡村)
    ['市政协视察调研和美乡村建设工作', ['调研视察 和美乡村建设工作']],
    ['委员们调研和视察了某项目。', []],
    // 深入到 the places a visit goes to ends the subject a lead word opens, as 赴 and 前往 do
    ['县政协围绕人口出生率下降问题深入到部分医院、幼儿园开展专题调研。', ['专题调研 人口出生率下降问题']],
    // a list closed by a count of 方面 written with 大 (三大方面), as with 个
    ['视察组围绕农村垃圾处理、厕所革命、村容村貌提升三大方面开展民主监督。', ['民主监督 农村垃圾处理', '民主监督 厕所革命', '民主监督 村容村貌提升']],
    // advice given as pointers (建言支招), on a list closed by 等关键环节
    ['县政协紧扣推进脱毒良种繁育、促进产品开发转化等关键环节建言支招。', ['协商议政 推进脱毒良种繁育', '协商议政 促进产品开发转化']],
    // a subject taken as or put into a consultation's issue (…作为 / 列为 / 纳入…协商议题 / 协商计划), also with 议题 after its quote
    ['自治区政协把“优化教育资源配置”议题作为今年重点专题协商议题。', ['协商议政 优化教育资源配置']],
    ['区政协将“高铁新城产业发展”列为常委会年度协商议题。', ['常委会议协商 高铁新城产业发展']],
    ['今年将“深化新疆班学子交往交流交融”议题纳入年度协商计划。', ['协商议政 深化新疆班学子交往交流交融']],
    // a consultation done 务实 (务实协商), as one done 深入 / 广泛 / 充分
    ['委员们围绕校园周边环境综合治理，进行了务实协商。', ['协商议政 校园周边环境综合治理']],
    // advice given as 对策和建议 / 意见和对策, as 对策建议 is
    ['委员们就加快区域职业教育发展提出了对策和建议。', ['协商议政 加快区域职业教育发展']],
    // advice praised as good (很好的, 很多好的) is the advice all the same
    ['委员们围绕健康服务业发展提出了很多好的意见建议。', ['协商议政 健康服务业发展']],
    // a list closed by its count and two class nouns (N个重点区域和领域), before advice qualified three times
    ['围绕深港高校科技合作、推动鹏城实验室建设2个重点区域和领域，提出有前瞻性、有针对性且具有可操作性的对策建议。', ['协商议政 深港高校科技合作', '协商议政 推动鹏城实验室建设']],
  ]);
});

describe('twenty-third round: a visit by a committee or a party, its object after the verb', () => {
  table([
    // a special committee (社法委, 经科委) or the parties (民主党派) as who makes the visit; 联合 before the verb is how, passed over
    ['区政协社法委视察高层建筑消防安全工作', ['视察 高层建筑消防安全工作']],
    ['宿州市政协与民主党派联合调研秸秆综合治理', ['专题调研 秸秆综合治理']],
    // 走进 the place visited, as 深入 / 前往
    ['区政协委员再次走进某街道视察背街小巷治理情况', ['视察 背街小巷治理情况']],
    // a space in a headline ends the object (the rest is a subtitle or a credit), not one inside quotes or after a closing one
    ['市政协调研学前教育普惠发展 满足人民群众对教育的新需求', ['专题调研 学前教育普惠发展']],
    ['省政协来连专题调研“有事好商量” 协商议事工作', ['专题调研 “有事好商量” 协商议事工作']],
    // …so a workshop visited is left as a site (车间), and 视察督办 is one verb with no object of its own
    ['组织委员视察种兔养殖车间 某县政协供图', []],
    ['市政协副主席率经科委视察督办重点提案', []],
    // not a county's or the party's committee (县委, 党委): no 政协 visit
    ['县委调研乡村振兴工作', []],
  ]);
});

describe('twenty-third round: activity forms', () => {
  table([
    // 议政协商, 协商议政 written the other way round
    ['省政协围绕大力发展小龙虾产业、探索优质高效农业发展新模式展开议政协商。', ['协商议政 大力发展小龙虾产业', '协商议政 探索优质高效农业发展新模式']],
    // a discussion held in depth (深入讨论) or as a talk (座谈讨论), after the list a lead word opens
    ['调研组针对品牌赛事培育与引进、体育协会组织建设、健康消费等进行了深入讨论。', ['协商议政 品牌赛事培育与引进', '协商议政 体育协会组织建设', '协商议政 健康消费']],
    ['委员们围绕如何进一步做好养老服务体系建设工作进行了深入座谈讨论。', ['协商议政 如何进一步做好养老服务体系建设工作']],
    // a subject taken as the year's supervision issue (协商式民主监督议题)
    ['市政协再次将“新就业群体权益保障”作为年度协商式民主监督议题，', ['民主监督 新就业群体权益保障']],
    // a small consultation's meeting (小微协商会议), named by its subject
    ['区政协召开儿童青少年近视防控小微协商会议。', ['协商议政 儿童青少年近视防控']],
    // a talk that consults (座谈协商), after the subject a lead word opens
    ['三地政协围绕地下水超采联控联治座谈协商。', ['协商座谈会 地下水超采联控联治']],
    // 协商交流, as 交流协商; a meeting held for a 对口协商 (…对口协商工作座谈会), not one about the work (视察工作座谈会)
    ['委员们围绕“提升智慧城市建设水平”主题，面对面协商交流。', ['协商议政 提升智慧城市建设水平']],
    ['市政协就农村饮水安全召开对口协商工作座谈会。', ['对口协商 农村饮水安全']],
    // a bare second doing of the same thing with a manner before it (…禁烧及综合利用) is no topic of its own
    ['市政协调研我市秸秆禁烧及综合利用工作', ['专题调研 我市秸秆禁烧及综合利用工作']],
    // a bare 考察 of a field's development or an industry (…发展, …产业), as of a piece of work; a research meeting written
    // 调研工作座谈会; a presidium's 专题协商 with its object (主席会议专题协商A), as a body's is read
    ['县政协委员赴开州考察农旅融合发展', ['考察学习 农旅融合发展']],
    ['集美大学省政协委员考察安溪茶叶产业', ['考察学习 安溪茶叶产业']],
    ['市政协召开小区物业管理调研工作座谈会', ['专题调研 小区物业管理']],
    ['重庆市政协主席会议专题协商推动打造长江上游航运中心', ['专题协商会 推动打造长江上游航运中心']],
    // a consultation's brand in quotes is its format, no topic (请你来协商, 榕你来商量, 协商于民); a subject named after it is, and
    // so is a kind of consultation put to research (基层协商)
    ['区政协召开“请你来协商”专题协商会。', []],
    ['市政协开展“榕你来商量”协商活动。', []],
    ['市政协调研“协商于民”政协委员工作站建设情况', ['专题调研 “协商于民”政协委员工作站建设情况']],
    ['县政协围绕基层协商开展专题调研。', ['专题调研 基层协商']],
    // what a visit looked into, set out after a colon (调研的主要内容是：A；B), as a plan's listed issues are; an item is split
    // at 、 only when each piece can stand alone
    ['这次调研的主要内容是：农村饮水安全工程建设的情况；“世界铜都”建设的定位、功能和作用。', ['专题调研 农村饮水安全工程建设的情况', '专题调研 “世界铜都”建设的定位、功能和作用']],
  ]);
});
