/**
 * The closed list of activities a consultation topic can be put to, and the written forms that map to each.
 *
 * ok: `开展专题协商议政` → 专题协商会; `组织视察调研` → 调研视察; `通过…监督性视察` → 民主监督.
 * not an activity: `协商议题`, `专门协商机构`, `主席会议重点协商`, `议政谏言`, `专题授课`.
 */

/**
 * Normalised activities (the `activity` column of topics.csv): one closed vocabulary, in a fixed documented order.
 * Several written forms map to one activity (docs/method/topics.md, "Activities"): 专题协商会 also covers 专题协商 / 专题协商议政;
 * 常委会议协商 covers 专题议政性常委会议 and what a standing-committee meeting consults on; 专题资政会 and 专题议政会
 * cover 资政会 and 议政会; 协商议事 covers 有事来协商 / 有事好商量; 协商议政 is consultation with no named format
 * (协商, 议政建言, 建言献策, 提出意见建议); 专题调研 covers any research on a named topic (调研, 调研报告, 课题);
 * 视察 covers 专题视察, 委员视察, 集体视察; 民主监督 covers 专项/监督性/跟踪 supervision and 监督协商.
 */
export const ACTIVITIES = [
  '专题协商会',
  '常委会议协商',
  '专题资政会',
  '专题议政会',
  '专家协商会',
  '双周协商座谈会',
  '双月协商',
  '协商座谈会',
  '界别协商',
  '对口协商',
  '提案办理协商',
  '重点提案督办',
  '协商议事',
  '网络议政',
  '远程协商',
  '协商议政',
  '专题调研',
  '调研视察',
  '视察',
  '考察学习',
  '民主监督',
  '民主评议',
  '界别活动',
] as const;
export type Activity = (typeof ACTIVITIES)[number];

type Form = readonly [pattern: string, activity: Activity];

/**
 * Nouns that take their topic in front of them: `召开农村饮用水安全专题资政会`, `开展全域旅游专题调研`,
 * `开展对县交通局工作民主评议`, `“优化营商环境”重点提案办理协商会`. More specific forms come first (regex
 * alternation is ordered).
 */
