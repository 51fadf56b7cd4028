/**
 * Topics written as the object of an activity verb, the way news items put it:
 *
 * ok: `到通山县九宫山镇横石村调研乡村振兴工作` → 专题调研 `乡村振兴工作`; `到九龙坡区政协考察学习基层协商民主工作` → 考察学习;
 *     `市政协副主席王某调研澳门委员工作室试运行情况`; `深入草河掌镇调研指导“协商议事室”建设工作`;
 *     `政协委员视察“河长制”工作` → 视察 `“河长制”工作`;
 *     `会议协商讨论《政府工作报告(征求意见稿)》` → 协商议政 `政府工作报告(征求意见稿)`;
 *     `协商“宁波都市区建设若干问题”等事项` → 协商议政 (协商 alone takes only a quoted object);
 *     `县政协考察组赴某市考察城乡供水一体化建设工作` → 考察学习 (a bare 考察 takes one piece of work, not a site);
 *     `会议协商讨论了市政府工作报告(征求意见稿)` (after 了, only a draft known by its note).
 * not ok: `到通山县调研` (no object), `调研组`, `调研报告`, `视察指导`, `视察了龙岗污水处理厂…` (了 narrates
 *     the places visited, unless 等情况 closes the list: `视察了A建设推进、B改造等情况`, `调研了A、B等情况`), `视察上海时` (a short object is
 *     a place, not a topic).
 */
import type { Activity } from './activities.js';
import type { RawTopic } from './meetings.js';
import { SITE_NAMED, isGenericTopic, isSessionPaper, splitList } from './text.js';

const VERB = /(?:(?<!专题|重点|委员会|巡)|(?<=重点)(?=(?:调研|视察|考察)了))(?:专题(?=调研|视察))?(协商讨论(?:了)?(?=[“「《"])|协商讨论|协商(?=[“「《"])|(?<=政协|会议)专题协商(?![会议座])|调研视察|视察调研|调研(?:指导|督导|考察)?|视察(?:协商)?(?!看)|考察学习|学习考察|考察(?!调研)|(?<=实地|现场)察看)/gu;
/** 来 as going to a place (来吴江考察), not the 来 of a time (近年来, 以来, 从…起来) or of 前来, 回来, 看来. */
const COME_TO = '(?<![年以近未从起后原本看出回过前])来';
/** Places named by their names alone after 到 / 前往 / 在 / 来 (`到留坝调研`, `在河曲调研`, `来吴江考察`, `到六都寨、小沙江调研`), not a manner or a time (在深入调研, 在此次调研; 以来, 近年来). */
const PLACE_NAMED = `(?:到|前往|在|${COME_TO})(?!深入|广泛|大量|认真|充分|全面|系统|扎实|此次|本次|这次|多次|前期|实地|进一步|下一步|调研|视察|考察)\\p{Script=Han}{2,3}(?:、\\p{Script=Han}{2,3})*`;
/**
 * 来 + a province's one-character name or 我县 / 本市: `来皖调研`, `来京考察`, `来我县调研` (not 新, which is as often 新建 …);
 * right before the verb, any place's one-character name (`来济考察`, `来丰考察学习`, `来盐调研`).
 */
