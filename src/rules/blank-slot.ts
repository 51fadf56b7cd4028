/**
 * blank-slot — a number missing where the text demands one (kind `blank`). The finding covers the gap and
 * the word that lacks its number:
 *
 * - a percent sign after a word instead of a number: 增长 %, 立案率为%;
 * - an amount unit after a word and a gap: 生产总值 亿元, 下降 个百分点, 新增就业 万人;
 * - a measure word that closes its phrase after a word and spaces: 共收到提案 件，立案 件。 共有委员    名。
 * - an empty month or day: 20xx年 月 日, 2024年 月;
 * - a measure word straight after a comma: 其中,件重点提案 (but 件件落实 is a word);
 * - an empty ordinal: 第 次会议, 第 届, 居全国第 位.
 *
 * Not a slot: a unit label (单位：%, 增速（%）, 单位 亿元), a numeral or mask before the unit (1000亿 元,
 * 增长X%, reported by letter-mask), 超亿元 and 件件 (words). A measure word after a gap is one only with a
 * word before the gap and no word after it (measure-words.ts): PDF text splits words with spaces (市 场，, 各 位代表).
 *
 * ok:     增长5.2%、增长X%、1000亿 元、单位：%、件件有着落、第3次、共收到提案 120 件、市 场，
 * not ok: 增长 %、生产总值 亿元、2024年 月 日、其中，件重点提案、共收到提案 件
 */
import type { Finding } from '../types.js';
import { before, beforeSkippingBlanks, isBlank, isChineseNumeral, isDigit, isHan, isLatin, isMaskChar, startsLine } from '../document/chars.js';
import { matchesOf } from './finding.js';
import { COUNT_MEASURES, endsWord, isDeterminer } from './measure-words.js';
import type { Rule } from './types.js';

const ID = 'blank-slot';
const UNITS = ['亿元', '万元', '亿美元', '万美元', '个百分点', '万人次', '万人', '万户', '万吨', '万亩', '万千瓦', '平方公里', '公里'];
/**
 * Candidates, each starting on a rare character so that one pass stays fast; the context is checked in
 * `lacksNumber` (`lacksCount` for a measure word): a percent sign; a gap before a unit, a month, a day or a measure
 * word (units first: 个百分点).
 */
const GAP = new RegExp(`[%％]|(?<![ \\t])[ \\t]+(?:${[...UNITS, '月', '日', ...COUNT_MEASURES].join('|')})`, 'g');
const COUNTS = new Set(COUNT_MEASURES);
/**
 * The third kind, a comma or 第 (the lead) before a measure word, gaps between them allowed, is searched for from its
 * measure word: commas are far too common to start a search on (one in every fifteen characters of a report).
 */
const MEASURE = /件(?!件)|次|届|期|批|位|名|个/g;
const LEADS = '，,、；;：:第';

/** A candidate slot: where it starts (at the lead, if any), where it ends, and its lead. */
interface Candidate {
  index: number;
  end: number;
  lead?: string;
}