export const MEETING_FORMS: readonly Form[] = [
  ['常委会议?专题协商(?:会议?)?', '常委会议协商'],
  // `召开以增加城乡居民收入为议题的专题常委会`, `召开A专题议政常委会议`.
  ['专题(?:议政性?)?常委会议?(?:会议)?', '常委会议协商'],
  // `“A”议政性常委会会议是重点`: a standing committee's meeting held to consult, named by its topic.
  ['议政性常委会(?:会议)?(?!调研|视察)', '常委会议协商'],
  // `开展了“构建社区协商平台，推进基层协商民主”专题议政性协商`.
  ['专题议政性协商(?:会议?)?', '专题协商会'],
  ['专题资政会议?', '专题资政会'],
  ['资政会', '专题资政会'],
  // 咨政 is how many places write 资政: `召开…咨政协商会议`, `在…咨政会上的讲话`.
  ['咨政(?:协商)?会议?', '专题资政会'],
  ['专题议政会议?', '专题议政会'],
  ['民主议政会', '专题议政会'],
  ['专家协商会', '专家协商会'],
  ['双周协商座谈会', '双周协商座谈会'],
  ['专题协商会议?', '专题协商会'],
  // `围绕A、B等召开专题政治协商会议`: the committee's first function named in the meeting's name.
  ['专题政治协商会议?', '专题协商会'],
  ['专题民主协商会议?', '专题协商会'],
  ['专题协商议政', '专题协商会'],
  ['专题协商', '专题协商会'],
  ['双月协商座谈会', '双月协商'],
  ['双月协商会', '双月协商'],
  ['(?:重点)?提案办理(?:工作)?协商会', '提案办理协商'],
  // Not 重点提案办理情况 (`参加…重点提案办理情况视察活动`): the subject of another activity.
  ['重点提案(?:督办|(?!办理))', '重点提案督办'],
  ['提案督办', '重点提案督办'],
  ['对口协商(?:座谈)?会', '对口协商'],
  ['界别协商(?:座谈)?会', '界别协商'],
  // `围绕“A”主题，举行文化艺术界、…界别联组协商会议`: sectors sitting together to consult, during a session.
  ['界别联组协商(?:会议?)?', '界别协商'],
  ['远程协商会', '远程协商'],
  ['网络议政', '网络议政'],
  ['协商议事会', '协商议事'],
  // `召开老旧小区改造院坝议事会`: a consultation held in a courtyard among residents, named by its subject.
  ['院坝(?:协商)?议事会', '协商议事'],
  ['专题视察调研', '调研视察'],
  ['专题调研视察', '调研视察'],
  ['(?:专题|重点|课题)调研', '专题调研'],
  // `深入开展A、B、C等调查研究`: research named by a list closed by 等 (a bare 调查研究 is a way of working). The 等 is
  // matched, not looked behind at: a form that starts with a lookbehind makes the whole alternation ten times slower.
  ['等调查研究', '专题调研'],
  // `开展居家养老、儿童青少年近视防控等民主监督`: supervision named by a list closed by 等.
  ['等(?:专项)?民主监督', '民主监督'],
  ['(?:专题|专项|集体)视察', '视察'],
  ['(?:调研视察|视察调研)活动', '调研视察'],
  ['(?:考察调研|调研考察)活动', '专题调研'],
  // `开展和美乡村示范片建设政协委员视察活动`: who takes part between the subject and the activity.
  ['(?:政协)?委员视察活动', '视察'],
  // Not a campaign's 大视察活动.
  ['(?<!大)视察活动', '视察'],
  // `召开食用菌产业营商环境调研座谈会`: a research meeting named by its subject (who takes part is an actor, see text.ts).
  ['调研座谈会', '专题调研'],
  // `开展政协委员联络室基础建设调研活动`: research named by its subject before 调研活动, after the verb that holds it; not a
  // campaign's (`服务企业大调研活动`, `“百组”基层调研活动`, `…群众路线调研活动`).
  ['(?<![专重集大]|基层|路线)调研活动', '专题调研'],
  // `召开大气污染防治攻坚专项民主监督工作会议`: a meeting on the supervision, which names the subject all the same (…工作会 is
  // otherwise a modifier, MODIFIES).
  ['(?:专项|专题)民主监督工作(?=会议|推进会|动员会|座谈会|协调会)', '民主监督'],
  ['专项民主监督', '民主监督'],
  // `开展安全生产专项整治落实情况专题民主监督`, `召开优化营商环境专题民主监督动员会`: supervision named by its subject before it.
  ['专题民主监督', '民主监督'],
  ['专题监督(?!性)', '民主监督'],
  // `开展“A”民主监督性调研`, `开展“A”监督性暗访调研活动`, `开展A民主监督调研`, `开展A监督视察`: supervision by a visit, named by its
  // theme (民主 is the kind, no part of the theme).
  ['(?:民主)?监督性?(?:暗访)?(?:视察|调研)', '民主监督'],
  // 民主评议行风/政风/党员 is the government's or the party's own review, with its object after it.
  ['(?:专题)?民主评议(?!行风|政风|党员|机关)', '民主评议'],
  ['考察学习', '考察学习'],
  ['学习考察', '考察学习'],
  ['考察交流', '考察学习'],
  ['(?:民主)?协商(?:议政)?活动', '协商议政'],
  // `开展农村水利需求专题微协商活动`: a small consultation on the spot, named by its subject.
  ['(?:专题)?微协商活动', '协商议政'],
  // `开展产业新城园区基础设施建设“微协商”活动`.
  ['[“「]微协商[”」]活动', '协商议政'],
  ['专题微协商', '协商议政'],
  ['界别活动', '界别活动'],
  // A bare 调研 / 视察 (or 调研工作) ending its clause, its topic between it and the clause's verb: 开展生物多样性保护调研,
  // 组织开展传统古村落保护利用调研工作 (one topic only: see isOneSubject in meetings.ts).
  // Also before 暨 joining a second event in a headline (`开展乡村振兴工作调研暨政协委员之家启用仪式`, `…工作视察暨…活动`).
  ['(?<![专重集])调研(?=[，,。；;：:！!？?\n暨]|$)', '专题调研'],
  ['(?<![专重集])调研工作(?=[，,。；;：:！!？?\n]|$)', '专题调研'],
  ['(?<![专集巡])视察(?=[，,。；;：:！!？?\n暨]|$)', '视察'],
  ['(?<![专集巡])视察工作(?=[，,。；;：:！!？?\n]|$)', '视察'],
  // `开展和美乡村建设民主监督`, `开展农村人居环境整治民主监督活动`: supervision ending its clause, named by its subject.
  ['民主监督(?:活动)?(?=[，,。；;：:！!？?\n暨]|$)', '民主监督'],
  // `召开A小微协商会议`, `开展A小微协商活动`: a small consultation on the spot, named by its subject, as 微协商活动 is. The forms
  // from here on are appended, not written into earlier ones: where a form goes decides what it costs (docs/performance.md).
  ['小微协商(?:活动|会议?)', '协商议政'],
  // `就A召开对口协商工作座谈会`: the meeting held for the consultation (…工作座谈 is otherwise a meeting about the work, MODIFIES).
  ['对口协商工作座谈会', '对口协商'],
  ['界别协商工作座谈会', '界别协商'],
  ['调研工作座谈会', '专题调研'],
];