const COME = '(?:来|莅)(?:[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔贵滇藏陕甘陇青宁蒙]|[我本][省市县区旗州]|(?<![前起过回出])(?![自到往看])\\p{Script=Han}(?=$))';
/** The place gone to or at, then a comma: `…率部分委员来我县，调研…`, `在黄冈武穴市和黄石阳新县，调研…` (not a time: 到2025年，). */
const GONE_TO = '(?:(?:来|到|赴)(?!今|明|本年|年底|年末|目前|现在|时)\\p{Script=Han}{2,12}|在[^，,。；;：:\\n]{1,20}(?:省|市|州|县|区|旗|镇|乡|村))[，,]';
/** A character of a run of places gone to: not a clause's end, nor 的 or 和 but between places (`莘县和阳谷县`). */
const PLACE_CHAR = '(?:[^，,。；;：:\\n的和]|(?<=[省市州县区旗盟镇乡村])和)';
/** Who leads the visit, named after 率 / 带领: `主席率部分界别委员和有关人员调研…`, `带领小组成员到…`. */
const LED = '(?:(?<![效比概频功税汇利速])率(?!先|领)|带领)[^，,。；;：:\\n]{0,16}?(?:委员|人员|成员|代表|一行|同志|干部|负责人|专家|调研组|视察组|考察组)';
/**
 * Who or where before the verb, in the same clause: the subject (`政协委员视察…`, `会议协商讨论…`, a committee's group:
 * `…政协工作联络组视察…`) or the place
 * gone to or visited (`到通山县九宫山镇横石村调研…`, `在远安县、当阳市调研…`; after 赴, 前往 or 来到, any place: `赴宁夏、甘肃考察调研…`,
 * `前往某医院视察…`, but not the 赴 of 全力以赴; places joined by 和: `赴茌平区、莘县和阳谷县调研…`; places closed by 等地: `深入到某老街等地考察…`, also with no verb of going before them: `城关、陆圈等乡镇视察…`; 走进 like 深入: `再次走进某街道视察…`); a leader's second verb after 及 or 并 (`率队走访…委员及调研…`);
 * a special committee (`区政协社法委视察…`, `率经科委视察…`, `某委员会调研…`; not a county's or the party's: 县委, 党委) or the
 * parties (`与民主党派联合调研…`).
 * Without one, `调研充分、分析透彻` would read as a verb and its object.
 */
const SUBJECT_OR_PLACE = new RegExp(`(?:(?:(?:(?:到|赴|前往|深入|走进|莅临|在|${COME_TO})${PLACE_CHAR}{0,20}(?:省|市|州|县|区|旗|盟|镇|乡|村|街道|社区|小区|园区|企业|公司|基地|一线|基层|现场|政协|机关|等地)|(?<!以)赴${PLACE_CHAR}{2,12}|(?:前往|来到)${PLACE_CHAR}{2,20}|${PLACE_NAMED}|${COME})(?:考察)?|${GONE_TO}|等(?:地|乡镇|镇村|村|社区|处)|委员|委员们|政协|(?<![县市区省党州乡镇纪])委|(?<!党|村|居)委员会|民主党派|一行|调研组|视察组|(?<!党|基层|团|社会)组织|(?:联络|工作|督导|监督)组|小组|联络委|工作室|主席|常委|会议|代表团|实地|现场|率队|带队|${LED}|(?:主席|秘书长)\\p{Script=Han}{2,3}|(?:率队|带队)[^，,。；;：:\\n]{2,24}[及并])|(?:调研组|视察组)[，,])$`, 'u');
const ACTIVITY: Record<string, Activity> = {
  协商讨论: '协商议政', 协商讨论了: '协商议政', 协商: '协商议政', 专题协商: '专题协商会', 调研: '专题调研', 调研指导: '专题调研', 调研督导: '专题调研', 调研考察: '专题调研',
  视察: '视察', 考察学习: '考察学习', 考察: '考察学习', 察看: '视察', 调研视察: '调研视察', 视察调研: '调研视察',
};
/** Verbs written another way: 学习考察 for 考察学习, 视察协商 for a 视察. */
const VERB_ALIAS: Record<string, string> = { 学习考察: '考察学习', 视察协商: '视察' };
/**
 * What after the verb shows it is a noun or part of a compound, not a verb with an object (nor a visit's praise: `来梅调研给予悉心指导`);
 * 考察工作 is a noun, 考察工作室建设情况 a verb and its object.
 */
