/**
 * What a placeholder stands for, read from the words around it (tuned on the gold of the sample corpus):
 *
 * - `date`   — a masked year (20XX, 201X), or a mask before 月 / 日, or before 年 when it names a year;
 * - `region` — a mask before an administrative unit: X县, XX省, **区, X市X区委, X政协, 某镇;
 * - `number` — a mask before a measure word or amount: XX次, *人次, X万元, XX余项, *届, 连续X年, 第XX届;
 *              the masked digits of a phone number (0871-XXXXXXX, 电话：XXXXXXXX);
 * - `name`   — any other mask inside running text: XXX新时代, “X”活动, 《X研究》, **紫泥, 邀请X、X;
 * - `other`  — a mask that stands alone on its line with nothing to read (a bare fill-in line ____).
 *
 * ok:     kindOf('X县政协', 0, 1) → 'region'
 * not ok: a measure word that starts a longer word is not an amount: '**人文底蕴' → 'name', not 'number'
 */
import { DATE_AFTER, NUMBER_AFTER, REGION_AFTER } from '../document/mask-suffix.js';

export const PLACEHOLDER_KINDS = ['region', 'number', 'date', 'name', 'other', 'blank'] as const;
/** region | number | date | name | other | blank (a missing number, from `blank-slot`). */
export type PlaceholderKind = (typeof PLACEHOLDER_KINDS)[number];

/** Chinese labels used in messages. */
export const KIND_LABELS: Readonly<Record<PlaceholderKind, string>> = {
  region: '地区', number: '数量', date: '日期', name: '名称', other: '其他', blank: '空缺',
};

/** An area code and hyphen (0871-), or a telephone label, right before the mask: its digits are masked. */
const PHONE_BEFORE = /(?:[0-9０-９]{3,4}[-－]|(?:电话|传真|手机|热线|座机)[：:]?[ \t]*)$/;
// “X年” is a duration, not a year, after these words or before 来 / 以来 / 间 …
const DURATION_BEFORE = /(?:连续|近|历时|长达|经过|整整|用了?|前|后|再|每|多|几|第)$/;
const DURATION_AFTER = /^年(?:来|以来|间|内|多|左右|后|之内|时间)/;

/** The kind of the placeholder `text[start, end)`. */
export function kindOf(text: string, start: number, end: number): Exclude<PlaceholderKind, 'blank'> {
  const after = text.slice(end, end + 4);
  const prefix = text.slice(Math.max(0, start - 4), start);
  if (/[0-9０-９]/.test(text.slice(start, end))) return 'date';
  if (PHONE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return 'number';
  if (after.startsWith('年')) {
    return DURATION_BEFORE.test(prefix) || DURATION_AFTER.test(after) ? 'number' : 'date';
  }
  if (DATE_AFTER.test(after)) return 'date';
  if (REGION_AFTER.test(after)) return 'region';
  if (NUMBER_AFTER.test(after) || prefix.endsWith('第')) return 'number';
  return standsAlone(text, start, end) ? 'other' : 'name';
}

/** True when nothing but spaces (or the line's ends) surrounds the span on either side. */
function standsAlone(text: string, start: number, end: number): boolean {
  const b = start > 0 ? text[start - 1]! : '\n';
  const a = end < text.length ? text[end]! : '\n';
  return /\s/.test(b) && /\s/.test(a);
}

/** The message of a placeholder finding: what was found and what is expected. */
export function placeholderMessage(found: string, kind: Exclude<PlaceholderKind, 'blank'>): string {
  const expected: Record<Exclude<PlaceholderKind, 'blank'>, string> = {
    region: '具体地名', number: '具体数字', date: '具体日期', name: '具体名称', other: '具体内容',
  };
  return `未填写的占位符“${found}”（${KIND_LABELS[kind]}）：此处应填写${expected[kind]}`;
}
