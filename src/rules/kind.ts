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

export const PLACEHOLDER_KINDS = ['region', 'number', 'date', 'name', 'other', 'blank'] as const;
/** region | number | date | name | other | blank (a missing number, from `blank-slot`). */
export type PlaceholderKind = (typeof PLACEHOLDER_KINDS)[number];

/** Chinese labels used in messages. */
export const KIND_LABELS: Readonly<Record<PlaceholderKind, string>> = {
  region: '地区', number: '数量', date: '日期', name: '名称', other: '其他', blank: '空缺',
};

const REGION_AFTER = /^(?:县|区|市|省|镇|乡|村|州|盟|旗|街道|社区|自治|政协|人大|人民政府|党委)/;
// Measure words and amounts; a measure word that begins a common longer word (人文, 项目, 条例) is not one.
const NUMBER_AFTER = new RegExp('^(?:' + [
  '人(?![文民大才口居力工类生性物格心情权身事])', '次', '件', '项(?!目)', '个(?!人)', '名(?![称单义誉牌])',
  '篇', '条(?![例款件])', '户', '期', '场', '届', '家(?![庭乡园风])', '所(?!长)', '批', '位', '万', '亿',
  '千', '百', '元', '余', '多', '倍', '天', '[%％]', '座', '台', '套', '处', '轮', '亩', '吨', '米', '公里',
  '岁', '周', '遍', '类', '种', '起', '宗', '辆', '份', '部(?!门)', '支(?!持)', '股', '分钟', '小时',
].join('|') + ')');
const DATE_AFTER = /^(?:月|日)/;
/** An area code and hyphen (0871-), or a telephone label, right before the mask: its digits are masked. */
const PHONE_BEFORE = /(?:[0-9０-９]{3,4}[-－]|(?:电话|传真|手机|热线|座机)[：:]?[ \t]*)$/;
// “X年” is a duration, not a year, after these words or before 来 / 以来 / 间 …
const DURATION_BEFORE = /(?:连续|近|历时|长达|经过|整整|用了?|前|后|再|每|多|几|第)$/;
const DURATION_AFTER = /^年(?:来|以来|间|内|多|左右|后|之内|时间)/;

/**
 * True when the text at `offset` opens with a word that a masked number or name stands right before: an
 * administrative unit (县, 政协), a measure word or amount (次, 人, 件, 万) or a date part (年, 月, 日) — the
 * words by which `kindOf` reads region, number and date. Markdown reading uses it to tell a `**` mask from bold.
 *
 * ok: isBeforeMaskSuffix('**县召开', 2) → true; isBeforeMaskSuffix('**人文底蕴', 2) → false (人文 is a word of its own)
 */
export function isBeforeMaskSuffix(text: string, offset: number): boolean {
  const after = text.slice(offset, offset + 4);
  return after.startsWith('年') || DATE_AFTER.test(after) || REGION_AFTER.test(after) || NUMBER_AFTER.test(after);
}

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
