/**
 * Every number written with a measure word — the candidates for stated counts — with its value, unit and
 * whether it is approximate, a range or masked. Pure; works on the text as `foldToSimplified` (topics/fold.ts) returns it.
 *
 * ok: `立案289件` → 289 件; `三千余人次` → 3000 人次, approx; `近200项` → 200 项, approx; `1.2万人` → 12000 人;
 *     `10—15次` → 10 次, approx (a range gives its lower bound); `百分之九十九点八` → 99.8 %; `XX余项` → masked, approx.
 * not ok: `第三次会议` (ordinal), `十五届二十七次常委会议` (a session number), `每一件提案` (each), `2.2万亿元` (元 is
 *     no measure word of a count).
 */
import { QUANTITY_UNITS, type QuantityUnit } from '../../schemas/quantity-lexicon.js';
import { parseNumber } from './numbers.js';

/** One number and its measure word, as offsets into the text. */
export interface NumberMatch {
  /** Start of the match (an approximation word before the number included) and end (after the unit and 左右/以上). */
  start: number;
  end: number;
  /** Where the number itself (or its mask) is. */
  numberStart: number;
  numberEnd: number;
  /** The value; null when masked. A range gives its lower bound. */
  value: number | null;
  unit: QuantityUnit;
  approx: boolean;
  /** Written with a mask (X, XX, **, ×) instead of digits. */
  masked: boolean;
}

const NUMBER = '[0-9０-９]+(?:[.．][0-9０-９]+)?(?: ?[万亿])?|[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?|[xX×*＊Ｘｘ]{1,4}';
/** Spaces a number may have around it on its line (`全体会议5 次`, `42 件`); never a line break. */
const GAP = '[ \\t]*';
const UNITS = [...QUANTITY_UNITS].sort((a, b) => b.length - a.length).join('|') + '|％';
/** A number with its measure word (and the words around it that make it approximate), or 百分之 and a number. */
export const PATTERN = new RegExp(
  `(?<before>近|约|逾|超过|至少)?(?<number>${NUMBER})(?:${GAP}[—–\\-~～至到]${GAP}(?<upper>${NUMBER}))?${GAP}(?<more>余|多)?${GAP}(?<unit>${UNITS})(?<after>左右|以上|之多)?` +
    '|百分之(?<percent>[零〇一二两三四五六七八九十百点]+)',
  'gu',
);
const MASK = /^[xX×*＊Ｘｘ]+$/u;
/** `PATTERN` at one place. */
const AT = new RegExp(PATTERN.source, 'uy');
/** Every character a match of `PATTERN` can begin with: an approximation word's, a number's or a mask's, 百分之's. */
const STARTS = '近约逾超至0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿xX×*＊Ｘｘ';
let startsTable: Uint8Array | undefined;

/**
 * The matches of `PATTERN` in `text`, in order: tried only where a match can begin, one code unit looked up in a
 * table, rather than the expression tried at every place (the scan of the provinces' texts: 0.44 → 0.24 CPU s).
 */
export function* matchesOf(text: string): Generator<RegExpExecArray> {
  const starts = (startsTable ??= Uint8Array.from({ length: 0x10000 }, (_, c) => (STARTS.includes(String.fromCharCode(c)) ? 1 : 0)));
  for (let p = 0; p < text.length; p++) {
    if (starts[text.charCodeAt(p)] === 0) continue;
    AT.lastIndex = p;
    const m = AT.exec(text);
    if (m === null) continue;
    yield m;
    p = AT.lastIndex - 1; // a match is never empty: the next one starts after it
  }
}

/** Candidate counts of `text` in order, ordinals and "each" left out. */
export function scanNumbers(text: string): NumberMatch[] {
  const found: NumberMatch[] = [];
  for (const m of matchesOf(text)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (g.percent !== undefined) {
      const value = parseNumber(g.percent);
      if (value !== undefined) found.push({ start, end, numberStart: start + 3, numberEnd: end, value, unit: '%', approx: false, masked: false });
      continue;
    }
    const numberStart = start + (g.before?.length ?? 0);
    const numberEnd = numberStart + g.number!.length;
    const masked = MASK.test(g.number!);
    const value = masked ? null : parseNumber(g.number!);
    if (value === undefined || isNotACount(text, numberStart, g.unit!)) continue;
    const approx = g.before !== undefined || g.more !== undefined || g.after !== undefined || g.upper !== undefined;
    const unit = (g.unit === '％' ? '%' : g.unit) as QuantityUnit;
    found.push({ start, end, numberStart, numberEnd, value, unit, approx, masked });
  }
  return found;
}

/**
 * An ordinal (第三次, 前三名), "each" (每一件) or a session number (十五届二十七次, 政协十四次常委会议): what the
 * characters before the number say about it.
 */
function isNotACount(text: string, numberStart: number, unit: string): boolean {
  const before = text[numberStart - 1] ?? '';
  if ('第每前'.includes(before) && before !== '') return true;
  return unit === '次' && (before === '届' || text.slice(numberStart - 2, numberStart) === '政协');
}
