/**
 * Topic lists after a lead word (围绕/聚焦/紧扣/针对/就/对), followed by an activity in the same sentence:
 *
 * ok: `围绕“全县外卖餐饮食品安全工作”开展专题协商` (quoted, verb right after);
 *     `围绕“A”“B”等课题开展调研视察`, `就A、B等进行协商` (list closed by 等);
 *     `聚焦A、B、C等议题，通过常委会成员集体监督性视察…` (activity within three clauses);
 *     `围绕A、B这一主题，委员积极建言献策` (a list closed by 这一主题); `围绕“A”“B”议政建言` (activity right after).
 * not ok: `围绕县委点题，组织开展…` (not quoted, no 等: a comma ends an unquoted phrase);
 *     `聚焦A、B等重点工作，持续加强专门协商机构建设` (no activity follows);
 *     `围绕重要议题联合开展调研` (generic); `就业`, `对口` (no lead word).
 * 就 and 对 alone are weak lead words (they are also parts of words and verbs): their list must be followed by
 * the activity in the same clause (`就A、B等进行协商`, `对X进行协商讨论`).
 */
import { ACTIVITY_FORMS, activityOf, formsReach, formsRegex, type Activity } from './activities.js';
import type { RawTopic } from './meetings.js';
import { CLAUSE_END, FULL_STOP, SENTENCE_END, clauseStart, isGenericTopic, namedAsNoTopics, proposalsLead, quoteStep, sentenceStart, splitList, topicItems, trimTopic } from './text.js';

/**
 * `各民主监督小组将在A、B、C等方面进行重点监督`: the fields an activity works in, named after 在 and closed by 等方面 / 等领域
 * right before its verb (在 before anything else is a place or a time).
 */
const IN_FIELDS = /(?<=[将要还也并又均])在(?=[^，,。；;：:\n在]{4,160}?等(?:方面|领域)(?:进行|开展|展开))/gu;
const STRONG = /(?:围绕|聚焦|紧扣|紧盯|瞄准|针对(?!性)|(?:重点|主要|先后|分别|专门|集中)[就对])/gu;
/**
 * 选取 / 选定 / 选择 a list of issues: like 就 / 对, its activity must follow in the list's own clause (`选取A、B等议题协商议事`),
 * or, when the list names itself as issues, within two more (`选择A、B等民生问题，采用…方式，开展…民主监督`).
 */
const CHOOSE = /选取|选定|选择(?!性)|筛选(?:出|了)?/gu;
/** Advice given, with no meeting or consultation named: 建言献策, 献计献策, 积极建言, 建言资政 … */
const ADVICE_GIVEN = /^(?:建言献策|建言支招|进言献策|出谋划策|献计献策|出谋献策|建言资政|议政建言|(?:精准|积极|踊跃|广泛|深入)建言|建言(?:出力|献智))$/u;
/**
 * A list closed by 等 and its count of issues (`就A、B等5个专题，分别进行专题视察`): it names its items as the topics, so
 * the activity of a weak lead word may follow in the next clause.
 */
const COUNTED_ISSUES = /^等[0-9一二三四五六七八九十两多]*[个项]?(?:专题|课题|议题)[，,]/u;
/**
 * `就A、B等问题，与现场负责人深入交流，提出意见建议`: a list 就 closes as issues, and one clause on (who it was taken up
 * with) the activity.
 */
const NAMED_ISSUES = /^等(?:问题|方面)[，,]/u;
/** A list a choosing lead word names as issues: `选择A、B等社会关注度高的民生问题，…`. */
const CHOSEN_ISSUES = /^等[^，,。；;]{0,12}?(?:专题|课题|议题|问题)[，,]/u;
/** 就 / 对 as prepositions: not in 就业, 就是, 对口, 对于 …, and not after the strong forms (重点就). */
const WEAK = /(?<!重点|主要|先后|分别|专门|集中|成|造|迁|相|针|面|核|绝|应|反|派|敌|化)(?:就|对)(?!业|是|要|会|能|可|此|这|像|在|地|近|有|职|任|读|医|诊|餐|座|位|绪|算|得|不|已|一|将|把|必|应|让|使|更|越|连(?![云江州平城南山])|便|好|该|口|于|象|外|话|比|接|照|标|待|面|岸|手|方|称|立|抗|冲|等|齐|策|联|了|着|过|开|先后)/gu;
/**
 * `把“A”作为年度重点调研课题`, `将A列为年度重要调研课题`, `将“A”确定为…对口协商课题`: the list ends at 作为 / 列为 / 确定为,
 * the activity follows in the same clause.
 */
