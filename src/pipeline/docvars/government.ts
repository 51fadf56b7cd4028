/**
 * A government work report (政府工作报告) and what its title and opening say of the government that delivers it
 * (Simplified text). Pure. A people's government reports to its people's congress once a year, and its report
 * opens in a fixed form: the session line (`——2014年1月5日在三明市第十二届人民代表大会第四次会议上`, also
 * `在州七届人大四次会议上`), the byline (`三明市人民政府市长 杜某某`, `州长 李某某`), `各位代表：`, and
 * `现在，我代表市人民政府向大会报告工作…`.
 *
 * - Whether a text is one: its title names 政府工作报告, or an opening line speaks for a people's government
 *   (我代表…人民政府) or is the session line (在…人民代表大会 / 人大…会议上).
 * - Its place's name: in the title (云南省2003年政府工作报告), the session line (在广西壮族自治区第十二届人民代表
 *   大会…; 全国 for the National People's Congress) or the byline (鄂尔多斯市市长 廉某某).
 * - Its level when no name is written: the government it speaks for (我代表州人民政府 → city; 自治区 → province;
 *   区 → district), else the bare session line (在市第十六届人民代表大会 → city), else the bare byline (县长 …).
 *
 * ok: governmentName('', ['——2014年1月5日在三明市第十二届人民代表大会第四次会议上']) → 三明市.
 * ok: governmentSeat(['——2014年1月12日在州七届人大四次会议上', '州长 杨天然']) → city, 州.
 */
import type { RegionLevel } from '../../types.js';
import { resolveRegion } from './region-code.js';

const SUFFIX = '(?:自治区|自治州|自治县|特别行政区|地区|新区|省|市|县|区|旗|盟|州)';
const NAME = `(?:(?!全|我|本|该|各|兄弟|外地|上级|中共|自治)[\\u4e00-\\u9fff]{2,8}?)${SUFFIX}`;
const TERM = '第?[一二三四五六七八九十]+届';
/** 云南省2003年政府工作报告, 2015年内蒙古自治区政府工作报告 — at the start of a title or after its year. */
const TITLE_NAME = new RegExp(`(?:^|年)(${NAME})(?=人民政府|政府|\\d{4}年)`, 'u');
/** …not a verb's object (`在听取区三届人大一次会议《政府工作报告》的说明后`: 听取 is no place). */
const CONGRESS_NAME = new RegExp(`在(?!听取|参加|出席|列席|召开|举行|审议|讨论|学习)(${NAME})${TERM}(?:人民代表大会|人大)`, 'u');
const NATIONAL_CONGRESS = new RegExp(`在(?:中华人民共和国)?${TERM}全国人民代表大会`, 'u');
/** 三明市人民政府市长 杜某某, 鄂尔多斯市市长 廉某某, 伊犁州州长 …: a byline that names the place. */
const BYLINE_NAME = new RegExp(`^(${NAME})(?:人民政府)?(?:代理|代)?(?:市|州|县|区|旗|盟|省)长(?:\\s|$)`, 'u');
const LEVEL_WORD = '(自治区|自治州|自治县|省|市|州|县|区|旗|盟)';
const VOICE_LEVEL = new RegExp(`代表(?:本届|${TERM})?${LEVEL_WORD}人民政府`, 'u');
const CONGRESS_LEVEL = new RegExp(`在${LEVEL_WORD}${TERM}(?:人民代表大会|人大)`, 'u');
/** A byline that is only the office and the name (州长 李某某, 市人民政府代理市长 宋某某). */
const BYLINE_LEVEL = /^(?:\p{Script=Han}{0,4}人民政府)?(?:代理|代)?(市|州|县|区|旗|盟|省)长\s*[\p{Script=Han}·]{2,10}$/u;
const GOVERNMENT_VOICE = /我代表.{0,16}人民政府|(?:人民代表大会|人大).{0,16}会议上/;
/** How far into a session line its 在 stands: after a dash and a date (——2014年1月5日在…). */
const SESSION_LINE_START = 18;
/** The lines of the opening the session line and the byline are looked for in. */
const HEAD_LINES = 4;

/** Whether the title or the opening shows a government work report. */
export function isGovernmentReport(title: string, opening: readonly string[]): boolean {
  return /政府工作报告/.test(title) || opening.slice(0, HEAD_LINES + 2).some((l) => GOVERNMENT_VOICE.test(l));
}

/** The place a government report's title, session line or byline names ('' when none; 全国 for the NPC). */
export function governmentName(title: string, opening: readonly string[]): string {
  // Only a report's own title names its government so (`市政协视察市政府系统办理的…提案` is news about a government, not its report).
  const inTitle = /工作报告/u.test(title) ? TITLE_NAME.exec(title) : null;
  if (inTitle && !/政协/u.test(inTitle[1]!)) return inTitle[1]!;
  for (const line of opening.slice(0, HEAD_LINES)) {
    const m = CONGRESS_NAME.exec(line) ?? BYLINE_NAME.exec(line.trim());
    // A name that is no division (某某市, a former one) counts in a session line (——2030年1月9日在某某市…); in running
    // text (委员在列席县第十六届人大…) it is words before a bare level.
    if (m && (resolveRegion(m[1]!).region_level !== '' || m.index <= SESSION_LINE_START)) return m[1]!;
    if (NATIONAL_CONGRESS.test(line)) return '全国';
  }
  return '';
}

/** The government a report speaks for, when it does not name its place: its level and the word it is called by (州, 市, 县 …). */
export interface GovernmentSeat {
  level: RegionLevel;
  word: string;
}

/** The level of the government a report speaks for and its word (我代表州人民政府 → city, 州); undefined when it does not say. */
export function governmentSeat(opening: readonly string[]): GovernmentSeat | undefined {
  const lines = opening.slice(0, HEAD_LINES + 2);
  for (const re of [VOICE_LEVEL, CONGRESS_LEVEL, BYLINE_LEVEL]) {
    for (const line of lines) {
      const word = re.exec(line.trim())?.[1];
      if (word && LEVELS[word]) return { level: LEVELS[word], word };
    }
  }
  return undefined;
}

const LEVELS: Record<string, RegionLevel> = {
  自治区: 'province', 省: 'province', 自治州: 'city', 州: 'city', 盟: 'city', 市: 'city', 区: 'district', 自治县: 'county', 县: 'county', 旗: 'county',
};
