/**
 * Topics written next to a meeting or activity noun:
 *
 * ok: `召开农村饮用水安全专题资政会` → 专题资政会 `农村饮用水安全` (after the verb that holds the noun);
 *     `召开的…专题协商会和促进民营经济高质量发展专题资政会` → the second topic starts after `和`;
 *     `开展基层治理、基层协商专题调研`, `开展A、B等10项重点调研` → one topic per list item;
 *     `区政协“优化营商环境”重点提案办理协商会` → the quoted name right before the noun, whatever the verb;
 *     `这次提案督办以“优化营商环境”为主题` → the theme named right after the noun;
 *     `组织开展对县交通局工作民主评议` → `县交通局工作`; `完成对县食药局、财政局6个部门的民主评议` → the two units.
 * not ok: `以常委会专题协商会为重点` (no verb), `开展专题调研视察活动XX项` (no topic),
 *     `多次召开重点提案办理协商会` (`重点` is generic).
 */
import type { Activity } from './activities.js';
import { MEETING_FORMS, QUOTED_FORMS, activityOf, formsRegex } from './activities.js';
import { clauseStart, holdsConjunct, isGenericTopic, splitList, trimTopic, type TopicSpan } from './text.js';

/** A topic span with the activity it was put to. */
export interface RawTopic extends TopicSpan {
  activity: Activity;
}

const NOUN = formsRegex(MEETING_FORMS);
const QUOTED_NOUN = formsRegex(QUOTED_FORMS);
// 组织 as a verb, not in 党组织 or 组织生活, nor 组织好 (…组织好自治区政协重点协商活动: how, not what).
const VERB = /(?:召开|开展|举行|举办|完成|启动|(?<!党|基层|团|社会)组织(?!好|生活|建设|部|机构|体系|领导|架构|保障|力|优势|关系|工作))(?:了|的)?/gu;
/** Connectors that start the next topic after an earlier meeting noun in the same clause. */
const JOIN = /^(?:和|及|与|、|以及|暨)/u;
/** A trip (`组织到发达省份…学习考察`, `组织委员…赴宁夏考察学习`) names places and people, not topics. */
const DESTINATION = /^(?:到|去)|赴|前往/u;
/** A count between a list and its noun: `A、B等10项重点调研`, `A、B两次资政会`. */
const COUNT_BEFORE = /等?(?:各类|各种|多种|系列)?(?:首|第)?[0-9０-９XxＸ*一二三四五六七八九十两多几余]*[项个次场批轮件]?$/u;
/** `开展五年一贯、两届接续的专项民主监督`: a span ending in 的 describes the activity; `关于X的`, `对X的` name a topic. */
const DESCRIBES = /^(?!关于|对|以).*的$/u;
/** A lead word of a frame (frames.ts) after the verb: `组织委员围绕…进行考察学习`. */
const FRAMED = /围绕|聚焦|针对/u;
/** `…对X进行`: the object of an activity written with 对 and 进行 before its noun. */
const OVER = /对([^对]{2,40})进行$/u;
/** `对X的`, `关于X的`, `(一场)聚焦X的` right before a noun: X is its topic. */
const ABOUT = /^((?:一[场次])?(?:对|关于|围绕|聚焦|针对))[^对的，,]{2,40}的$/u;
/** The count of the units a 民主评议 reviews, before it: `…6个部门的`. */
const REVIEWED_COUNT = /等?[0-9０-９一二三四五六七八九十两]*个?(?:部门|单位)?的$/u;
/** A theme named after the noun: `提案督办以“优化营商环境”为主题`. */
const THEME_AFTER = /^以(“[^”]{2,60}”|[^，。；,;\n]{2,30}?)为(?:主题|题|重点)/u;
/** A quote opened and not closed (`“民生`, `会议落实“民生`). */
const OPEN_QUOTE = /[“「][^”」]*$/u;
/** The longest single topic taken in front of a noun; the longest list. */
const MAX_TOPIC = 40;
/** A title in 《》 is one name however long (`《中共某市委关于A、B、C的实施意见》征求意见座谈会`). */
const MAX_TITLE = 100;
/** Whether a quoted span is short enough to be one topic: a title in 《》 up to MAX_TITLE, anything else MAX_TOPIC. */
const lengthOk = (text: string, span: TopicSpan): boolean => span.end - span.start <= (text[span.end] === '》' ? MAX_TITLE : MAX_TOPIC);
const MAX_LIST = 160;