const TAKE_AS = /(?:把|将|选择|选取|选定)(?=[^，,。；;\n]{2,80}?[，,]?(?:作为|列为|确定为))/gu;
/** What closes a list taken as a topic before 作为: `选择“A”、“B”等专题，作为…重点课题`. */
const AS_TAIL = /等?(?:[0-9一二三四五六七八九十两]+[件个项])?(?:专题|课题|议题|主题|事项|提案)?[，,]?$/u;
/** A list whose last item counts places (`…陕西六省市`, `…等3个乡镇`). */
const COUNTED_PLACES = /[0-9一二三四五六七八九十两]+个?(?:省|市|县|区|省市|省区|市县|县区|区县|市州|乡镇|镇|村)$/u;
/** `聚焦“A”“B”等议题`: a list its own words name as the topics of a consultation, whatever follows. */
const ISSUES_AFTER = /^等(?:[0-9一二三四五六七八九十两多]+[个项])?议题/u;
const AS = /作为|列为|确定为/y;
const ACTIVITY = formsRegex(ACTIVITY_FORMS);
/** How many characters around a match ACTIVITY can read (see `formsReach`). */
const ACTIVITY_REACH = formsReach(ACTIVITY_FORMS);
/**
 * An activity right after a list, as its verb (`围绕“A”议政建言`): not `A的专题调研` (nor its second word: `A的视察调研`), `A、协商议政`, `在调研…座谈会上`
 * (during one), `视察工作`, nor a noun (`协商议政活动`, `专题协商会`).
 */
const ACTIVITY_AT = new RegExp(`(?<![的、和在]|的(?:视察|考察|调查|专题|专项|集体))(?:${ACTIVITY.source})(?<!会|会议|活动|提案)(?!工作|活动|的)`, 'uy');
/** A charge before a lead word: `要紧紧围绕`, `希望委员们围绕`, `应当聚焦`. */
const EXHORTED = /(?:要|希望|应当?|必须)(?:紧紧|始终|更加|进一步|继续|持续)?$/u;
/** The committee's other ways of working, listed after an activity (`建言资政、凝聚共识`): its functions, not an activity held. */
const FUNCTIONS_AFTER = /^[、和与及](?:凝聚共识|凝心聚力|促进落实|团结联谊)/u;
/**
 * After 对, these say what any body does to what it oversees (`对贷款的使用进行监督`, `对经济工作进行调查研究`,
 * `对今年的工作提出建议`, the opening of every government report), not a consultation.
 */
const ADMINISTRATIVE = /^(?:(?:重点|集中|全程)?监督|调查研究|提出.*建议)$/u;
/** Another lead word: an activity after it belongs to its own list, not to an earlier one. */
const ANOTHER_LEAD = /围绕|聚焦|紧扣|紧盯|瞄准|针对|[，,、](?:就|对)/u;
/**
 * A verb that ends an unquoted list written straight before its activity (`围绕X开展专题协商`); not the 展开 across
 * `发展开展` (`围绕民营经济发展开展调研`), nor a verb made a noun by 情况 (`“三打两建”活动开展情况`, an item of the list);
 * 实施 / 实行 only before the activity they do (`围绕X实施专项民主监督`), not in an item (`围绕我市实施“十二五”规划、…`);
 * 到 before the places of a visit (`就X的实施到基层及周边城市调研`).
 */
const VERB = /(?:开展|进行|展(?<!发展)开|召开|举行|举办|提出(?!的)|大兴|实[行施](?=[^，,。；;\n]{0,6}?(?:协商|调研|视察|监督|评议|议政))|赴|前往|深入到|到(?=[^，,。；;、\n]{1,12}?(?:调研|视察|考察|调查研究))|组织(?=开展|召开|举办|委员|常委|视察|调研|协商|专题|民主|相关|有关|部分|各))(?!情况)/uy;
/** Adverbs (and the light verb 实现) between a list and its verb: `围绕X联合开展`, `…等民生问题深入开展`, `围绕X实现精准建言`. */
const ADVERBS = /(?:实现|广泛深入|深入基层|深入细致|联合|深入|广泛|积极|认真|扎实|先后|分别|集中|持续|重点|专题|多次|共同|逐一|逐项|逐条|一一|也|还|又|都|均)+$/u;
/** A class noun closing a list: `这一主题`, `“A”主题`, `两个课题`, `“A”这一热点话题`, `11个重点区域和领域`, `三大方面` (not `两大主题`: the committee's two themes). */
const CLASS_TAIL = /(这一|这个|该|这些|[两三四五六七八九十0-9]+个|[两三四五六七八九十]+大(?=方面|领域))?(?:热点|重点|重大|重要)?(?:(?:区域|行业)[和与及、])?(?:主题|课题|议题|问题|方面|领域|事项|内容|话题)$/u;
/** 等 that closes a list, not 等 inside a word (平等, 高等教育, 等级). */
const ETC_BEFORE = '平高初中同对均相次上优特头超';
const ETC_AFTER = '级候待同于值效价';
const MAX_LIST = 160;
/**
 * `重点就A，B，C等问题进行协商议政`: a list whose items are set apart by commas, known by the 等 and the verb that close
 * it in the same sentence; each item short, at most six, none opening with a lead word of its own (`围绕A，就B，C等问题发表见解`:
 * B and C are 就's list, not more of 围绕's).
 */