/**
 * Nouns that take their topic in front of them only when it is quoted right there (`召开“做强烟叶产业”协商座谈会`,
 * `开展了“加强大豆良种推广”的协商调研`): without the quotes, `召开民主党派…协商座谈会` names who takes part.
 */
export const QUOTED_FORMS: readonly Form[] = [
  ['调研座谈会', '专题调研'],
  // `召开“A”重点课题调研报告专题研讨会`, `审议“A”调研报告`: research named by its quoted subject, as a title in 《》 is.
  ['(?:重点)?(?:课题)?(?:调研|调查)报告', '专题调研'],
  // `召开《中共某市委关于A的实施意见》征求意见座谈会`: a draft put to a meeting for views, named by its title.
  ['征求意见座谈会', '协商座谈会'],
  ['协商座谈会', '协商座谈会'],
  ['专题座谈会', '协商座谈会'],
  ['座谈会', '协商座谈会'],
  ['协商调研', '专题调研'],
  ['联合调研', '专题调研'],
  // `开展“A”委员视察和“B”民主监督性调研`: members' inspection, named by its quoted theme.
  ['(?:委员)?联合视察|委员视察', '视察'],
  ['联动(?:民主)?监督', '民主监督'],
  // `“高铁新城产业发展”课题组`, `“A”视察组`: a group named by its topic (unquoted, 省政协调研组 names who).
  ['课题调研组', '专题调研'],
  ['课题组', '专题调研'],
  ['(?:专项|专题)?调研组', '专题调研'],
  ['视察组', '视察'],
  // `“优化15分钟养老服务圈”民生议事堂`: a place's forum for consultation, named by its topic.
  ['(?:民生)?议事(?:堂|厅)', '协商议事'],
  // `开展“A”考察活动`, `开展“A”调研活动`, `参加某市政协“A”协商议事活动`, `开展“A”民主监督调研`, `召开“A”(联合)协商会`, `开展“A”专题考察`:
  // an activity named by its quoted theme.
  ['(?:联合|联动)?协商会', '协商议政'],
  // `组织开展“A”议政活动`, `开展“A”议事活动`, `听取了“A”协商课题开展情况`: an activity named by its quoted theme (not a quoted
  // campaign's 专项监督, which governments hold too: `开展“洞庭清波”专项监督`).
  ['议政活动', '协商议政'],
  ['议事活动', '协商议事'],
  ['协商课题', '协商议政'],
  // `围绕“A”专题协商议题展开座谈交流`: a consultation's subject, set as its quoted theme.
  ['(?:专题)?协商议题', '协商议政'],
  ['专题考察', '考察学习'],
  // `2025年《政府工作报告(征求意见稿)》征求市政协委员意见会`: a draft put to members for their views, named by its title.
  ['征求(?:市|县|区|州|省)?政协(?:委员)?意见(?:座谈)?会', '协商议政'],
  ['考察(?:学习)?活动', '考察学习'],
  ['调研活动', '专题调研'],
  ['协商议事活动', '协商议事'],
  ['(?:民主)?监督调研', '民主监督'],
  // `开展“四好农村路”民主监督`, `开展“A”提案专题督办`; not the supervision a meeting's name holds (`召开“A”民主监督专题协商会`:
  // the meeting's topic).
  ['民主监督(?:活动)?(?!专题|协商|座谈|会|调研)', '民主监督'],
  ['提案专题督办', '重点提案督办'],
  // `召开第三届“A”协商研讨会`, `市政协《A(草案)》立法座谈会`.
  ['协商研讨会', '协商议政'],
  ['立法(?:协商)?座谈会', '协商议政'],
];

