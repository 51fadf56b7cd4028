/**
 * Years written in a text: `2023年`, `２０２３年`, `二〇二三年`, and masked ones (`20XX年`, `20**年`, `××××年`).
 * A masked year is a finding of its own: the text names a year but hides it, so the year stays unknown.
 */
import { YEAR_MAX, YEAR_MIN } from '../../schemas/manifest.js';

export type YearFound = { kind: 'year'; year: number } | { kind: 'masked'; written: string };

const DIGIT = '0-9０-９〇零一二三四五六七八九';
const MASK = 'X×xＸ*＊';
/** One space a text may set between a number and its unit (`2025 年 4 月`, as PDF text and some pages write it). */
const SPACE = '[ \u3000]?';
/** Four digits or mask characters followed by 年, not preceded by another digit or mask. */
const YEAR_TOKEN = new RegExp(`(?<![${DIGIT}${MASK}])([${DIGIT}${MASK}]{4})${SPACE}年`, 'gu');
const YEAR_AT_START = new RegExp(`^[\\s—―─\\-－（(【[]*([${DIGIT}${MASK}]{4})${SPACE}年`, 'u');
const DATE = new RegExp(`(?<![${DIGIT}${MASK}])([${DIGIT}${MASK}]{4})${SPACE}年${SPACE}([0-9０-９一二三四五六七八九十]{1,3})${SPACE}月`, 'u');
/** 2022-01-18, 2018.12.20, 2018/1/6, 2025 / 04 / 23 — the date lines of web pages and news items. */
const NUMERIC_DATE = /(?<!\d)((?:19|20)\d{2}) ?([-./]) ?(\d{1,2}) ?\2 ?\d{1,2}(?!\d)/u;
/** 06.01.2020 19:32 — a page's date line written day first. */
const DAY_FIRST_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.])/u;
const HAN_DIGITS = '〇一二三四五六七八九';

/**
 * The first year (or masked year) named anywhere in `text`. Out-of-range years and horizons
 * (“九五”计划和2010年远景目标 names 2010 but is about 1996) are passed over.
 */
export function yearIn(text: string): YearFound | undefined {
  for (const m of text.matchAll(YEAR_TOKEN)) {
    if (text.startsWith('远景', m.index + m[0].length)) continue;
    const found = readYear(m[1]!);
    if (found) return found;
  }
  return undefined;
}

/** 中国人民政治协商会议成立60周年, 人民政协成立75周年: the CPPCC first met in 1949 (a local committee's 成立40周年 is its own). */
const CPPCC_ANNIVERSARY = /(?:中国人民政治协商会议|(?<![县市区州省旗盟])人民政协)成立([0-9]{1,3}|[一二三四五六七八九十]{1,3})周年/u;

/** The year of the CPPCC anniversary `text` names (成立60周年 → 2009), or `undefined`. */
export function anniversaryYear(text: string): YearFound | undefined {
  const m = CPPCC_ANNIVERSARY.exec(text);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : hanNumber(m[1]!);
  return n > 0 ? { kind: 'year', year: 1949 + n } : undefined;
}

/** A year `line` starts with, after opening dashes or brackets: `2023年，…`, `——2015年1月27日在…`, `（2003年…`. */
export function yearAtStart(line: string): YearFound | undefined {
  const m = YEAR_AT_START.exec(line);
  return m ? readYear(m[1]!) : undefined;
}

/** The year of a date anywhere in `line`: `（一九九九年一月二十七日）`, `报告（2010年1月19日在…`, `2022-01-18 14:12`, `06.01.2020`. */
export function yearOfDate(line: string): YearFound | undefined {
  return dateIn(line)?.year;
}

/** The first date in `line` (年月 or numeric) with its month (0 when the month is not a plain number). */
export function dateIn(line: string): { year: YearFound; month: number; index: number } | undefined {
  const dayFirst = DAY_FIRST_DATE.exec(line);
  if (dayFirst && Number(dayFirst[2]) >= 1 && Number(dayFirst[2]) <= 12 && !DATE.test(line) && !NUMERIC_DATE.test(line)) {
    return { year: readYear(dayFirst[3]!)!, month: Number(dayFirst[2]), index: dayFirst.index };
  }
  const written = DATE.exec(line);
  const numeric = NUMERIC_DATE.exec(line);
  const useNumeric = numeric && (!written || numeric.index < written.index);
  const m = useNumeric ? numeric : written;
  if (!m) return undefined;
  const year = readYear(m[1]!);
  if (!year) return undefined;
  const monthText = useNumeric ? m[3]! : m[2]!;
  const month = /^\d+$/.test(monthText) ? Number(monthText) : hanNumber(monthText);
  return { year, month, index: m.index };
}

/** 一 … 九十九 → 1 … 99 (0 when not such a number). */
export function hanNumber(s: string): number {
  const ten = s.indexOf('十');
  if (ten < 0) return HAN_DIGITS.indexOf(s) > 0 ? HAN_DIGITS.indexOf(s) : 0;
  const tens = ten === 0 ? 1 : HAN_DIGITS.indexOf(s[0]!);
  const ones = ten === s.length - 1 ? 0 : HAN_DIGITS.indexOf(s[ten + 1]!);
  return tens * 10 + ones;
}

/** Four characters (digits, Han numerals, masks) → a year, a masked year, or `undefined` when not a year. */
export function readYear(written: string): YearFound | undefined {
  const chars = [...written];
  if (chars.length !== 4) return undefined;
  if (chars.some((c) => MASK.includes(c))) {
    // Any mask among the four places hides the year: 20XX, 202X, XXXX.
    return chars.every((c) => MASK.includes(c) || digitOf(c) !== undefined) ? { kind: 'masked', written } : undefined;
  }
  const digits = chars.map(digitOf);
  if (digits.some((d) => d === undefined)) return undefined;
  const year = Number(digits.join(''));
  return year >= YEAR_MIN && year <= YEAR_MAX ? { kind: 'year', year } : undefined;
}

function digitOf(c: string): number | undefined {
  const code = c.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  if (c === '零') return 0;
  const han = HAN_DIGITS.indexOf(c);
  return han >= 0 ? han : undefined;
}