const COMMA_LIST = /^(?:(?!就|对|围绕|聚焦)[^，,。；;：:！!？?\n]{2,25}[，,]){0,4}(?!就|对|围绕|聚焦)[^，,。；;：:！!？?\n]{2,25}?等(?:问题|方面|议题|课题|事项|领域|内容|工作)?(?:进行|开展|展开|发表|表达)/u;
/** A class noun that closes a quoted list before the rest of its clause: `“A”议题先后在…开展`. */
const ISSUE_NOUN = /^(?:议题|课题|主题)$/u;
/** A line break inside a list: right after `、`/`和`/an opening quote, or right before `、`. */
const LIST_GOES_ON = /[、和及与“「《]\s*\n|\n\s*、/u;
/** How many clause ends an activity may lie beyond a list closed by 等 or by a comma. */
const MAX_CLAUSES = 3;

/**
 * `这10件重点提案中，有5件涉及A、B等`, `经济建设方面重点提案7件，内容涉及A、B；…`: the subjects of the key proposals chosen for
 * 督办, each a topic. What a session's proposals as a whole are about (`提案内容涉及A、B等方面`) is not (see proposalsLead).
 */
const KEY_PROPOSALS_ABOUT = /重点提案(?:[0-9０-９一二三四五六七八九十两]+件)?中?[，,]\s*(?:有[0-9０-９一二三四五六七八九十两]+件|其中)?\s*(?:内容)?(?:主要)?涉及[了:：]?/gu;

function keyProposalTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const m of text.matchAll(KEY_PROPOSALS_ABOUT)) {
    const from = m.index + m[0].length;
    const end = countedListEnd(text, from);
    if (end === undefined) continue;
    out.push(...topicItems(text, from, end, '重点提案督办' as const));
  }
  return out;
}

type Close = 'etc' | 'verb' | 'comma' | 'as';

/** Topics after lead words, in `text` (the folded text: offsets are the document's). */
export function frameTopics(text: string): RawTopic[] {
  return [
    ...leadTopics(text, STRONG, MAX_CLAUSES), ...leadTopics(text, WEAK, 0), ...leadTopics(text, CHOOSE, 0), ...leadTopics(text, TAKE_AS, 0), ...leadTopics(text, IN_FIELDS, 0),
    ...themeTopics(text), ...quotedIssueTopics(text), ...subjectIsTopics(text), ...countedTopics(text), ...coveredTopics(text), ...consultedIssueTopics(text), ...quotedIntoTopics(text), ...keyProposalTopics(text), ...adviceOnTopics(text),
  ];
}

/**
 * `住黄石省政协委员建言黄石沿江经济带建设`, `省政协召开协商座谈会建言深化甘青合作`: 建言 with its object, after the committee, its
 * members or its meeting (a headline's wording); not 建言献策 / 建言资政 and the nouns 建言成果, 建言渠道.
 */
const ADVICE_ON = /(?:政协|委员|常委|[会组])建言(?!献|资政|咨政|出力|建策|成果|生成|主题|流程|质量|水平|能力|的|有|更|渠道|平台|活动|靶向|精准|针对|细节|积极|监督|[，,。；;：:！!？?\s])([^，,。；;：:！!？?\s]{4,40})/dgu;

function adviceOnTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const m of text.matchAll(ADVICE_ON)) {
    const [start, end] = m.indices![1]!;
    out.push(...topicItems(text, start, end, '协商议政' as const));
  }
  return out;
}

/**
 * `“数字经济发展”再次被纳入2023年度区政协协商计划`: a quoted subject put into a plan of consultation or research,
 * whose activity is named in the plan's name (the activity follows the match, in its clause).
 */
const QUOTED_INTO = /((?:“[^”\n]{2,60}”|「[^」\n]{2,60}」)(?:[、和]?(?:“[^”\n]{2,60}”|「[^」\n]{2,60}」)){0,5})(?:议题|课题)?(?:再次|也|均|都)?被?(?:纳入|列入)[^，,。；;\n]{0,16}?(协商|调研|视察|监督)(?:工作)?(?:计划|议题|课题|内容)/gu;

function quotedIntoTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const m of text.matchAll(QUOTED_INTO)) {
    out.push(...topicItems(text, m.index, m.index + m[1]!.length, SUBJECT_ACTIVITY[m[2]!]!));
  }
  return out;
}

/**
 * `今年的年末考察视察共包括13个专题，内容涉及A、B、C等`, `参加了…年末视察活动，涉及22个专题，涵盖A、B等`: a count of topics,
 * then the topics themselves, after an activity named earlier in the sentence (the last one there).
 */