/** One of the advice's usual qualifiers (建设性, 有针对性的, 操作性更强), read up to three times between 提出 and what it gives (有前瞻性、有针对性且具有可操作性的). */
const ADVICE_QUALIFIER = '(?:(?:更加|更为|更具)?(?:有|具有)?可?(?:建设性|针对性|可行性|前瞻性|操作性|参考性|指导性|实效性|方略性|战略性|全局性|专业性|创新性|宝贵|有益|中肯|合理化|具体|积极|细致|务实|(?:很|较|非常)?好)(?:更强|更高)?(?:[、，,和]|且|并且)?)?';

/** What a subject is taken as, right before the consultation's issue named: `作为今年…`, `列为…`, `确定为…`. */
const TAKEN_AS = '(?:作为|列为|确定为)(?:今年|明年|全年|本年度|今年的)?';

/**
 * Every form, for frames whose topic list comes first (`围绕A、B等课题开展调研视察`, `就A、B等进行协商`,
 * `围绕A建言献策`). Bare words (调研, 视察, 监督, 协商) are only trusted there, after an explicit topic list;
 * bare 监督 and 协商 only after a verb (`开展监督`, `进行协商`), since alone they are as often nouns.
 */
export const ACTIVITY_FORMS: readonly Form[] = [
  ...MEETING_FORMS,
  // `召开民主党派…协商座谈会` names who takes part, not a topic: 协商座谈会 is trusted only after a list.
  ['协商座谈会', '协商座谈会'],
  // `围绕文化旅游产业发展组织召开11次座谈会`: a talk held on the list before it, its verb right there.
  ['(?<=召开了?|召开了?[0-9０-９一二三四五六七八九十两多][0-9０-９十]?[次场])座谈会', '协商座谈会'],
  // …and `将“A”列为常委会年度协商议题`: the consultation a subject is taken as, named by its issue right after 作为 / 列为 /
  // 确定为 (elsewhere 协商议题 is a noun: `就院坝协商议题开展商前调研`). Written into an existing form, not a form of its own:
  // as a form of its own, at this place in the list, it cost the topic stage about a quarter of its time; where a form goes,
  // more than its size, decides what it costs (docs/performance.md).
  [`常委(?:会|会议|会会议)协商|${TAKEN_AS}常委会?(?:会议)?(?:年度)?(?:重点)?(?:专题)?协商议题`, '常委会议协商'],
  ['双月协商', '双月协商'],
  ['界别协商', '界别协商'],
  ['对口协商', '对口协商'],
  ['提案办理协商', '提案办理协商'],
  // `分别围绕《关于A的提案》《关于B的提案》进行办理协商`.
  ['(?:进行|开展)办理协商', '提案办理协商'],
  // `对市政协1号重点提案《A》进行督办`, `对《关于A的提案》进行现场督办`.
  ['(?<=进行|开展)(?:现场)?督办', '重点提案督办'],
  ['远程协商', '远程协商'],
  // `就“A”开展“阳光协商”活动`, `聚焦A开展“院坝协商”活动`: a place's own name for consultation on the spot, quoted.
  ['[“「](?!微|双月|双周|专题|界别|对口|远程|民主|有事)[\\u4e00-\\u9fff][\\u4e00-\\u9fff]?[\\u4e00-\\u9fff]?[\\u4e00-\\u9fff]?协商[”」]', '协商议事'],
  // `围绕A和B开展“微协商”活动`: a small consultation on the spot, a name many places use.
  ['微协商', '协商议政'],
  ['协商议事', '协商议事'],
  // `开展以“A”为主题的民生议事堂活动`: a session of a place's forum for consultation, after its topic.
  ['议事(?:堂|厅)(?:协商)?活动', '协商议事'],
  ['调研视察', '调研视察'],
  ['视察调研', '调研视察'],
  ['民主监督', '民主监督'],
  ['监督协商', '民主监督'],
  ['专项监督', '民主监督'],
  ['跟踪监督', '民主监督'],
  ['(?<=开展了?|进行了?|实施了?|展开了?)监督', '民主监督'],
  ['(?<=开展了?|进行了?|实施了?|展开了?)(?:重点|集中|全程)监督', '民主监督'],
  // `双方就A、B等工作进行了座谈`, `…进行交流座谈`: a talk held on the list before it (not a 座谈会 named, which QUOTED_FORMS and the lists read).
  ['(?<=进行了?|开展了?)(?:交流)?座谈(?:交流)?(?!会)', '协商座谈会'],
  // Not 视察 inside 巡视察看.
  ['(?<!巡)视察(?!看)', '视察'],
  ['调查研究', '专题调研'],
  ['调研', '专题调研'],
  // …and `把“A”(议题)作为今年重点专题协商议题` (see 常委会协商 above).
  [`协商议政|${TAKEN_AS}(?:主席会议)?(?:年度)?(?:重点)?(?:专题)?协商议题`, '协商议政'],
  ['协商讨论', '协商议政'],
  ['议政建言', '协商议政'],
  ['协商建言', '协商议政'],
  ['专题议政', '协商议政'],
  ['联动协商', '协商议政'],
  // …and `紧扣A、B等关键环节建言支招`: advice given as pointers (支招), written into 建言献策's form (see 常委会协商 above).
  ['建言(?:献策|支招)', '协商议政'],
  ['进言献策', '协商议政'],
  ['出谋划策', '协商议政'],
  ['献计献策', '协商议政'],
  ['出谋献策', '协商议政'],
  ['踊跃发言', '协商议政'],
  ['纷纷发言', '协商议政'],
  ['畅所欲言', '协商议政'],
  ['各抒己见', '协商议政'],
  ['交流发言', '协商议政'],
  ['交流探讨', '协商议政'],
  // `并就A、B、C进行了探讨协商`.
  ['探讨协商|协商探讨', '协商议政'],
  ['深入(?:探讨|研讨)', '协商议政'],
  // `两地政协聚焦A共商共议`: consulting together, by its own words.
  ['共商共议', '协商议政'],
  // `就A、B等进行了实地查看`, `围绕A、B等主题，委员们走访座谈、实地考察`: an inspection on the spot.
  // Not a government department's (…通过国家文旅部实地考察): that is no 政协 activity.
  ['(?<![部局厅])实地(?:查看|察看|考察)', '视察'],
  // `对西平县城市建设进行考察`: 考察 after its verb, what it looked at framed by 对.
  ['(?<=进行|开展)考察(?!学习|交流|调研)', '考察学习'],
  // `就A、B进行交流考察`, `围绕“A”主题…开展专题考察`, `对A、B等方面的情况参观考察`.
  ['(?<=进行|开展)(?:交流|专题|集中)考察(?!学习|交流|调研)', '考察学习'],
  ['(?<=情况)参观考察', '考察学习'],
  // `围绕《A的提案》、《B的提案》开展现场协商`: a consultation on the spot, after its verb.
  ['(?<=开展了?|进行了?)现场协商', '协商议政'],
  // `围绕“A”课题开展专题监督式协商`: a consultation that supervises.
  ['监督[式性]协商(?!报告)', '民主监督'],
  ['探讨交流', '协商议政'],
  // `围绕“A”进行研讨交流`, `围绕A、B等…进行了面对面交流协商`.
  ['研讨交流', '协商议政'],
  // `围绕宏观经济形势召集委员进行研讨`: a discussion after its verb.
  ['(?<=进行了?|开展了?)(?:专题)?研讨(?!会|交流)', '协商议政'],
  ['交流研讨', '协商议政'],
  // `与会人员围绕A进行深入交流和讨论`.
  ['交流(?:和|与)?讨论', '协商议政'],
  ['交流协商', '协商议政'],
  // `围绕A、B等开展恳谈交流`, `就A、B等问题与有关部门负责人互动交流`: an exchange of views on a subject list (not 深入交流 or
  // 座谈交流, which as often narrate a visit's talk with a firm: `与企业负责人就生产经营、技术创新等方面进行深入交流`).
  ['(?:恳谈|互动)交流(?!会|学习|考察)', '协商议政'],
  // `围绕A开展专题政治协商`: the committee's first function named as what a meeting did (not the list of functions,
  // 履行政治协商、民主监督…, which no verb governs).
  ['(?<=开展|进行)专题政治协商', '专题协商会'],
  ['(?<=开展|进行)政治协商', '协商议政'],
  // `围绕“A”开展民主协商`: a consultation named by its kind, after its verb.
  ['(?<=开展|进行)民主协商', '协商议政'],
  ['专题座谈会', '协商座谈会'],
  ['(?<=作为)协商(?=课题)', '协商议政'],
  ['建言(?:出力|献智)', '协商议政'],
  ['(?:发表|表达)(?:了)?(?:意见和建议|意见建议|见解|看法)', '协商议政'],
  // `就“A”听取意见建议`: a meeting held to hear views on a subject (a draft plan, a policy) consults on it.
  ['听取(?:了)?(?:各方|委员|政协委员|各界)?(?:的)?(?:意见和建议|意见建议)', '协商议政'],
  ['重点协商(?=课题)', '协商议政'],
  ['建言资政', '协商议政'],
  // `围绕“A”和重点提案办理开展专题资政和协商`; `聚焦A、B等民生热点精准监督`.
  ['专题资政(?!会)', '专题资政会'],
  ['精准监督', '民主监督'],
  // `围绕A、B等，形成高质量调研报告`: research named by what it produced.
  ['形成(?:了)?(?:一批|多篇|高质量)?的?调研报告', '专题调研'],
  // `围绕A、B等方面工作精准建言`: 建言 with a manner, not 建言献策 (listed above) nor 建言出力.
  ['(?:精准|积极|踊跃|广泛|深入)建言(?!献策|资政|出力|献智)', '协商议政'],
  // `围绕A、B等方面展开协商`: the verb before a bare 协商.
  ['(?<=开展了?|进行了?|实施了?|展开了?)协商', '协商议政'],
  // `围绕“A”广泛协商，凝聚共识`, `…展开充分协商`: a bare 协商 after its manner, with or without the verb before it.
  ['(?:深入|深度|广泛|充分|务实)协商', '协商议政'],
  // `围绕A、B等开展小范围多轮次协商`: a consultation's scale before it.
  ['(?:小范围|多轮次|多层次|跨界别)(?:多轮次|多层次)?协商', '协商议政'],
  // …提出了建设性意见和建议, 提出许多有针对性的意见建议, 提出更加细致、操作性更强的意见建议: the advice's usual qualifiers
  // (up to three) between 提出 and what it gives (意见建议, 对策和建议, 意见和对策).
  [`提出(?:了)?(?:许多|很多|不少|大量|一些|一批)?${ADVICE_QUALIFIER}${ADVICE_QUALIFIER}${ADVICE_QUALIFIER}的?(?:意见建议|意见和建议|对策建议|对策和建议|意见和对策|建议)`, '协商议政'],
  // `将A、B列为月度协商会课题`, `将X列为议政性常委会会议议题`: the consultation a list is put to, named before 课题 / 议题.
  ['(?:月度|季度|年度|专题)?协商会(?:课题|议题)', '协商议政'],
  ['议政性常委会(?:会议)?议题', '常委会议协商'],
  // Appended at the end, not written into earlier forms: where a form goes decides what it costs (docs/performance.md).
  // `围绕A、B展开议政协商` (协商议政 the other way round), `围绕A座谈协商`, `围绕“A”主题面对面协商交流`, `针对A、B等进行了深入讨论`,
  // `围绕A进行了深入座谈讨论`; `将“A”作为年度协商式民主监督议题`: the supervision a subject is taken as.
  ['议政协商', '协商议政'],
  ['座谈协商', '协商座谈会'],
  ['协商交流', '协商议政'],
  ['(?:座谈|深入)讨论', '协商议政'],
  [`${TAKEN_AS}(?:年度)?(?:协商式)?民主监督议题`, '民主监督'],
  // `围绕我市重点项目建设、外商投资环境等咨政建言`: 建言资政 the other way round, 咨政 as many places write 资政.
  ['(?:咨政|资政)建言', '协商议政'],
];