/** Topics named next to meeting and activity nouns (`召开X专题协商会`), in `text` (folded). */
export function meetingTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  let previousEnd = -1;
  for (const m of text.matchAll(NOUN)) {
    const at = m.index;
    const end = at + m[0].length;
    const activity = activityOf(m[0], MEETING_FORMS);
    // A key proposal is named by its quoted title or theme; `召开…会议筛选*件重点提案` names none.
    const bare = /^(?:(?:调研|视察)(?:工作)?|民主监督(?:活动)?)$/u.test(m[0]);
    const held = activity === '重点提案督办' || (bare && SUPPORTED.test(text.slice(clauseStart(text, at), at)))
      ? []
      : verbHeld(text, at, previousEnd, activity).filter((s) => !bare || isOneSubject(text, s, at));
    const quoted = quotedBefore(text, at) ?? (/会议?$/u.test(m[0]) ? kindBetween(text, at) : undefined);
    const named = (bare && quoted ? quotedSubject(text, quoted) : quoted) ?? themeAfter(text, end) ?? held;
    const spans = named.length === 0 && NAMED_SUPERVISION.test(m[0]) ? supervisionSubject(text, at, previousEnd) : named;
    previousEnd = end;
    for (const item of spans) {
      const topic = text.slice(item.start, item.end);
      // `开展“民生专题协商议事月活动”`: the noun inside a quoted name, its 'topic' a piece of that name.
      if (item.end - item.start <= MAX_TOPIC && !isGenericTopic(topic) && !OPEN_QUOTE.test(topic)) out.push({ ...item, activity });
    }
  }
  return [...out, ...quotedNounTopics(text), ...namedTopics(text), ...listedTopics(text), ...listedProposals(text), ...supervisedProposals(text)];
}

/** Work a text supports or accepts, someone else's (a government's `支持民主党派开展脱贫攻坚民主监督`), not its own. */
const SUPPORTED = /支持|接受/u;

/** Supervision named as a standing piece of work, its subject written right before it (`改善生态环境专项民主监督`). */
const NAMED_SUPERVISION = /^(?:专项|专题)民主监督(?:工作)?$/u;
/**
 * The subject before such a supervision when no verb holds it (`湘西州改善生态环境专项民主监督工作会议`, `高度重视改善生态环境
 * 专项民主监督工作`, `督导A专项民主监督工作`): the run of four to twenty characters after the last word that ends what came
 * before — punctuation, a quote, 的 / 了, a year, or a verb of doing or taking up the work (from a clause's start alone, the
 * run is as often who acts or a count: `成立8个专项民主监督小组`).
 */
const SUBJECT_BEFORE =
  /^[^]*(?:[，,。；;：:！!？?\s“”「」《》、]|的|了|年度?|召开|开展|推进|督导|督查|重视|部署|做好|动员|深化|启动|助推|全县|全市|全区|全州|全旗|全省)([^，,。；;：:！!？?\s“”「」《》、的了]{4,20})$/u;

/** VERB without its global flag, for a test that keeps no position between calls. */
const HOLDS = new RegExp(VERB.source, 'u');

function supervisionSubject(text: string, at: number, previousEnd: number): TopicSpan[] {
  const from = Math.max(clauseStart(text, at), previousEnd);
  const before = text.slice(from, at);
  // A clause with a verb that holds the noun, or a lead word that frames a list, was read above (and found nothing).
  if (HOLDS.test(before) || FRAMED.test(before) || /[对就]/u.test(before)) return [];
  const m = SUBJECT_BEFORE.exec(before);
  return m ? [trimTopic(text, at - m[1]!.length, at)] : [];
}