const COUNTED = /[0-9０-９一二三四五六七八九十两]+个(?:专题|课题|议题)[，,：:]\s*(?:内容|主要|具体)?(?:涉及|涵盖|包括|分别是|分别为)[了:：]?/gu;

/** Where a list after a count or a lead (`内容涉及`) ends: its sentence's end or the 等 that closes it; undefined past MAX_LIST. */
function countedListEnd(text: string, from: number): number | undefined {
  let end = from;
  while (end < text.length && end - from <= MAX_LIST && !SENTENCE_END.test(text[end]!) && !(text[end] === '等' && isListEtc(text, end))) end++;
  return end - from > MAX_LIST ? undefined : end;
}

/**
 * `组织的视察活动包括A、B、C等方面工作`: the topics an activity held covered, listed after it (not what a session's
 * proposals cover: 提案主要包括…, see proposalsLead).
 */
const ACTIVITY_COVERS = /(调研|视察|协商|监督)(?:活动|工作)(?:主要|内容)?(?:包括|涵盖|涉及)[了:：]?/gu;

function coveredTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const m of text.matchAll(ACTIVITY_COVERS)) {
    const from = m.index + m[0].length;
    const end = countedListEnd(text, from);
    if (end === undefined || !/[、]/u.test(text.slice(from, end))) continue;
    out.push(...topicItems(text, from, end, SUBJECT_ACTIVITY[m[1]!]!));
  }
  return out;
}

/** `专题协商打造产地型市场集群、提升市场集聚区整体竞争力问题`: 专题协商 as a verb, its object the issues it names. */
const CONSULTS_ISSUES = /(?<![的在])专题协商了?(?!会|议政|座谈|活动|课题|议题|计划|工作|等|和|与|及)([^，,。；;：:！!？?\n]{4,80}?)等?问题(?=[，,。；;！!？?\n]|$)/dgu;

function consultedIssueTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const m of text.matchAll(CONSULTS_ISSUES)) {
    const [from, end] = m.indices![1]!;
    // `专题协商了“A、B”问题`: the issues quoted as one phrase are still a list.
    const quoted = /^“[^“”]+”$/u.test(m[1]!) ? 1 : 0;
    out.push(...topicItems(text, from + quoted, end - quoted, '专题协商会' as const));
  }
  return out;
}

function countedTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const m of text.matchAll(COUNTED)) {
    const start = sentenceStart(text, m.index);
    ACTIVITY.lastIndex = 0;
    const written = [...text.slice(start, m.index).matchAll(ACTIVITY)].at(-1)?.[0];
    if (written === undefined) continue;
    const from = m.index + m[0].length;
    const end = countedListEnd(text, from);
    if (end === undefined) continue;
    out.push(...topicItems(text, from, end, activityOf(written, ACTIVITY_FORMS)));
  }
  return out;
}

/**
 * `「A」「B」两个议题，也计划在全体会议期间实施协商`, `“A”“B”等课题，开展调研`: a run of quoted items named as issues, with
 * no lead word, the activity later in the sentence.
 */
const QUOTED_ISSUES = /((?:“[^”\n]{2,60}”|「[^」\n]{2,60}」)(?:[、和]?(?:“[^”\n]{2,60}”|「[^」\n]{2,60}」)){1,7})等?(?:[两三四五六七八九十0-9]+个)?(?:议题|课题)/gu;

function quotedIssueTopics(text: string): RawTopic[] {
  return listsBeforeActivity(text, QUOTED_ISSUES, 0);
}

/**
 * The items of each match's first group (`lead` characters into the match) whose activity follows the match in the
 * same clause or the next (or, with `meeting`, a standing committee's meeting that follows at once).
 */
function listsBeforeActivity(text: string, pattern: RegExp, lead: number, meeting?: RegExp): RawTopic[] {
  const out: RawTopic[] = [];
  for (const m of text.matchAll(pattern)) {
    const after = m.index + m[0].length;
    const written = activityAfter(text, after, 1) ?? (meeting?.test(text.slice(after, after + 30)) ? '常委会议协商' : undefined);
    if (written === undefined) continue;
    out.push(...topicItems(text, m.index + lead, m.index + lead + m[1]!.length, activityOf(written, ACTIVITY_FORMS)));
  }
  return out;
}

/** `新型城镇化建设是省政协今年重点调研课题`: a sentence that says its subject is an activity's topic. */
const SUBJECT_IS = /(?:^|[。；;！!？?\n]\s*)([^，,。；;：:！!？?\n是]{2,30})是[^，,。；;：:\n]{0,14}?(调研|协商|视察|监督|议政)(?:计划|工作)?(?:重点|重要)?(?:课题|议题)/gu;
const SUBJECT_ACTIVITY: Record<string, Activity> = { 调研: '专题调研', 协商: '协商议政', 视察: '视察', 监督: '民主监督', 议政: '协商议政' };

function subjectIsTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const m of text.matchAll(SUBJECT_IS)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const span = trimTopic(text, start, start + m[1]!.length);
    const topic = text.slice(span.start, span.end);
    if (span.end > span.start && !isGenericTopic(topic) && !/^(?:这|该|此|它|其|今年|明年)/u.test(topic)) {
      out.push({ ...span, activity: SUBJECT_ACTIVITY[m[2]!]! });
    }
  }
  return out;
}

/**
 * `以“脱贫攻坚”为议题开展专题协商`, `以“A”“B”为主题，召开2次专题议政性常委会`, `以A、B等为主题，召开5次专题协商会`,
 * `以“A”作为具体切入点，组织委员开展深入调研`: themes named before their activity, which follows in the same clause or the next.
 */
const THEME_FIRST = /以((?:“[^”\n]{2,60}”|「[^」\n]{2,60}」)(?:[、和]?(?:“[^”\n]{2,60}”|「[^」\n]{2,60}」)){0,5}|[^，,。；;：:\n以]{2,80}?)等?(?:为(?:主题|议题|题)|(?:为|作为)(?:具体)?切入点)/gu;

function themeTopics(text: string): RawTopic[] {
  return listsBeforeActivity(text, THEME_FIRST, 1, STANDING_MEETING);
}

/**
 * `以“A”为议题召开市政协十届十二次常委会议`: a standing committee's meeting held on a theme named before it consults on it,
 * though a bare 常委会议 is no activity of its own.
 */
const STANDING_MEETING = /^[，,]?(?:召开|举行)(?:了)?[^，,。；;\n]{0,16}?常委(?:会议|会会议|会)/u;

function leadTopics(text: string, lead: RegExp, clauses: number): RawTopic[] {
  const out: RawTopic[] = [];
  for (const t of text.matchAll(lead)) {
    const from = t.index + t[0].length;
    // `这些提案紧紧围绕A、B…`: what a session's proposals were about, which readers count as no consultation's topic.
    if (proposalsLead(text, t.index)) continue;
    // `某某强调，要聚焦中心工作，围绕A、B等工作，精准选题、深入调研`: a speaker's charge, no topic put to an activity.
    if (SPEAKER_CHARGE.test(text.slice(sentenceStart(text, t.index, FULL_STOP), t.index))) continue;
    const list = listEnd(text, from, lead === TAKE_AS);
    // 把/将 needs its 作为; 就/对 need the activity in the list's own clause.
    if (!list || (lead === TAKE_AS) !== (list.close === 'as') || (clauses === 0 && list.close === 'comma')) continue;
    let end = list.at;
    if (list.close === 'verb') end -= ADVERBS.exec(text.slice(from, end))?.[0].length ?? 0;
    if (list.close === 'as') end -= AS_TAIL.exec(text.slice(from, end))?.[0].length ?? 0;
    // `对天津、浙江…陕西六省市进行书面调研`: places counted at the list's end, gone to or written to.
    if (COUNTED_PLACES.test(text.slice(from, end))) continue;
    const tail = classTail(text.slice(from, end), list.close === 'verb');
    // `太原市政协举行协商座谈会聚焦实施人才强市战略`: a meeting, then what it focused on, to the clause's end.
    const meeting = lead === STRONG && list.close === 'comma' ? meetingBefore(text, t.index) : undefined;
    // `围绕全面做好长江生态环境保护修复工作，开展协商监督`, `重点围绕A、B、C，开展专项民主监督`: the subjects, then a clause that
    // opens on the activity held (not a campaign's 大调研); a list of bare fields (`经济、政治、文化建设`) is an orientation.
    const heldNext = list.close === 'comma' && lead === STRONG && !BARE_FIELD.test(text.slice(from, end)) && ACTIVITY_CLAUSE.test(text.slice(list.at + 1, list.at + 1 + 28));
    if (list.close === 'comma' && !tail.closes && !allQuoted(text.slice(from, end)) && meeting === undefined && !heldNext) continue;
    end -= tail.length;
    // `对A社区、B村等点位进行了实地视察`: the places gone to, not topics.
    if (list.close === 'etc' && namedAsNoTopics(text, list.at)) continue;
    const issues = lead === STRONG && list.close === 'etc' && ISSUES_AFTER.test(text.slice(list.at, list.at + 8));
    const reach = list.close === 'verb' ? 0
      : lead === CHOOSE && list.close === 'etc' && CHOSEN_ISSUES.test(text.slice(list.at, list.at + 16)) ? 2
      : clauses === 0 && list.close === 'etc' && (COUNTED_ISSUES.test(text.slice(list.at, list.at + 8)) || (lead === WEAK && NAMED_ISSUES.test(text.slice(list.at, list.at + 4)))) ? 1
      : clauses;
    const written = meeting ?? activityAfter(text, list.at, reach) ?? adviceListed(text, list) ?? activityBefore(text, t.index, list) ?? (issues ? '协商议政' : undefined);
    // 对 (also 分别对, 重点对 …), not 针对: what any body does to what it oversees.
    if (written === undefined || (t[0].endsWith('对') && t[0] !== '针对' && ADMINISTRATIVE.test(written))) continue;
    // `聚焦A、B等方面积极建言献策`: the fields members' advice focused on, as a year's work is summed up, not a subject
    // put to a consultation (`聚焦“A”开展协商议政` is one).
    if (t[0] === '聚焦' && ADVICE_GIVEN.test(written)) continue;
    // `要紧紧围绕A与B等关键环节，务实建言献策`: a speaker's charge to give advice, not a subject put to a consultation.
    if (ADVICE_GIVEN.test(written) && EXHORTED.test(text.slice(Math.max(0, t.index - 6), t.index))) continue;
    // `紧扣A、B、C做好建言资政、凝聚共识工作`: the activity one of the committee's functions listed (建言资政 and 凝聚共识 are
    // its two ways of working), what a year's work leans on, not a subject put to it.
    if (list.close === 'verb' && FUNCTIONS_AFTER.test(text.slice(list.at + written.length, list.at + written.length + 6))) continue;
    const activity = activityOf(written, ACTIVITY_FORMS);
    // `对定兴县的陈村营村、北庄头村和清苑县的大福村进行了调研`: villages gone to, every item a place, not topics.
    if (VISITS.has(activity) && splitList(text, from, end).every((i) => VILLAGE.test(text.slice(i.start, i.end)))) continue;
    for (const piece of atCommas(text, from, end)) out.push(...topicItems(text, piece.start, piece.end, activity));
  }
  return out;
}