const NOT_OBJECT =
  /^(?:了|过|[_|]|\p{Script=Han}{1,2}了|给予|表示|对[^，,。；;]{0,12}给予|作为|是|为|就|建议|意见|组|会|报告|课题|成果|工作(?!室|站)|活动|座谈|基础|提出|指出|强调|讲话|中(?![等小医药国央华心])|时|期间|发现|论证|了解|掌握|摸清|检查|指导|督办|考察|视察|调研|监督|协商|走访|慰问|等|和(?![谐睦]|美(?!丽))|与|及|、|的|结束|后|前|情况|内容|安排|形式|方式|议题|计划(?!生育)|平台|员|室|小组|团|点|重要|并|[，,。；;：:！!？?\s])/u;
/**
 * Where the object ends: a clause end, the 等 closing a list (not a word's: 中等, 平等, 初等), a clause that goes on with another
 * verb, or a headline's space before what is not the object (a subtitle, a credit: `调研A 满足…`, `视察A 某县政协供图`), not
 * one inside quotes or right after a closing one (`“有事好商量” 协商议事工作`).
 */
const OBJECT_END = /[，,。；;：:！!？?\n]|(?<![”」"]|[“「][^”」]*)[ \u3000]+(?=\S{2})|(?<![平高初中同对均相次上优特头超])等(?![级同])|时(?:的|强调|指出|表示|说)|期间|后(?=[，,])|课题(?=的)|并(?:召开|举行|看望|慰问|与|同)/u;
/** An object that names a place or a unit visited rather than a topic. */
const PLACE = /(?:镇|乡|村|县|市|区|省|州|公司|企业|基地|园区|学校|医院|社区|街道|工地|车间|厂区|现场|一线|基层)$/u;
/** Adverbs between who acts and the verb: 还, 也, 又, 先后, 随后, 分别, 一同, 共同, 集中, 重点, 深入; 走访 before 调研 (走访调研), 回访 before 视察 (回访视察: a visit again), 集体 (集体视察: how the visit was made), 参观 before 考察 (参观考察), 带案 (带案视察: a visit made with a proposal in
 * hand), 密集 (密集调研: visits one after another), 联合 (联合调研: a visit made together). */
const ADVERBS = /(?:还|也|又|先后|随后|分别|一同|共同|集中|重点|深入|集体|走访|回访|参观|带案|密集|联合)+$/u;
const MIN_OBJECT = 4;
const MAX_OBJECT = 80;

/** The verbs of looking at something on the spot, whose object may be a list closed by 等情况 or one state (…情况). */
const LOOKS_AT = new Set(['视察', '调研', '考察', '察看']);
/** What closes a list of industries looked at: `…等产业发展情况`, `…等特色产业情况` (not the places: 等地). */
const INDUSTRIES = '等(?![地处])\\p{Script=Han}{0,4}?产业(?:发展)?(?:情况|工作)';
const INDUSTRIES_AFTER = new RegExp(`^${INDUSTRIES}`, 'u');
/** One object that names a state looked at: `滨河路雨污分流改造工程建设情况`. */
const STATE = /^\p{Script=Han}[^、]{3,}情况$/u;

/** What was said on a visit, which names no topic: …重要讲话精神, …指示要求, …批示. */
const SAID = /(?:精神|要求|指示|批示)$/u;
/** The peers a visit learns from, which name whose experience, not what: `兄弟旗县先进经验`, `先进地区做法`. */
const PEERS = '(?!兄弟|周边|外地|先进地区|发达地区)';
/** What a study visit learned: `…先进经验`, `…好做法`; not whose it was alone. */
const LEARNED = new RegExp(`^${PEERS}\\p{Script=Han}[^、]{3,}(?:经验|做法)$`, 'u');
/** An item that names a piece of work or a field's care, not a site: …保护, …建设, …发展, …治理. */
const WORK_ITEM = /(?:保护|建设|发展|治理|改革|产业|工作|管理|服务|振兴|融合|利用|传承)$/u;

/** `考察生态环境和资源保护、文物和文化遗产保护`: a list after a bare 考察 whose every item names work, not a site. */
function worksListed(object: string): boolean {
  const pieces = object.split('、');
  return pieces.length > 1 && pieces.every((p) => WORK_ITEM.test(p));
}

/** The lessons a study visit took, after what they were about: `…的先进经验和做法`, `…经验做法`. */
const LESSON_TAIL = /的?(?:先进|好|成功|典型)?(?:经验(?:和|与|及)?做法|经验|做法)$/u;
/** What a bare 考察 looks at: one piece of work or its state, not a site, nor the peers learned from. */
const WORK_OBJECT = new RegExp(`^${PEERS}[^、]{4,}(?:工作|情况|经验|做法|发展|产业)$`, 'u');

/** A draft named by its note (`…(征求意见稿)`, `…（草案）`): a document put to consultation. */
const DRAFT = /[（(](?:征求意见稿|讨论稿|送审稿|草案)[)）]$/u;

/** The text from `from` to the first OBJECT_END (or MAX_OBJECT characters on). */
function objectAt(text: string, from: number): string {
  const rest = text.slice(from, from + MAX_OBJECT + 1);
  return rest.slice(0, OBJECT_END.exec(rest)?.index ?? rest.length);
}

/** The list before 等情况 / 等工作 / 等…产业发展情况, or before its clause's closing 情况 or 工作. */
const STATES_END = new RegExp(`^[^。；;！!？?\\n，,]{4,160}?(?=等(?:方面的?)?(?:情况|工作)|${INDUSTRIES})|^[^。；;！!？?\\n，,]{4,160}?(?=情况(?:[，,。；;！!？?\\n]|$))|^[^。；;！!？?\\n，,]{4,160}?工作(?=[，,。；;！!？?\\n]|$)`, 'u');

/** Where a list after 视察了 / 调研了 ends when 等情况 (等方面情况, 等工作) closes it in the same sentence; undefined else. */
function statesLookedAt(text: string, from: number): number | undefined {
  // …or when its clause ends in 情况 (`视察了A、B、C发展情况，并召开座谈会`).
  // Two items joined by 和 / 及 / 与 make a list too when its 等 closes it (`考察A和B等工作`).
  const m = STATES_END.exec(text.slice(from, from + 180));
  return m && (/[、]/u.test(m[0]) || (/[和及与]/u.test(m[0]) && text[from + m[0].length] === '等')) ? from + m[0].length : undefined;
}

/**
 * `…等地，考察A、B等情况`, `主席调研A、B等情况`: with no 了, the list must be the verb's object in its own clause (not
 * `调研组走访了A、B等情况`), after the clause's start or who does it (`before`: the text just before the verb).
 */
function statesInClause(text: string, before: string, from: number): number | undefined {
  const end = statesLookedAt(text, from);
  if (end === undefined || /[，,]/u.test(text.slice(from, end)) || NOT_OBJECT.test(text.slice(from, end))) return undefined;
  return /[，,]$/u.test(before) || SUBJECT_OR_PLACE.test(before) ? end : undefined;
}

/**
 * `召开民主评议县交通运输局工作动员会`, `召开民主监督县医保局工作动员会`: the work of the units a 民主评议 or 民主监督 reviews,
 * written after it; each item must name a unit (…局, …委, …办, with or without its 工作) — or, after 评议, a field's work
 * (`民主评议教育工作`) — whoever the subject, and only a unit's or field's 工作 is a topic (`民主评议县司法局、县文旅局`, `民主评议县卫健委` name the units alone: see isUnitNamed in text.ts).
 */
const REVIEW = /民主(评议|监督)(?!工作|活动|会|小组|组|员|行风|政风|党员|机关|职能|作用|的|和|、)/gu;
const REVIEW_END = /[，,。；;：:！!？?\n]|等|动员|推进|总结|汇报|启动|实施|会议?|大会|进行|开展/u;
/** A unit named (县交通运输局, 市卫健委 and its 工作), not units in general (部门工作). */
const UNIT_NAME = '\\p{Script=Han}{2,}(?:局|委|办|厅|院|(?<!部)署|中心)(?:工作)?';
const UNIT = new RegExp(`^${UNIT_NAME}$`, 'u');
/**
 * …or, reviewed (评议), a field's work named by its 工作 (`民主评议教育工作`, `召开民主评议城市精细化管理工作动员会`), not work
 * described (`提案办理的相关具体工作`) or the review's own place (`作为一项常态性工作`).
 */
const FIELD_OR_UNIT = new RegExp(`^(?:${UNIT_NAME}|(?!作为|一项)[^的、，,]{2,20}工作)$`, 'u');

function reviewedUnits(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const m of text.matchAll(REVIEW)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + MAX_OBJECT + 1);
    const end = from + (REVIEW_END.exec(rest)?.index ?? rest.length);
    const items = end > from ? splitList(text, from, end) : [];
    const reviewed = m[1] === '评议' ? FIELD_OR_UNIT : UNIT;
    if (items.length === 0 || !items.every((i) => reviewed.test(text.slice(i.start, i.end)))) continue;
    const activity: Activity = m[1] === '评议' ? '民主评议' : '民主监督';
    out.push(...items.filter((i) => text.slice(i.end - 2, i.end) === '工作' && !isGenericTopic(text.slice(i.start, i.end))).map((i) => ({ ...i, activity })));
  }
  return out;
}