/** How far a list after a colon is read (a plan's list is short; a text with no 。 is not read to its end). */
const MAX_LISTED_SPAN = 800;

/** Where the sentence (or line) that goes on at `from` ends: its 。, its line break, or MAX_LISTED_SPAN on. */
function sentenceEnd(text: string, from: number): number {
  const window = text.slice(from, from + MAX_LISTED_SPAN);
  const stop = window.search(/[。\n]/u);
  return from + (stop < 0 ? window.length : stop);
}

/**
 * `10件重点提案是：某委员《关于A的建议》，某党派《B的建议》…`, `这10件重点督办提案分别是：《关于A案》《关于B案》`: key
 * proposals set out by their titles after a colon — each title (its 关于 … 的建议 / 案 wrapper dropped) a topic of
 * 重点提案督办.
 */
const KEY_PROPOSALS = /重点(?:督办)?提案[^。；;：:\n]{0,10}?[:：]/gu;
const TITLE = /《([^《》\n]{4,60})》/gu;

function listedProposals(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const m of text.matchAll(KEY_PROPOSALS)) {
    const from = m.index + m[0].length;
    const end = sentenceEnd(text, from);
    for (const t of text.slice(from, end).matchAll(TITLE)) {
      const start = from + t.index + 1;
      const inner = t[1]!;
      const lead = /^关于/u.exec(inner)?.[0].length ?? 0;
      const tail = /(?:的)?(?:建议案|提案|建议|议案|案)$/u.exec(inner)?.[0].length ?? 0;
      const span = trimTopic(text, start + lead, start + inner.length - tail);
      if (span.end > span.start && !isGenericTopic(text.slice(span.start, span.end))) out.push({ ...span, activity: '重点提案督办' });
    }
  }
  return out;
}

/**
 * `上海市政协重点督办饮用水源保护提案`, `重点督办关于加强古树保护的提案`: a proposal supervised, named by its theme between
 * 督办 and 提案 (关于 … 的 dropped), a topic of 重点提案督办. Not a count, a session's proposals or a number (the generic
 * filter), nor a theme in quotes or a title (read by the quoted rules).
 */
const SUPERVISED_PROPOSAL = /督办(?:了)?(?:关于)?([^，,。；;：:、《》“”「」"\n]{3,30}?)(?:的|方面的?)?(?:重点)?提案/gu;

const NOT_A_THEME = /微$|[0-9０-９一二三四五六七八九十两多]+件$|建议和|政协$|委员$/u;

function supervisedProposals(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const m of text.matchAll(SUPERVISED_PROPOSAL)) {
    // Not a kind of proposal (`重点民生微提案`), a count (`年度7件`), or two bodies' (`代表建议和政协提案`).
    if (NOT_A_THEME.test(m[1]!)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const span = trimTopic(text, start, start + m[1]!.length);
    if (span.end > span.start && !isGenericTopic(text.slice(span.start, span.end))) out.push({ ...span, activity: '重点提案督办' });
  }
  return out;
}

/**
 * `对口协商议题共有5个：A；B；C。`, `最值得关注的议题是：A，B。`, `有2个议题计划实施专题协商，即：A；B。`, `…调研议题进行
 * 研讨，包括：A；B。`, `这次调研的主要内容是：A；B。`: topics set out after a colon, as a plan lists them — one per semicolon
 * (a comma stays inside a topic), split at 、 too when each item stands alone. Not a meeting's agenda (`会议议题：审议…`,
 * `以X为议题开展专题协商，主要议程有：…`).
 */
const LISTED = /(?<!会议)(?:议题|课题|(?:调研|视察|监督)的?(?:主要|重点)?内容)((?:[^。；;：:，,\n]{0,12}?|[^。；;：:\n]{0,16}?[，,](?:即|包括)))(?:是|为|即)?[:：]/gu;
/** The activity a listed topic is put to, from the words before the colon and the line's start. */
const LISTED_ACTIVITY: Array<[RegExp, Activity]> = [
  [/对口协商/u, '对口协商'], [/界别协商/u, '界别协商'], [/常委会/u, '常委会议协商'], [/专题协商/u, '专题协商会'],
  [/调研/u, '专题调研'], [/视察/u, '视察'], [/监督/u, '民主监督'],
];
const MAX_LISTED = 8;
/** The fewest characters an item split off a listed topic at 、 may have (not 功能, 作用). */
const MIN_ITEM = 3;

function listedTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const m of text.matchAll(LISTED)) {
    const from = m.index + m[0].length;
    const end = sentenceEnd(text, from);
    const pieces = text.slice(from, end).split(/[；;]/u);
    if (pieces.length > MAX_LISTED || pieces.some((p) => p.trim().length > MAX_TOPIC)) continue;
    const context = text.slice(clauseStart(text, m.index), m.index + m[0].length);
    const activity = LISTED_ACTIVITY.find(([re]) => re.test(context))?.[1] ?? '协商议政';
    let at = from;
    for (const piece of pieces) {
      // Split at 、 when each item can stand alone (`A、B`), not a phrase's last words (`…的定位、功能和作用`).
      const items = piece.includes('、') ? splitList(text, at, at + piece.length) : [];
      const spans = items.length > 0 && items.every((i) => i.end - i.start >= MIN_ITEM) ? items : [trimTopic(text, at, at + piece.length)];
      for (const s of spans) if (s.end > s.start && !isGenericTopic(text.slice(s.start, s.end))) out.push({ ...s, activity });
      at += piece.length + 1;
    }
  }
  return out;
}