/**
 * What makes an activity word a modifier of a noun, not a mention of an activity done: `协商议题`,
 * `民主监督职能`, `调研报告` (the title rules read reports), `视察工作座谈会`, `协商民主`.
 */
const MODIFIES = '(?!力度|议题|计划|成果|机构|平台|形式|方式|渠道|能力|水平|格局|制度|机制|职能|作用|体系|民主|报告|组|室|员|工作会|工作座谈)';

/**
 * How far around a match's start the pattern of `forms` can read: its lookbehinds before it, the form and
 * `MODIFIES` after it. No form repeats anything (`*`, `+`, `{…}`; only `?`), so no form or lookaround reads
 * more characters than its pattern has. Lets a caller search a window of the text instead of all the rest of it.
 */
export function formsReach(forms: readonly Form[]): number {
  return Math.max(...forms.map(([p]) => p.length)) + MODIFIES.length;
}

/** A global regex matching any of `forms`, in their order. */
export function formsRegex(forms: readonly Form[]): RegExp {
  return new RegExp(`(?:${forms.map(([p]) => `(?:${p})`).join('|')})${MODIFIES}`, 'gu');
}

const anchored = new Map<string, RegExp>();

/** The activity a matched form stands for (the first form that matches the whole string). */
export function activityOf(written: string, forms: readonly Form[]): Activity {
  for (const [pattern, activity] of forms) {
    let whole = anchored.get(pattern);
    // A lookaround looks at the verb before the form or the noun after it, which the written form alone does not hold.
    if (!whole) anchored.set(pattern, (whole = new RegExp(`^(?:${pattern.replace(/\(\?<?[=!][^)]*\)/gu, '')})$`, 'u')));
    if (whole.test(written)) return activity;
  }
  throw new Error(`activityOf: "${written}" is not one of the listed forms`);
}
