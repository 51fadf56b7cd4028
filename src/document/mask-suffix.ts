/**
 * The words a masked number or name stands right before: an administrative unit (县, 政协), a measure word or amount
 * (次, 人, 件, 万) or a date part (年, 月, 日). The placeholder rules read a mask's kind by them (rules/kind.ts), and
 * Markdown reading tells a `**` mask from bold by them (normalize.ts). Pure.
 */

/** An administrative unit or body after a masked place name (X县, **区政协). */
export const REGION_AFTER = /^(?:县|区|市|省|镇|乡|村|州|盟|旗|街道|社区|自治|政协|人大|人民政府|党委)/;
/** Measure words and amounts after a masked count; a measure word that begins a common longer word (人文, 项目, 条例) is not one. */
export const NUMBER_AFTER = new RegExp('^(?:' + [
  '人(?![文民大才口居力工类生性物格心情权身事])', '次', '件', '项(?!目)', '个(?!人)', '名(?![称单义誉牌])',
  '篇', '条(?![例款件])', '户', '期', '场', '届', '家(?![庭乡园风])', '所(?!长)', '批', '位', '万', '亿',
  '千', '百', '元', '余', '多', '倍', '天', '[%％]', '座', '台', '套', '处', '轮', '亩', '吨', '米', '公里',
  '岁', '周', '遍', '类', '种', '起', '宗', '辆', '份', '部(?!门)', '支(?!持)', '股', '分钟', '小时',
].join('|') + ')');
/** A date part after a masked number (X月X日; 年 is read apart: X年 may be a duration). */
export const DATE_AFTER = /^(?:月|日)/;

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

