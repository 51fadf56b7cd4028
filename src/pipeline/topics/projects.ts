/**
 * Topics named as the year's projects or as the setting of an activity, with no lead word or verb before them:
 *
 * ok: `确定A、B、C三个调研课题` → 专题调研 A, B, C; `选定A、B等重点协商议题` → 协商议政 A, B;
 *     `在A、B等调研中` → 专题调研 A, B; `在“A”视察过程中` → 视察 A.
 * not ok: `确定协商议题24个` (no topic), `确定A、B两个课题` (no activity: research? consultation?),
 *     `在调研中` (no list).
 */
import { ACTIVITY_FORMS, activityOf, type Activity } from './activities.js';
import type { RawTopic } from './meetings.js';
import { isGenericTopic, trimTopic, topicItems } from './text.js';

/** The activity word before 课题/议题 or 中: here 协商 and 监督 are named kinds of project, not nouns in general. */
const ACTIVITY = '(?:专题|对口|界别)?(?:调研|视察|协商|监督|资政|议政)';
const KIND: Record<string, Activity> = {
  专题协商: '专题协商会',
  对口协商: '对口协商',
  界别协商: '界别协商',
  调研: '专题调研',
  视察: '视察',
  协商: '协商议政',
  监督: '民主监督',
  资政: '专题资政会',
  议政: '协商议政',
};
/** A list, as long as it holds no clause end (quotes may hold commas). */
const LIST = '((?:“[^”\\n]{1,60}”|「[^」\\n]{1,60}」|[^，,。；;：:！!？?\\n“「]){2,160}?)';
const COUNT = '等?(?:[0-9０-９一二三四五六七八九十两多几]+[个项])?';
/**
 * `确定A、B、C三个调研课题`, `确定了“A”“B”等6个月度协商议题`: the activity is the word before 课题/议题, after the count and the
 * meeting or period it is for (`将A确定为B的…课题`: B is who takes it up).
 */
const CHOSEN = new RegExp(`(?:确定|选定|确立|选取|明确)(?:了)?(?!为)${LIST}${COUNT}(?:为(?:今年|明年|本年度|全年|[0-9０-９]{4}年度?)?的?)?(?:年度|月度|季度|常委会议?)?(?:重点)?(${ACTIVITY})(?:课题|议题|项目)`, 'gu');
/**
 * `会议就界别协商选题进行了讨论，最后确定了“A”、“B”等主题`: themes chosen with no activity before 主题, the activity named by
 * the choice the sentence is about (界别协商选题) before them.
 */
const CHOSEN_THEMES = new RegExp(`(?:确定|选定)(?:了)?(?!为)${LIST}${COUNT}(?:主题|选题)`, 'gu');
const CHOICE_BEFORE = new RegExp(`(${ACTIVITY})(?:选题|课题|议题|主题)[^。；;！!？?\\n]*$`, 'u');
/** `在A、B等调研中`: the activity is the setting of what the sentence reports. */
const SETTING = new RegExp(`在${LIST}等(${ACTIVITY})(?:中|过程中|期间|时)`, 'gu');

/**
 * A plan's heading that is an activity's name alone (`三、界别协商(12项)`, `二、重点调研课题`, `（三）民主监督`): the numbered
 * lines under it, up to the next heading of its kind, are its topics (`(一)城镇供热领域的节能减排潜力和对策`), the lines
 * between them details (时间安排:4月 牵头界别组:…).
 */
const PLAN_HEADING = new RegExp(
  `^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\\s*(?:年度|重点|专题)?(${ACTIVITY_FORMS.map(([p]) => p).filter((p) => !p.startsWith('(?<=')).join('|')})(?:议题|课题|活动|项目|计划)?\\s*(?:[（(][0-9０-９一二三四五六七八九十]+[项个次场][）)])?$`,
  'u',
);
/** A numbered line of a plan: `(一)X`, `1.X`, `1、X`; its text short and no sentence. */
const PLAN_ITEM = /^(?:[（(](?:[一二三四五六七八九十]+|\d+)[）)]|\d+[.．、])\s*([^。；;！？!?\n]{4,60})$/u;

/** Topics listed as numbered lines under a plan heading that names their activity. */
function planTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  let activity: Activity | undefined;
  let level = '';
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end).trim();
    const lead = start + text.slice(start, end).indexOf(line);
    const heading = PLAN_HEADING.exec(line);
    // A heading of the kind that opened the list (三、 or （三）) ends it; a numbered line of its own kind is an item.
    const kind = /^[一二三四五六七八九十]+、/u.test(line) ? 'top' : /^[（(][一二三四五六七八九十]+[）)]/u.test(line) ? 'sub' : '';
    if (heading) {
      activity = activityOf(heading[1]!, ACTIVITY_FORMS);
      level = kind;
    } else if (activity !== undefined && kind !== '' && (kind === level || (level === 'sub' && kind === 'top'))) {
      activity = undefined;
    } else if (activity !== undefined) {
      const item = PLAN_ITEM.exec(line);
      if (item) {
        // One item, one topic: 抗战纪念场所的保护和作用发挥 is not split.
        const span = trimTopic(text, lead + line.length - item[1]!.length, lead + line.length);
        if (span.end > span.start && !isGenericTopic(text.slice(span.start, span.end))) out.push({ ...span, activity });
      }
    }
    start = end + 1;
  }
  return out;
}

/** Topics chosen as projects of an activity, or named as its setting, in `text` (folded). */
export function projectTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [...planTopics(text)];
  for (const pattern of [CHOSEN, SETTING]) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index + m[0].indexOf(m[1]!);
      const activity = KIND[m[2]!] ?? KIND[m[2]!.slice(2)]!;
      // One quoted item is one of LIST's two pieces: the 等 after it is taken for the other (`确定了“A”等3个协商议题`).
      const end = start + m[1]!.length - (/[”」]等$/u.test(m[1]!) ? 1 : 0);
      out.push(...topicItems(text, start, end, activity));
    }
  }
  for (const m of text.matchAll(CHOSEN_THEMES)) {
    const choice = CHOICE_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    // The themes quoted, as a choice's titles are (not `协商确定…第三次会议大会发言主题`, a session's own item).
    if (!choice || !/^[“「]/u.test(m[1]!)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length - (/[”」]等$/u.test(m[1]!) ? 1 : 0);
    out.push(...topicItems(text, start, end, KIND[choice[1]!] ?? KIND[choice[1]!.slice(2)]!));
  }
  return out;
}