/** The activities that go to places (a 民主评议 reviews a 街道 as a unit: its topic). */
const VISITS: ReadonlySet<string> = new Set(['专题调研', '视察', '调研视察', '考察学习']);
/** A village, town or community named as a place (not 美丽乡村, 特色小镇: kinds of place a policy builds). */
const VILLAGE = /(?:(?<!乡)村|(?<!小)镇|乡|社区|街道|小区)$/u;

/** An item of three characters or fewer in a list cut at 、: a bare field (经济、政治), not a subject. */
const BARE_FIELD = /(?:^|、)[^、]{1,3}(?=、|$)/u;

/** A speaker's charge opening the sentence before a lead word: `…强调，要`, `他指出：要`, `希望…要`. */
const SPEAKER_CHARGE = /(?:强调|指出|要求|希望|提出)[，,：:]\s*(?:[^。；;！!？?\n]{0,30}?[，,])?\s*要/u;

/** `[from, end)` cut at the commas outside quotes (a list set apart by commas, see COMMA_LIST). */
function atCommas(text: string, from: number, end: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < end; i++) {
    const ch = text[i]!;
    if (depth === 0 && (ch === '，' || ch === ',')) {
      pieces.push({ start, end: i });
      start = i + 1;
    }
    depth = Math.max(0, depth + quoteStep(ch, depth));
  }
  pieces.push({ start, end });
  return pieces;
}

