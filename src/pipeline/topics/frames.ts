/**
 * Topic lists framed by 围绕/聚焦/紧扣/重点就 and followed, in the same sentence, by an activity:
 *
 * ok: `围绕“全县外卖餐饮食品安全工作”开展专题协商` (quoted, verb right after);
 *     `围绕“A”“B”等课题开展调研视察`, `重点就A、“B”“C”等开展民主监督` (list closed by 等);
 *     `聚焦A、B、C等议题，通过常委会成员集体监督性视察…` (activity within three clauses).
 * not ok: `围绕县委点题，组织开展…` (no 等, not quoted: the comma ends an unquoted phrase);
 *     `聚焦A、B等重点工作，持续加强专门协商机构建设` (no activity follows);
 *     `围绕重要议题联合开展调研` (generic).
 */
import { ACTIVITY_FORMS, activityOf, formsRegex } from './activities.js';
import type { RawTopic } from './meetings.js';
import { CLAUSE_END, SENTENCE_END, isGenericTopic, quoteStep, splitList } from './text.js';

const TRIGGER = /(?:围绕|聚焦|紧扣|重点就|主要就|先后就|分别就|专门就)/gu;
const ACTIVITY = formsRegex(ACTIVITY_FORMS);
/** A verb that ends an unquoted list written straight before its activity (`围绕X开展专题协商`). */
const VERB = /(?:开展|进行|召开|举办|组织(?=开展|委员|视察|调研|协商|专题|民主|相关|有关|部分|各))/uy;
/** Adverbs between a list and its verb: `围绕X联合开展`, `…等民生问题深入开展`. */
const ADVERBS = /(?:广泛深入|深入基层|联合|深入|广泛|积极|认真|扎实|先后|分别|集中|持续|重点)+$/u;
/** 等 that closes a list, not 等 inside a word (平等, 高等教育, 等级). */
const ETC_BEFORE = '平高初中同对均相次上优特头超';
const ETC_AFTER = '级候待同于值效价';
const MAX_LIST = 160;
/** How many clause ends an activity may lie beyond a list closed by 等 or by a comma. */
const MAX_CLAUSES = 3;

type Close = 'etc' | 'verb' | 'comma';

/** Topics in 围绕/聚焦/紧扣/重点就 frames. */
export function frameTopics(text: string): RawTopic[] {
  const out: RawTopic[] = [];
  for (const t of text.matchAll(TRIGGER)) {
    const from = t.index + t[0].length;
    const list = listEnd(text, from);
    if (!list) continue;
    let end = list.at;
    if (list.close === 'verb') end -= ADVERBS.exec(text.slice(from, end))?.[0].length ?? 0;
    const items = splitList(text, from, end);
    if (list.close === 'comma' && !allQuoted(text.slice(from, end))) continue;
    const written = activityAfter(text, list.at, list.close === 'verb' ? 0 : MAX_CLAUSES);
    if (written === undefined) continue;
    const activity = activityOf(written, ACTIVITY_FORMS);
    for (const item of items) {
      if (!isGenericTopic(text.slice(item.start, item.end))) out.push({ ...item, activity });
    }
  }
  return out;
}

/** Where the list after a trigger ends and what ended it; quote-aware, so `“A，B”` is one item. */
function listEnd(text: string, from: number): { at: number; close: Close } | undefined {
  let depth = 0;
  for (let i = from; i < text.length && i - from <= MAX_LIST; i++) {
    const ch = text[i]!;
    if (SENTENCE_END.test(ch) && (depth === 0 || ch === '\n')) return depth === 0 ? { at: i, close: 'comma' } : undefined;
    if (depth === 0) {
      if (ch === '等' && isListEtc(text, i)) return { at: i, close: 'etc' };
      if (CLAUSE_END.test(ch)) return { at: i, close: 'comma' };
      VERB.lastIndex = i;
      if (i > from && VERB.test(text)) return { at: i, close: 'verb' };
    }
    depth = Math.max(0, depth + quoteStep(ch, depth));
  }
  return undefined;
}

function isListEtc(text: string, i: number): boolean {
  return !ETC_BEFORE.includes(text[i - 1] ?? '') && !ETC_AFTER.includes(text[i + 1] ?? '');
}

/** The first activity form after `from` in the same sentence, within `clauses` further clause ends. */
function activityAfter(text: string, from: number, clauses: number): string | undefined {
  let crossed = 0;
  let to = from;
  for (; to < text.length && !SENTENCE_END.test(text[to]!); to++) {
    if (to > from && CLAUSE_END.test(text[to]!) && ++crossed > clauses) break;
  }
  ACTIVITY.lastIndex = 0;
  return ACTIVITY.exec(text.slice(from, to))?.[0];
}

/** True when a list is nothing but quoted items (`“A”“B”`, `“A”、《B》`). */
function allQuoted(list: string): boolean {
  return list.replace(/“[^”]*”|「[^」]*」|《[^》]*》|"[^"]*"/gu, '').replace(/[、\s]/gu, '') === '' && list.trim() !== '';
}