/** `协商课题“A”`, `调研课题为“A”“B”`, `监督议题：“A”`: topics quoted right after the noun that names them as such. */
const NAMED = /(协商|调研|视察|监督|议政)(?:课题|议题)(?:为|是|：|:)?(?=[“「])/gu;
/** …the standing committee's: `常委会议协商议题“A”` (read before the match: an optional group first slows the scan). */
const STANDING = /常委会议?$/u;
const NAMED_ACTIVITY: Record<string, Activity> = { 协商: '协商议政', 调研: '专题调研', 视察: '视察', 监督: '民主监督', 议政: '协商议政' };

function namedTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const m of text.matchAll(NAMED)) {
    const activity: Activity = STANDING.test(text.slice(Math.max(0, m.index - 4), m.index)) ? '常委会议协商' : NAMED_ACTIVITY[m[1]!]!;
    let end = m.index + m[0].length;
    // A run of quoted items, joined by nothing, 、 or 和.
    for (let next = quotedEnd(text, end); next !== undefined; next = quotedEnd(text, end + (/[、和]/u.test(text[end] ?? '') ? 1 : 0))) end = next;
    for (const item of splitList(text, m.index + m[0].length, end)) {
      if (item.end - item.start <= MAX_TOPIC && !isGenericTopic(text.slice(item.start, item.end))) out.push({ ...item, activity });
    }
  }
  return out;
}

/** The end of the quoted item opening at `at` (after its closing quote), or undefined when none opens there. */
function quotedEnd(text: string, at: number): number | undefined {
  const close = text[at] === '“' ? '”' : text[at] === '「' ? '」' : undefined;
  if (close === undefined) return undefined;
  const i = text.indexOf(close, at + 1);
  return i < 0 || i - at > MAX_TOPIC + 2 || /[。；;\n]/u.test(text.slice(at, i)) ? undefined : i + 1;
}

/** Who joins in an activity and how, written between its quoted name and its noun: 三级政协联动, 专项集体. */
const JOINED_BETWEEN = /(?:(?:[两三四]级|省市县|市县|市区)政协)?(?:上下)?联动(?:专项|专题|集体)*$|(?:专项|专题)集体$/u;