/** The class noun closing a list (`这一主题`), its length, and whether it closes the list by itself. */
function classTail(list: string, verbNext = false): { length: number; closes: boolean } {
  const m = CLASS_TAIL.exec(list);
  if (!m) return { length: 0, closes: false };
  const before = list[m.index - 1] ?? '';
  // `“A”主题`, `A这一主题`: the list is named as a whole. `重点问题` alone is no list (isGenericTopic drops it).
  if (m[1] !== undefined || /[”’」》"]/u.test(before)) return { length: m[0].length, closes: true };
  // `围绕巩固提升脱贫攻坚成果议题协商议政`: one subject named with its class noun right before the verb or the activity,
  // cut from it; not a class described (`年初确定的课题`), and 重点议题 alone stays whole (isGenericTopic drops it).
  const oneSubject = /^(?:议题|课题|主题)$/u.test(m[0]) && m.index >= 4 && before !== '的' && !/[、，,“”0-9０-９]/u.test(list);
  if (oneSubject && verbNext) return { length: m[0].length, closes: false };
  // `围绕提升雁栖湖国际会都功能议题，市政协…开展调研`: one subject named as the issue, then a clause that takes it up.
  // Not a class described (`主题教育确定的调研课题`) or pointed at (`这一项项议题`).
  if (oneSubject && /^(?:议题|课题)$/u.test(m[0]) && !/的|^[这该此]/u.test(list)) return { length: m[0].length, closes: true };
  return { length: 0, closes: false };
}

/**
 * Where the list after a lead word ends and what ended it; quote-aware, so `“A，B”` is one item. With `takeAs`
 * (把/将), only 作为 ends the list; without, 作为 is one of its ends.
 */
function listEnd(text: string, from: number, takeAs = false): { at: number; close: Close } | undefined {
  let depth = 0;
  for (let i = from; i < text.length && i - from <= MAX_LIST; i++) {
    const ch = text[i]!;
    if (ch === '\n' && LIST_GOES_ON.test(text.slice(Math.max(from, i - 1), i + 2))) continue;
    if (SENTENCE_END.test(ch) && (depth === 0 || ch === '\n')) return depth === 0 ? { at: i, close: 'comma' } : undefined;
    // 作为 / 列为 ends a list taken as a topic (把/将), and any other lead's (`筛选了12个议题作为“月度协商”内容`) once it holds something.
    if (depth === 0 && (takeAs || i > from)) {
      AS.lastIndex = i;
      if (AS.test(text)) return { at: i, close: 'as' };
    }
    if (depth === 0 && takeAs) {
      // Only the one comma right before 作为 may stand in an unquoted list taken as a topic.
      if (CLAUSE_END.test(ch) && !(/[，,]/u.test(ch) && /^(?:作为|列为|确定为)/u.test(text.slice(i + 1, i + 4)))) return undefined;
    } else if (depth === 0) {
      if (ch === '等' && isListEtc(text, i)) return { at: i, close: 'etc' };
      // `围绕“A”议题先后在咸阳、延安开展专题调研`: a class noun after a quoted item closes the list.
      if (/[”」』》"]/u.test(text[i - 1] ?? '') && ISSUE_NOUN.test(text.slice(i, i + 2))) return { at: i, close: 'etc' };
      if (CLAUSE_END.test(ch) && !(/[，,]/u.test(ch) && COMMA_LIST.test(text.slice(i + 1, i + 1 + MAX_LIST)))) return { at: i, close: 'comma' };
      VERB.lastIndex = i;
      ACTIVITY_AT.lastIndex = i;
      // A verb right after `、` opens the next item (`就加快旅游业发展、实施精准扶贫开发等方面建言献策`), not the list's verb.
      if (i > from && ((text[i - 1] !== '、' && VERB.test(text)) || (ACTIVITY_AT.test(text) && !itemOfList(text, ACTIVITY_AT.lastIndex)))) {
        return { at: i, close: 'verb' };
      }
    }
    depth = Math.max(0, depth + quoteStep(ch, depth));
  }
  // The text's end closes a list like a line break (a headline that is the text's last line).
  return depth === 0 && text.length - from <= MAX_LIST && !takeAs ? { at: text.length, close: 'comma' } : undefined;
}

/** An activity form starting exactly where it is asked for (no look back at what comes before, as ACTIVITY_AT has). */
const ACTIVITY_NEXT = new RegExp(ACTIVITY.source, 'uy');

/**
 * An activity word that is one item of the list it stands in (`加强宣传力度、以及委员视察调研、培训学习等方面的问题`):
 * followed by `、` and something that is no activity (`畅所欲言、建言献策` is a run of activities, which closes a list).
 */
function itemOfList(text: string, after: number): boolean {
  if (text[after] !== '、') return false;
  ACTIVITY_NEXT.lastIndex = after + 1;
  return !ACTIVITY_NEXT.test(text);
}

function isListEtc(text: string, i: number): boolean {
  // 平等 is a word; 水平等 and 公平等 are a list's 水平 or 公平 and its 等.
  const wordEnd = text[i - 1] === '平' && (text[i - 2] === '水' || text[i - 2] === '公');
  return (wordEnd || !ETC_BEFORE.includes(text[i - 1] ?? '')) && !ETC_AFTER.includes(text[i + 1] ?? '');
}

/** A clause that opens on the activity held: `开展协商监督`, `组织委员开展专题调研`, `深入基层调研`. */
const ACTIVITY_CLAUSE = /^(?:\p{Script=Han}{0,8}?政协(?:委员会)?|政协委员|委员们|调研组|视察组|监督组)?(?:(?:先后|多次|分别|积极|深入|扎实|认真|广泛|集中|持续)?(?:开展|进行|组织|召开|举办)(?:了)?[^，,。；;]{0,14}?(?:专题|专项|集体|重点)?(?<!大)(?:协商|调研|视察|监督|考察|议政))/u;

/** The first activity form after `from` in the same sentence, within `clauses` further clause ends. */
function activityAfter(text: string, from: number, clauses: number): string | undefined {
  let crossed = 0;
  let to = from;
  for (; to < text.length && !SENTENCE_END.test(text[to]!); to++) {
    if (to > from && CLAUSE_END.test(text[to]!) && ++crossed > clauses) break;
  }
  const lead = ANOTHER_LEAD.exec(text.slice(from, to));
  if (lead) to = from + lead.index;
  // Searched in a window around [from, to), not in all the rest of the text: lead words are common and activity
  // forms rare, so an unbounded search ran on to the next activity, often pages away (2.2 of 52 CPU s on the
  // provinces). The window holds whatever a match starting before `to` can read, so the first match is the same.
  const start = Math.max(0, from - ACTIVITY_REACH);
  ACTIVITY.lastIndex = from - start;
  const m = ACTIVITY.exec(text.slice(start, to + ACTIVITY_REACH));
  return m && start + m.index < to ? m[0] : undefined;
}

/**
 * `就A、B提出了加快X、规范Y等意见建议`: the advice itself listed between 提出 and what it gives, closed by 等 — the list
 * before 提出 is what the advice is about (a form of its own could not hold the run of advice: ACTIVITY's forms repeat
 * nothing, see `formsReach`).
 */
const ADVICE_LISTED = /^提出了?[^。；;，,！!？?\n]{2,60}?等(?:具体)?(?:意见建议|意见和建议|建议)/u;

function adviceListed(text: string, list: { at: number; close: Close }): string | undefined {
  return list.close === 'verb' && ADVICE_LISTED.test(text.slice(list.at, list.at + 72)) ? '提出意见建议' : undefined;
}

/** A verb with no object that closes a list: `…将围绕A、B进行。` */
const BARE_VERB = /^(?:进行|展开|开展)(?=[，,。；;\n]|$)/u;
/** The same after a list's 等 and its class noun: `…将围绕A、B等内容展开。` */
const ETC_BARE_VERB = /^等(?:方面|内容|问题|议题|课题|领域|事项)?(?:进行|展开|开展)(?=[，,。；;\n]|$)/u;

/**
 * `3项重点视察将围绕A、B、C进行`: the activity named before the lead word, in its clause, when the list is closed
 * by a verb with no object (a plan's wording). The last activity form there.
 */
function activityBefore(text: string, lead: number, list: { at: number; close: Close }): string | undefined {
  const bare = list.close === 'verb' ? BARE_VERB.test(text.slice(list.at, list.at + 3))
    : list.close === 'etc' && ETC_BARE_VERB.test(text.slice(list.at, list.at + 6));
  if (!bare) return undefined;
  const start = clauseStart(text, lead);
  // `在10项重要协商中，县政协将重点围绕A、B等内容展开`: the activities the sentence opens in, one clause before.
  const opening = start > 1 && /[，,]/u.test(text[start - 1]!) ? IN_ACTIVITIES.exec(text.slice(clauseStart(text, start - 1), start)) : null;
  const clause = text.slice(start, lead);
  // matchAll starts where ACTIVITY's lastIndex was left (activityAfter sets it): from the clause's start instead.
  ACTIVITY.lastIndex = 0;
  const own = [...clause.matchAll(ACTIVITY)].at(-1)?.[0];
  if (own !== undefined || opening === null) return own;
  ACTIVITY.lastIndex = 0;
  // A bare 协商 or 监督 is a noun here (`重要协商`), which ACTIVITY trusts only after a verb.
  return ACTIVITY.exec(opening[1]!)?.[0] ?? (opening[1]!.endsWith('监督') ? '民主监督' : '协商议政');
}

/** `在10项重要协商中，`, `在今年的重点调研中，`: a clause that says which activities the next one's list is about. */
const IN_ACTIVITIES = /^\s*在([^，,。；;\n]{1,20}?(?:协商|调研|视察|监督))(?:活动|工作)?中[，,]$/u;

/**
 * A meeting named right before a strong lead word (`…协商座谈会聚焦`, `“协商面对面”聚焦`, `…常委会议聚焦`), as in a
 * headline, and the activity form it stands for.
 */
const MEETING_LEAD = /(双周协商座谈会|协商座谈会|座谈会|专题协商会|协商会|专题议政会|议政会|资政会|常委会议?|协商面对面|议事会)[”」]?$/u;
const MEETING_FORM: Record<string, string> = {
  座谈会: '协商座谈会', 协商会: '协商议政', 议政会: '专题议政会', 常委会: '常委会议协商', 常委会议: '常委会议协商', 协商面对面: '协商议事', 议事会: '协商议事',
};

/** `甘肃省政协月协商座谈会聚焦A`, `宜城市首场“协商面对面”聚焦A`: the activity of the meeting right before the lead word. */
function meetingBefore(text: string, lead: number): string | undefined {
  const noun = MEETING_LEAD.exec(text.slice(clauseStart(text, lead), lead))?.[1];
  return noun === undefined ? undefined : (MEETING_FORM[noun] ?? noun);
}

/** True when a list is nothing but quoted items (`“A”“B”`, `“A”、《B》`). */
function allQuoted(list: string): boolean {
  return list.replace(/“[^”]*”|「[^」]*」|《[^》]*》|"[^"]*"/gu, '').replace(/[、\s]/gu, '') === '' && list.trim() !== '';
}
