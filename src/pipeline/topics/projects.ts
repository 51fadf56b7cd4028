/**
 * Topics named as the year's projects or as the setting of an activity, with no lead word or verb before them:
 *
 * ok: `确定A、B、C三个调研课题` → 专题调研 A, B, C; `选定A、B等重点协商议题` → 协商议政 A, B;
 *     `在A、B等调研中` → 专题调研 A, B; `在“A”视察过程中` → 视察 A.
 * not ok: `确定协商议题24个` (no topic), `确定A、B两个课题` (no activity: research? consultation?),
 *     `在调研中` (no list).
 */
import type { Activity } from './activities.js';
import type { RawTopic } from './meetings.js';
import { isGenericTopic, splitList } from './text.js';

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
/** `确定A、B、C三个调研课题`: the activity is the word before 课题/议题 (`将A确定为B的…课题`: B is who takes it up). */
const CHOSEN = new RegExp(`(?:确定|选定|确立|选取|明确)(?:了)?(?!为)${LIST}${COUNT}(?:年度)?(?:重点)?(${ACTIVITY})(?:课题|议题|项目)`, 'gu');
/** `在A、B等调研中`: the activity is the setting of what the sentence reports. */
const SETTING = new RegExp(`在${LIST}等(${ACTIVITY})(?:中|过程中|期间|时)`, 'gu');

/** Topics chosen as projects of an activity, or named as its setting, in `text` (folded). */
export function projectTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const pattern of [CHOSEN, SETTING]) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index + m[0].indexOf(m[1]!);
      const activity = KIND[m[2]!] ?? KIND[m[2]!.slice(2)]!;
      for (const item of splitList(text, start, start + m[1]!.length)) {
        if (!isGenericTopic(text.slice(item.start, item.end))) out.push({ ...item, activity });
      }
    }
  }
  return out;
}
