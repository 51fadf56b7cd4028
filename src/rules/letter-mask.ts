/**
 * placeholder/letter-mask — X, XX, XXX, x, xx, Ｘ, ×, ×× standing for a word, and masked parts of a token:
 * 20XX年 / 201X / 20xx年 (the whole year is reported), X月X日, 第XX届, 四X三产, X渝合作.
 *
 * ok:     X光检查、GDP、XML、宝马X3、4×4、7 × 24、三×三、“1+3+X”体系、“数据要素×”行动、“X”指若干院校（a defined letter）、
 *         http://x、xx@163.com (addresses: url.ts)
 * not ok: X县政协 (region), 召开XX次 (number), 20XX年 (date), 贯彻XXX新时代 (name), +XX次 (a bullet, not a slogan's plus)
 */
import { at, atSkippingBlanks, before, beforeSkippingBlanks, isBlank, isDigit, isHan, isLatin } from '../document/chars.js';
import { maskRule } from './finding.js';

const ID = 'placeholder/letter-mask';
const MASK = /[XxＸｘ×]+/g;
/** Latin-letter terms that start with X: X光, X射线, X线, X轴, X染色体. */
const X_TERMS = /^(?:光|射线|线|轴|染色体)/;
const CONNECTORS = '-:：./&';
const DEFINED = /^”，?(?:是指|指|即|就是)/;
const PLUS = '+＋';
/** The digits a masked year may keep: 2XXX, 20XX, 201X, 19XX (ASCII or full-width). */
const YEAR_DIGITS = /^(?:[12１２]|(?:19|20|１９|２０)[0-9０-９]?)$/;

/** One digit of a Chinese numeral, as written on both sides of a × that multiplies (三×三, 十×十). */
const isChineseDigit = (c: string | undefined): boolean => c !== undefined && /^[一二三四五六七八九十两]$/.test(c);

/** Start of the masked token: the year digits in front of 20XX / 201X, or the mask itself; undefined when not a mask. */
function maskStart(text: string, start: number, end: number): number | undefined {
  const mask = text.slice(start, end);
  const prev = before(text, start), next = at(text, end);
  if (isLatin(prev) || isLatin(next)) return undefined; // XML, Excel, ＳＴＸ, NOx
  if (CONNECTORS.includes(prev ?? ' ') && isLatin(before(text, start - 1))) return undefined; // RS:X, a.X
  if (CONNECTORS.includes(next ?? ' ') && isLatin(at(text, end + 1))) return undefined; // X-ray
  if (isDigit(next)) return undefined; // X3, 2x60
  if (isDigit(beforeSkippingBlanks(text, start)) && isDigit(atSkippingBlanks(text, end))) return undefined; // 3 × 5
  if (inFormula(text, start, end)) return undefined; // 1+3+X, 双尖双领+X: the X is the slogan's own letter
  if (mask[0] !== '×' && X_TERMS.test(text.slice(end, end + 3))) return undefined;
  if (mask === '×' && isHan(prev) && /^[”’」』]$/.test(next ?? '')) return undefined; // “数据要素×”: an operator
  if (mask === '×' && isChineseDigit(prev) && isChineseDigit(next)) return undefined; // 三×三: multiplication
  if (prev === '“' && DEFINED.test(text.slice(end, end + 4))) return undefined; // “X”指……: a letter being defined
  if (isDigit(prev)) return yearStart(text, start, end);
  return start;
}

/**
 * A plus sign joins the mask to the other terms of a slogan: X+N, or 1+3+X and 双尖双领+X, where a term (a digit,
 * a letter, a Han character, a closing bracket or quote) stands before the plus. A plus with no term before it
 * opens a list item or is a sign (+XX次 at the start of a line, （+X%）): the mask after it is reported.
 */
function inFormula(text: string, start: number, end: number): boolean {
  if (PLUS.includes(atSkippingBlanks(text, end) ?? ' ')) return true;
  let plus = start - 1;
  while (plus >= 0 && isBlank(text[plus])) plus--;
  return plus >= 0 && PLUS.includes(text[plus]!) && isTerm(beforeSkippingBlanks(text, plus));
}

const isTerm = (c: string | undefined): boolean => isDigit(c) || isLatin(c) || isHan(c) || /^[)）”’」』\]］】]$/.test(c ?? '');

/** 20XX, 201X, 19XX: digits and mask letters making a year of 1900–2099; else undefined (415X, 141X, 2x60). */
function yearStart(text: string, start: number, end: number): number | undefined {
  let from = start;
  while (from > 0 && isDigit(text[from - 1])) from--;
  const digits = text.slice(from, start);
  const isYear = !text.slice(start, end).includes('×') && digits.length + (end - start) === 4 && YEAR_DIGITS.test(digits);
  return isYear && !isLatin(before(text, from)) ? from : undefined;
}

export const letterMask = maskRule({
  id: ID,
  description: 'Letter masks (X, XX, x, Ｘ, ×) and masked parts of a token (20XX, X月X日) left in the text',
  help: [
    '找出代替具体内容的字母占位符：X、XX、XXX、x、Ｘ、×，以及部分被遮蔽的词：20XX年、201X、X月X日、第XX届。发布前请填入实际的地名、数字、日期或名称。',
    'Finds letters standing for a word (X, XX, x, Ｘ, ×) and partly masked tokens (20XX年, X月X日); fill in the real region, number, date or name.',
    '不报告 Not reported: 拉丁词 Latin words (GDP, XML, X光, X射线, X-ray, 宝马X3), 数字间的乘号 4×4, 三×三, 口号公式 1+3+X, “数据要素×”,',
    '网址和邮箱 web and e-mail addresses (http://x, www.xx.gov.cn, xx@163.com). 行首的 + 是列表符号 A + opening a line is a bullet: +XX次 is reported.',
    'ok: 2023年在X光机采购中…  not ok: 20XX年X县召开XX次会议',
  ].join('\n'),
  pattern: MASK,
  startOf: maskStart,
});