/** Topics quoted right before a noun that takes no other (`“A”协商座谈会`, `“A”的协商调研`); see QUOTED_FORMS. */
function quotedNounTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const m of text.matchAll(QUOTED_NOUN)) {
    const activity = activityOf(m[0], QUOTED_FORMS);
    // `“A”三级政协联动专项集体民主监督活动`: who joins in and how, between the quoted name and its noun.
    const at = m.index - (JOINED_BETWEEN.exec(text.slice(Math.max(0, m.index - 16), m.index))?.[0].length ?? 0);
    const quoted = quotedBefore(text, text[at - 1] === '的' ? at - 1 : at) ?? [];
    for (const item of quoted) {
      // `推出“专项集体性”民主监督`: a quoted manner is a way of working, not a subject.
      const topic = text.slice(item.start, item.end);
      if (lengthOk(text, item) && !isGenericTopic(topic) && !QUOTED_MANNER.test(topic)) out.push({ ...item, activity });
    }
  }
  return out;
}

const OPENER: Record<string, string> = { '”': '“', '」': '「', '"': '"', '》': '《' };

/** The quoted names right before a noun (`“A”“B”专题调研`), or undefined when the noun has no quote before it. */
function quotedBefore(text: string, at: number): TopicSpan[] | undefined {
  // `“A”(市政协第0342号)重点提案督办`: a bracketed note between the name and its noun.
  const note = /[”」][（(][^（()）\n]{1,20}[）)]$/u.exec(text.slice(Math.max(0, at - 24), at));
  if (note) at -= note[0].length - 1;
  let start = at;
  for (let open = OPENER[text[start - 1] ?? '']; open !== undefined; open = OPENER[text[start - 1] ?? '']) {
    const i = text.lastIndexOf(open, start - 2);
    if (i < 0 || start - i > (open === '《' ? MAX_TITLE : MAX_TOPIC) + 2 || /[。；;\n]/u.test(text.slice(i, start))) break;
    start = i;
  }
  return start < at ? splitList(text, start, at) : undefined;
}

/** A kind of work between a quoted name and its meeting noun: `“A”民主监督专题协商会`. */
const KIND_BETWEEN = /[”」](?:专项)?(?:民主监督|调研|视察)$/u;

/** The quoted names before a kind of work that stands before the noun (`召开“A”民主监督专题协商会` → A). */
function kindBetween(text: string, at: number): TopicSpan[] | undefined {
  const kind = KIND_BETWEEN.exec(text.slice(Math.max(0, at - 8), at));
  return kind ? quotedBefore(text, at - kind[0].length + 1) : undefined;
}

function themeAfter(text: string, end: number): TopicSpan[] | undefined {
  const m = THEME_AFTER.exec(text.slice(end, end + 70));
  return m ? splitList(text, end + 1, end + 1 + m[1]!.length) : undefined;
}

/**
 * A bare 调研 / 视察 (not 专题调研) names its topic only as one subject right after 开展 or 进行 (`开展生物多样性保护调研`):
 * not a list of ways or kinds of work (`开展执法检查、调研`, `开展四不两直、蹲点式调研`), not a manner (`…式`, `…性`).
 */
function isOneSubject(text: string, span: TopicSpan, at: number): boolean {
  const topic = text.slice(span.start, span.end);
  return /(?:开展|进行)$/u.test(text.slice(Math.max(0, span.start - 2), span.start)) && span.end === at
    && topic.length >= 4 && !/[、及]|[式性]$|检查$/u.test(topic) && !HOW_DONE.test(topic) && (!holdsConjunct(topic) || VERB_PAIR.test(topic) || !WAY_OF_WORK.test(topic));
}

/** A way of working inside a subject joined by 和 (`开展执法检查和调研`): kinds of work, not one subject with two sides (`秸秆禁烧和综合利用`). */
const WAY_OF_WORK = /调研|视察|监督|协商|检查|考察|评议|督查|督办|走访|座谈|暗访/u;

/** How a visit or a supervision is done, not what it is on: `开展三级政协联动专项集体民主监督`, `“跨界”联合调研`. */
const HOW_DONE = /(?:专项|专题|集体|联动|联合|跟踪|全程|常态化|协商式|重点)$/u;

