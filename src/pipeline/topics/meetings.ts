/**
 * Topics written in front of a meeting or activity noun, after the verb that holds it:
 *
 * ok: `召开农村饮用水安全专题资政会` → 专题资政会 `农村饮用水安全`;
 *     `召开的…专题协商会和促进民营经济高质量发展专题资政会` → the second topic starts after `和`;
 *     `开展基层治理、基层协商专题调研` → two 专题调研 topics; `组织开展对县交通局工作民主评议` → `县交通局工作`.
 * not ok: `以常委会专题协商会为重点` (no verb), `开展专题调研视察活动XX项` (no topic),
 *     `多次召开重点提案办理协商会` (`重点` is generic).
 */
import type { Activity } from './activities.js';
import { MEETING_FORMS, activityOf, formsRegex } from './activities.js';
import { clauseStart, isGenericTopic, splitList, type TopicSpan } from './text.js';

/** A topic span with the activity it was put to. */
export interface RawTopic extends TopicSpan {
  activity: Activity;
}

const NOUN = formsRegex(MEETING_FORMS);
// 组织 as a verb, not in 党组织 or 组织生活.
const VERB = /(?:召开|开展|举行|举办|(?<!党|基层|团|社会)组织(?!生活|建设|部|机构|体系|领导|架构|保障|力|优势|关系|工作))(?:了|的)?/gu;
/** Connectors that start the next topic after an earlier meeting noun in the same clause. */
const JOIN = /^(?:和|及|与|、|以及|暨)/u;
const DESTINATION = /^(?:到|赴|去|前往)/u;
/** The longest topic taken in front of a noun; longer runs mean the verb was not this noun's. */
const MAX_TOPIC = 40;

/** Topics named in front of meeting and activity nouns (`召开X专题协商会`). */
export function meetingTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  let previousEnd = -1;
  for (const m of text.matchAll(NOUN)) {
    const at = m.index;
    const from = topicStart(text, clauseStart(text, at), at, previousEnd);
    previousEnd = at + m[0].length;
    if (from === undefined || at - from > MAX_TOPIC) continue;
    const activity = activityOf(m[0], MEETING_FORMS);
    // `组织到发达省份、中西部地区学习考察` names places to go, not topics.
    if (DESTINATION.test(text.slice(from, at))) continue;
    const start = activity === '民主评议' && text[from] === '对' ? from + 1 : from;
    for (const item of splitList(text, start, at)) {
      const topic = text.slice(item.start, item.end);
      if (!isGenericTopic(topic)) out.push({ ...item, activity });
    }
  }
  return out;
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
