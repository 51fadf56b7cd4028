/**
 * Numbers as reports write them: Arabic digits (ASCII or full-width, with a decimal point), Chinese numerals
 * (十二, 两, 一百二十三, 一千零五, 五点七), digit-by-digit Chinese (二〇〇七), and either followed by 万 or 亿
 * (1.2万, 2.83万, 四千二百万). Pure.
 *
 * ok: parseNumber('1.2万') → 12000, parseNumber('一百二十三') → 123, parseNumber('两') → 2, parseNumber('３１２') → 312
 * not ok: parseNumber('十十') → undefined, parseNumber('') → undefined
 */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** The value of a written number, or `undefined` when it is not one. */
export function parseNumber(written: string): number | undefined {
  const s = written.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)).replace(/．/g, '.').replace(/\s+/g, '');
  if (s === '') return undefined;
  const arabic = /^(\d+(?:\.\d+)?)([万亿]?)$/.exec(s);
  if (arabic) return round(Number(arabic[1]) * (arabic[2] ? LARGE_UNITS[arabic[2]]! : 1));
  return chineseNumber(s);
}

/** A Chinese numeral, possibly with a decimal part after 点 (九十九点八 → 99.8, 五点七亿 → 570000000). */
function chineseNumber(s: string): number | undefined {
  const scaled = /^(.+点.+)([万亿])$/u.exec(s);
  if (scaled) {
    const value = chineseNumber(scaled[1]!);
    return value === undefined ? undefined : round(value * LARGE_UNITS[scaled[2]!]!);
  }
  const [whole, fraction, extra] = s.split('点');
  if (extra !== undefined || whole === undefined || whole === '') return undefined;
  const int = chineseInteger(whole);
  if (int === undefined || fraction === undefined) return int;
  if (fraction === '' || ![...fraction].every((c) => c in DIGITS)) return undefined;
  return round(Number(`${int}.${[...fraction].map((c) => DIGITS[c]).join('')}`));
}

/** 一百二十三 → 123; 二〇〇七 (digit by digit, with a 〇 or 零) → 2007; 三千二百万 → 32000000. */
function chineseInteger(s: string): number | undefined {
  if (/^[〇零一二三四五六七八九]{2,}$/u.test(s) && /[〇零]/u.test(s)) return Number([...s].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastLarge = Infinity;
  let lastSmall = Infinity;
  for (const c of s) {
    if (c in DIGITS) {
      if (digit !== undefined && digit !== 0 && DIGITS[c] !== 0) return undefined; // 一二 without a unit between (一千零五 is fine)
      digit = DIGITS[c];
    } else if (c in SMALL_UNITS) {
      const unit = SMALL_UNITS[c]!;
      if (unit >= lastSmall) return undefined; // 十十, 百千
      section += (digit ?? 1) * unit;
      digit = undefined;
      lastSmall = unit;
    } else if (c in LARGE_UNITS) {
      const unit = LARGE_UNITS[c]!;
      if (unit >= lastLarge) return undefined;
      total += (section + (digit ?? 0)) * unit;
      section = 0;
      digit = undefined;
      lastLarge = unit;
      lastSmall = Infinity;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** Round away binary noise (1.2 × 10000 = 12000.000000000002). */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