/** Topics written as the object of 调研 / 视察 / 协商讨论 / 协商 / 民主评议 / 民主监督 in `text` (folded). */
export function objectTopics(text: string): RawTopic[] {
  const out: RawTopic[] = reviewedUnits(text);
  for (const m of text.matchAll(VERB)) {
    // `来我市学习考察X`: 学习考察 is 考察学习 written the other way round; `率队视察协商X情况` is a 视察 that consults on the spot.
    const verb = VERB_ALIAS[m[1]!] ?? m[1]!;
    // `调研了解我市政协组织建设情况`: 了解 after the verb says what the visit is for; its object is the visit's.
    let from = m.index + m[0].length + (text.startsWith('了解', m.index + m[0].length) && LOOKS_AT.has(verb) ? 2 : 0);
    // Who or where stands before the verb (SUBJECT_OR_PLACE), or the comma that leaves the subject out; an adverb
    // between them (`监督组一行还调研了…`, `视察组先后视察了…`) is passed over.
    const before = text.slice(Math.max(0, m.index - 26), m.index).replace(ADVERBS, '');
    const after = text[from] === '了' ? 1 : 0;
    // `视察了A、B、C等情况`, `调研了A、B等情况`, `…等地，考察A、B等情况`: a list closed by 等情况 names what was looked at,
    // not the places gone to, whoever the subject.
    const states = !LOOKS_AT.has(verb) ? undefined
      : after === 1 ? statesLookedAt(text, from + 1)
      : statesInClause(text, before, from);
    // `协商讨论了市政府工作报告(征求意见稿)`: a draft put to the meeting, known by its note, is its topic.
    // (The draft says what was discussed whoever the subject: `会议协商通过了…；协商讨论了…(征求意见稿)`.)
    // What follows 了, read by the shapes below that take 了.
    const afterLe = after === 1 ? objectAt(text, from + 1) : '';
    const draft = after === 1 && verb === '协商讨论' && DRAFT.test(afterLe);
    // `带队视察了X工程建设情况`, `实地考察了X联络站建设情况`: one thing looked at, known by its 情况 (a place visited has
    // none); after 考察了, not a site's (`实地考察了林麝养殖和苦参种植基地建设情况` narrates the sites of a visit).
    const state = after === 1 && (verb === '视察' || verb === '调研' || verb === '察看' || (verb === '考察' && !SITE_NAMED.test(afterLe))) && STATE.test(afterLe);
    // `赴某县考察学习了X机制及Y先进经验`: what a study visit learned, known by its 经验 / 做法.
    const learned = after === 1 && verb === '考察学习' && LEARNED.test(afterLe);
    if (states !== undefined || draft || state || learned) from += after;
    // `实地察看A、B等情况`, `现场察看了X建设情况`: 察看 names what was looked at only by its 情况 (else the sites: 察看了某村),
    // and never a list of sites that runs on past its 等 (`察看了A社区、B市场等六个方面的创建工作情况`) or a comma (`察看了某新区，
    // 详细了解了…等情况`).
    if (verb === '察看' && (states === undefined ? !state : /[等，,]/u.test(text.slice(from, states)))) continue;
    const quoted = /^[“「《"]/u.test(text.slice(from, from + 1));
    // `组织委员，考察学习兄弟旗县先进经验，视察X和Y工作`: after a comma (or ；), the subject left out, when the object names work.
    // …and at a line's start, a heading's (`【委员视察】 调研X建设情况。`).
    const clauseWork = /(?:[，,；;】]|^|\n)\s*$/u.test(before) && WORK_OBJECT.test(objectAt(text, from));
    if (states === undefined && !quoted && !draft && !learned && !clauseWork && !SUBJECT_OR_PLACE.test(before)) continue;
    const rest = text.slice(from, from + MAX_OBJECT + 1);
    if (states === undefined && NOT_OBJECT.test(rest)) continue;
    const end = states ?? from + (OBJECT_END.exec(rest)?.index ?? rest.length);
    if (states === undefined && end - from > MAX_OBJECT) continue;
    const activity = ACTIVITY[verb]!;
    // `率队调研安顺市殡葬改革工作调研`: the activity written again after its object.
    const again = states === undefined ? (/(?:调研|视察)$/u.exec(text.slice(from, end))?.[0].length ?? 0) : 0;
    // A bare 考察 takes one object that names work or a state (`考察示范区建设工作`), not the sites it went to
    // (`考察某水库工程`, `考察A馆、B园`), unless 等情况 closes its list.
    const object = text.slice(from, end - again);
    // …or, after a comma (`…赴吉安，考察文化旅游和电子信息产业发展`), one piece of work named by its kind.
    const oneWork = /[，,]$/u.test(before) && WORK_ITEM.test(object) && !/[、]/u.test(object);
    if (verb === '考察' && states === undefined && !WORK_OBJECT.test(object) && !worksListed(object) && !oneWork) continue;
    // `贯彻总书记来川视察系列重要指示精神`: a leader's visit, named for what was said during it.
    if (SAID.test(object)) continue;
    // `考察学习A和B的先进经验和做法`: what was learned, its 经验 / 做法 cut before the list is split (→ A, B).
    const lesson = (verb === '考察学习' || verb === '考察') && states === undefined ? (LESSON_TAIL.exec(object)?.[0].length ?? 0) : 0;
    const stop = end - again - lesson;
    // `协商讨论《政府工作报告》`: a report a meeting consults on, named by its title, is its topic (a plenary's discussion of
    // the report, without 协商 and without 《》, is not: the generic ending keeps it out there).
    const consulted = verb.startsWith('协商') && /^《[^《》]+报告》$/u.test(text.slice(from, stop));
    // `协商讨论了市政协八届一次会议执行主席和主持人建议名单(讨论稿)`: a session's own paper, whose 和 joins no topics.
    if (draft && isSessionPaper(text.slice(from, stop))) continue;
    // `视察了中药材、干果等产业发展情况`: a list of industries, each named by a word as short as 干果.
    const industries = states !== undefined && INDUSTRIES_AFTER.test(text.slice(states, states + 12));
    for (const item of splitList(text, from, stop)) {
      const topic = text.slice(item.start, item.end);
      // A report's draft (`区政府工作报告(讨论稿)`) is its topic though its note, trimmed, leaves a bare 工作报告.
      if (topic.length >= (industries ? 2 : MIN_OBJECT) && !PLACE.test(topic) && (consulted || (draft && /报告$/u.test(topic)) || !isGenericTopic(topic))) out.push({ ...item, activity });
    }
  }
  return out;
}