/** The candidates of `text` in text order (the kinds never overlap: they share no character). */
function candidatesOf(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of matchesOf(GAP, text)) {
    // The common case first: a percent sign right after a digit (5.2%) has its number.
    if (!(isPercent(m[0]) && isDigit(text[m.index - 1]))) found.push({ index: m.index, end: m.index + m[0].length });
  }
  for (const m of matchesOf(MEASURE, text)) {
    let b = m.index;
    while (b > 0 && isBlank(text[b - 1])) b--;
    const lead = text[b - 1];
    if (b > 0 && LEADS.includes(lead!)) found.push({ index: b - 1, end: m.index + m[0].length, lead });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** True when the character before the gap carries a number (a digit, a numeral, a mask). */
function hasNumber(c: string | undefined): boolean {
  return c === undefined || isDigit(c) || isChineseNumeral(c) || isMaskChar(c);
}

const isPercent = (word: string) => word === '%' || word === '％';

/**
 * Does `word` lack its number? `prev` is the character before the slot (before its gap), `lead` the
 * comma or 第 the candidate started with, `prevWord` the nearest character before that is not a blank,
 * `unitLabel` whether the gap follows 单位 (a table's unit label: 单位 亿元).
 */
function lacksNumber(
  word: string, prev: string | undefined, lead: string | undefined, prevWord: string | undefined, unitLabel: boolean,
): boolean {
  if (isPercent(word)) return isHan(prevWord) && !hasNumber(prevWord); // not 5%, X%, （%）, 单位：%
  if (word === '月') return prev === '年';
  if (word === '日') return prev === '月';
  if (lead === '第') return word !== '件';
  if (lead !== undefined) return word === '件';
  return isHan(prev) && !hasNumber(prev) && !unitLabel;
}

/**
 * Does `word`, the measure word ending at `end` after a gap from `start`, lack its count (共收到提案 件，)?
 * Only spaces make the gap (a tab separates a copied table's cells); a word stands before it — not a determiner
 * (每 次), 第 (the ordinal slot, found from its measure word), nor the start of a word the measure word ends (市 场),
 * nor a character alone at its line's start or after another gap (spaced-out headings: 附 件, 名 单); and nothing
 * follows that the measure word could begin (人民, 项目, 位代表): it closes its phrase.
 */
function lacksCount(text: string, start: number, end: number, word: string): boolean {
  if (!/^ +$/.test(text.slice(start, end - word.length))) return false;
  const prev = before(text, start);
  if (!isHan(prev) || hasNumber(prev) || isDeterminer(prev) || prev === '第' || endsWord(text, start, word)) return false;
  if (startsLine(text, start - 1) || isBlank(before(text, start - 1))) return false;
  const next = text[end];
  return !(isHan(next) || isDigit(next) || isLatin(next) || isMaskChar(next));
}

/** What to write into the slot, by the word that lacks its number. */
function expected(word: string): string {
  if (word === '月') return '月份';
  if (word === '日') return '日期';
  return '数字';
}

export const blankSlot: Rule = {
  id: ID,
  description: 'A number missing where the text demands one (增长 %, 生产总值 亿元, 年 月 日)',
  help: [
    '找出缺少数字的空位：“增长 %”“生产总值 亿元”“2024年 月 日”“立案率为%”“其中，件重点提案”“共收到提案 件，立案 件”。发布前请填入具体数字。',
    'PDF 转换文本中被空格拆开的词（“市 场，”“各 位代表”）不报告。',
    'Finds a percent sign, an amount unit, a month or day, or a measure word that lacks its number (共收到提案 件: spaces left',
    'for the number); fill in the number. Words split by a space in PDF text (市 场, 各 位代表) are not reported.',
    'ok: 地区生产总值增长5.2%  not ok: 地区生产总值增长 %',
  ].join('\n'),
  defaultSeverity: 'error',
  check(text) {
    const findings: Finding[] = [];
    for (const { index, end, lead } of candidatesOf(text)) {
      let start = index + (lead?.length ?? 0);
      const word = text.slice(start, end).trim();
      if (isPercent(word)) while (start > 0 && isBlank(text[start - 1])) start--;
      const unitLabel = text.endsWith('单位', start);
      // 单位 个 is a unit label, 示范单位 个 a count left out.
      const lacks = lead === undefined && COUNTS.has(word)
        ? !(unitLabel && !isHan(before(text, start - 2))) && lacksCount(text, start, end, word)
        : lacksNumber(word, text[start - 1], lead, beforeSkippingBlanks(text, start), unitLabel);
      if (!lacks) continue;
      findings.push({
        ruleId: ID, start, end, kind: 'blank',
        message: `空缺的数字：“${word}”前缺少数字，此处应填写${expected(word)}`,
      });
    }
    return findings;
  },
};
