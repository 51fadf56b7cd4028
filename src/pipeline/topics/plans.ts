/**
 * Topics a plan sets out as numbered lines under a heading that names the activity (协商计划, 工作要点):
 *
 * ok: `（二）专题议政性常委会会议（2项）` then `1. 降低企业成本，吸引投资创业` / `时间安排：7月` / `2. 放大生态比较优势…` →
 *     two 常委会议协商 topics; `三、对口协商` then `（1）推进青年电子商务创业`.
 * not ok: numbered lines under a heading that names no activity (`二、加强自身建设`), lines too long to be a title
 *     (a plan's paragraphs), a line with a colon (`1. 时间安排：7月`), a line that is a sentence with its own lead word,
 *     verb or activity (`1. 围绕X开展政协常委会议协商`: the frames read it).
 */
import { ACTIVITY_FORMS, activityOf, formsRegex, type Activity } from './activities.js';
import type { RawTopic } from './meetings.js';
import { isGenericTopic, trimTopic } from './text.js';

/** A plan's heading: `（二）…`, `二、…`, `第二部分…`, short, with no sentence in it. */
const HEADING = /^\s*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[部分项类章节]?)\s*([^。；;\n]{2,40})$/u;
/** A numbered item under it: `1. X`, `1、X`, `（1）X`, `1)X`. */
const ITEM = /^\s*(?:[0-9０-９]{1,2}[.．、)）]|[（(][0-9０-９]{1,2}[)）])\s*([^：:\n]{4,50}?)[。；;]?\s*$/u;
/** Every activity form (the meeting nouns come first in the list). */
const FORMS = formsRegex(ACTIVITY_FORMS);
/** An item written as a sentence of its own (`围绕X开展常委会议协商`): the other rules read it. */
const PROSE = /围绕|聚焦|紧扣|开展|召开|举办|组织|进行|协商|调研|视察|监督/u;

/** The activity a heading names (`专题议政性常委会会议` → 常委会议协商; any other 协商 → 协商议政), or undefined. */
function headingActivity(heading: string): Activity | undefined {
  FORMS.lastIndex = 0;
  const m = FORMS.exec(heading);
  if (m) return activityOf(m[0], ACTIVITY_FORMS);
  return /协商/u.test(heading) ? '协商议政' : undefined;
}

/** Topics set out as numbered lines under an activity's heading, in `text` (folded). */
export function planTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  let activity: Activity | undefined;
  let at = 0;
  for (const line of text.split('\n')) {
    const heading = HEADING.exec(line);
    const item = heading ? null : ITEM.exec(line);
    if (heading) activity = headingActivity(heading[1]!);
    else if (item && activity && !PROSE.test(item[1]!)) {
      const start = at + line.indexOf(item[1]!);
      const span = trimTopic(text, start, start + item[1]!.length);
      if (span.end > span.start && !isGenericTopic(text.slice(span.start, span.end))) out.push({ ...span, activity });
    }
    at += line.length + 1;
  }
  return out;
}