/** `加强和改进…工作`: two verbs joined by 和 that govern one object, not a list of ways of working. */
const VERB_PAIR = /^\p{Script=Han}{2}和\p{Script=Han}{2}[^和]{2,}$/u;

/** A manner of work named in quotes (`“蹲点式”`, `“专项集体性”`), not a subject. */
const QUOTED_MANNER = /[式性]$/u;

/** Before a bare 调研, one quoted subject (“X”调研); quoted manners (“四不两直”“蹲点式”调研) are ways of working. */
function quotedSubject(text: string, quoted: TopicSpan[]): TopicSpan[] {
  return quoted.length === 1 && !QUOTED_MANNER.test(text.slice(quoted[0]!.start, quoted[0]!.end)) ? quoted : [];
}

/** The topic between the clause's verb and the noun (`召开X专题协商会`), split into list items. */
function verbHeld(text: string, at: number, previousEnd: number, activity: Activity): TopicSpan[] {
  // `开展“A”系列活动、“B”服务活动、视察调研活动`: a noun that is itself a list's item names a kind of work, no topic.
  if (text[at - 1] === '、') return [];
  const from = topicStart(text, clauseStart(text, at), at, previousEnd);
  if (from === undefined || at - from > MAX_LIST) return [];
  const held = text.slice(from, at);
  if (DESTINATION.test(held)) return [];
  // `组织委员围绕A、B等内容进行考察学习`: a lead word between the verb and the noun frames the list (frames.ts).
  // Not when 的 makes the framed list the noun's modifier (`组织了一场聚焦校园安全的界别协商会`: read below, as 关于…的).
  if (FRAMED.test(held) && !ABOUT.test(held)) return [];
  const reviewed = activity === '民主评议' && text[from] === '对';
  // `召开…常委会暨区“十三五”规划专题民主协商会`: two meetings held as one; the topic is named in the second's name.
  const joint = text.lastIndexOf('暨', at - 1);
  const start = joint >= from ? joint + 1 : reviewed ? from + 1 : from;
  // `完成对A、B、C6个部门的民主评议`: the units reviewed, without their count.
  const units = reviewed ? (REVIEWED_COUNT.exec(text.slice(start, at))?.[0].length ?? 0) : 0;
  const end = at - units - (COUNT_BEFORE.exec(text.slice(start, at - units))?.[0].length ?? 0);
  // `召开常委会议对旅游工作进行专题协商议政`: the topic is what 对 … 进行 frames.
  const framed = OVER.exec(text.slice(start, end));
  if (framed) return splitList(text, end - 2 - framed[1]!.length, end - 2);
  // `开展对乡村振兴的视察调研活动`, `开展关于X的专题调研`, `组织了一场聚焦X的界别协商会`: what 对 / 关于 / 围绕 / 聚焦 / 针对 … 的
  // names before the noun, without them.
  const about = ABOUT.exec(text.slice(start, end));
  if (about) return splitList(text, start + about[1]!.length, end - 1);
  return DESCRIBES.test(text.slice(start, end)) ? [] : splitList(text, start, end);
}

/**
 * Where the topic in front of a noun at `at` starts: after the clause's last verb, or after `和` that
 * follows an earlier noun of the same clause. `undefined` when the clause has no verb
 * or when an earlier noun stands between the verb and this one without a connector.
 */
function topicStart(text: string, clause: number, at: number, previousEnd: number): number | undefined {
  let verbEnd: number | undefined;
  for (const v of text.slice(clause, at).matchAll(VERB)) verbEnd = clause + v.index + v[0].length;
  if (verbEnd === undefined) return undefined;
  if (previousEnd > verbEnd && previousEnd <= at) {
    // Two nouns after one verb: only `A专题协商会和B专题资政会` names a second topic.
    const join = JOIN.exec(text.slice(previousEnd, at));
    return join ? previousEnd + join[0].length : undefined;
  }
  return verbEnd;
}
