/**
 * The year a plenary session a news item names met in. Pure. Sessions meet once a year, early in the year; the
 * national committee's terms are numbered from a known start, and the provinces' committees are elected in the
 * same years as the national one.
 */
import { divisionsNamed } from './region-code.js';
import { hanNumber, type YearFound } from './year.js';

/** (中国人民)政协第十二届宁夏回族自治区委员会第三次会议 (the name in group 1), or …政协十三届二次会议 (the body written before 政协). */
const SESSION_NAMED = new RegExp(
  `(?:政协|中国人民政治?协商会议)(?:第?[一二三四五六七八九十]+届)?([^\\s，。、；（(]{2,12}?)(?:第?[一二三四五六七八九十]+届)?委员会第([一二三四五六])次(?:全体)?会议` +
    `|政协第?[一二三四五六七八九十]+届第?([一二三四五六])次(?:全体)?会议`,
  'gu',
);
const NATIONAL_SESSION = /全国政协(?:第)?([一二三四五六七八九十]+)届(?:第)?([一二三四五])次会议|政协第([一二三四五六七八九十]+)届全国委员会第([一二三四五])次会议/u;

/**
 * 全国政协十二届一次会议 / 政协第十一届全国委员会第三次会议: the national plenary sessions meet every March, the
 * Nth committee's first in 1983 + 5 × (N − 6) (the sixth in 1983, the fourteenth in 2023).
 */
export function nationalSessionYear(text: string): YearFound | undefined {
  const m = NATIONAL_SESSION.exec(text);
  if (!m) return undefined;
  const term = hanNumber(m[1] ?? m[3]!);
  const session = hanNumber(m[2] ?? m[4]!);
  if (term < 6 || session < 1 || session > 5) return undefined;
  return { kind: 'year', year: 1983 + 5 * (term - 6) + session - 1 };
}

/**
 * 省政协十二届四次会议, 青海省政协十三届二次会议, 政协云南省第十三届委员会第四次会议: every province's committee has
 * been elected in the same year as the national one since 1988 (1988, 1993, …, 2023), its sessions one a year
 * early in the year. When the session names its province and its term (广东省 …第十三届…第二次会议), the year follows
 * from that province's numbering (TERM_OF_2023): the term elected in 2023 − 5 × (that term − N), its Mth session
 * M − 1 years later. Else its Mth session met in a year 1988 + (M − 1) + 5k: of the latest year the text names
 * (a session reviews the year before it) and the next, the one that fits; none when neither does.
 */
export function provincialSessionYear(text: string, latest: YearFound | undefined): YearFound | undefined {
  const session = provincialSession(text);
  if (session === undefined) return undefined;
  if (session.year !== undefined) return { kind: 'year', year: session.year };
  if (latest?.kind !== 'year') return undefined;
  const fits = (year: number) => (year - 1988 - (session.session - 1)) % 5 === 0;
  const year = [latest.year, latest.year + 1].find(fits);
  return year === undefined ? undefined : { kind: 'year', year };
}

/**
 * The term each province's committee elected in 2023 (public record: 北京 第十四届, 天津 第十五届, 上海 第十四届, 重庆 第六届,
 * 海南 第八届, 西藏 and 宁夏 第十二届, every other province 第十三届), by the first two digits of its code. Terms before
 * 1988 (and 重庆's first, 1997) kept no five-year calendar, so only a term elected from 1988 on is dated.
 */
const TERM_OF_2023: Record<string, number> = { '11': 14, '12': 15, '31': 14, '46': 8, '50': 6, '54': 12, '64': 12 };
const PROVINCE_TERM_OF_2023 = 13;
/** 重庆 became a province-level city in 1997; its committee's terms follow the five-year calendar from its second (2003). */
const FIRST_ON_CALENDAR: Record<string, number> = { '50': 2 };

/** The year the `term`th committee of the province with code `code` was elected, undefined before 1988. */
function termElected(code: string, term: number): number | undefined {
  const prefix = code.slice(0, 2);
  const year = 2023 - 5 * ((TERM_OF_2023[prefix] ?? PROVINCE_TERM_OF_2023) - term);
  return year >= 1988 && term >= (FIRST_ON_CALENDAR[prefix] ?? 1) ? year : undefined;
}

/**
 * The first provincial plenary session `text` names: its number (M of …届M次会议) and, when the session names its
 * province and term, the year it met; undefined when none.
 */
function provincialSession(text: string): { session: number; year?: number } | undefined {
  for (const m of text.matchAll(SESSION_NAMED)) {
    const named = m[1] !== undefined ? provinceNamed(m[1]) : provinceBefore(text.slice(Math.max(0, m.index - 8), m.index));
    const session = hanNumber(m[2] ?? m[3]!);
    if (named === undefined || session < 1 || session > 5) continue;
    const term = TERM.exec(m[0]);
    const elected = named !== '' && term ? termElected(named, hanNumber(term[1]!)) : undefined;
    return elected === undefined ? { session } : { session, year: elected + session - 1 };
  }
  return undefined;
}

/** The term a session's name gives (第十三届, 十三届). */
const TERM = /([一二三四五六七八九十]+)届/u;

/**
 * 省政协, 自治区政协, 青海省政协, 北京市政协, 内蒙古政协: what is written before 政协 names a province-level body — its
 * code when it names one, '' for a bare 省 / 自治区; undefined when it names none.
 */
function provinceBefore(before: string): string | undefined {
  for (let len = before.length; len >= 2; len--) {
    const code = provinceNamed(before.slice(-len));
    if (code !== undefined) return code;
  }
  return /(省|自治区)$/u.test(before) ? '' : undefined;
}

/** The code of the province called `name`, undefined when none is. */
function provinceNamed(name: string): string | undefined {
  return divisionsNamed(name).find((d) => d.level === 'province')?.code;
}

/**
 * When the Party's national congresses and Central Committee plenums met (public record): 十六大 2002 … 二十大 2022;
 * the Nth Central Committee's Mth plenary session (N届M中全会). A news item that studies one (学习贯彻十九届六中全会精神)
 * is from that year or later.
 */
const CONGRESS_YEAR: Record<number, number> = { 15: 1997, 16: 2002, 17: 2007, 18: 2012, 19: 2017, 20: 2022 };
/**
 * The year and month each plenum met in (public record), the Mth at index M − 1: most in the autumn, the second (and the
 * nineteenth committee's third) early in the year, before the national people's congress meets.
 */
const PLENUM_MET: Record<number, readonly (readonly [year: number, month: number])[]> = {
  16: [[2002, 11], [2003, 2], [2003, 10], [2004, 9], [2005, 10], [2006, 10], [2007, 10]],
  17: [[2007, 10], [2008, 2], [2008, 10], [2009, 9], [2010, 10], [2011, 10], [2012, 11]],
  18: [[2012, 11], [2013, 2], [2013, 11], [2014, 10], [2015, 10], [2016, 10], [2017, 10]],
  19: [[2017, 10], [2018, 1], [2018, 2], [2019, 10], [2020, 10], [2021, 11], [2022, 10]],
  20: [[2022, 10], [2023, 2], [2024, 7], [2025, 10]],
};
/** 十九届六中全会 (the Central Committee's: 中全会, not a local committee's 十四届六次全会); 党的二十大, 中共十九大, 十九大精神. */
const PLENUM = /(十[五六七八九]|二十)届([一二三四五六七])中全会/gu;
const CONGRESS = /(?:党的|中共)(十[五六七八九]|二十)大|(十[五六七八九]|二十)大(?:精神|报告|以来|胜利召开|代表)/gu;

/** What welcomes a congress still to meet: `以优异成绩迎接党的二十大胜利召开`, `喜迎二十大`. */
const AWAITED = /(?:迎接|喜迎|迎来|献礼)$/u;

/**
 * The congresses (September–November: their month taken as October) and plenums `text` names, when each met; a
 * congress still awaited (迎接党的二十大) dates the text to that year, before it met (its month taken as January).
 */
function* partyMeetings(text: string): Generator<readonly [year: number, month: number]> {
  for (const m of text.matchAll(CONGRESS)) {
    const year = CONGRESS_YEAR[hanNumber(m[1] ?? m[2]!)];
    if (year !== undefined) yield [year, AWAITED.test(text.slice(Math.max(0, m.index - 2), m.index)) ? 1 : 10];
  }
  for (const m of text.matchAll(PLENUM)) {
    const met = PLENUM_MET[hanNumber(m[1]!)]?.[hanNumber(m[2]!) - 1];
    if (met !== undefined) yield met;
  }
}

/**
 * The latest year of a Party congress or plenum `text` names that met after March (congresses meet in September–November,
 * most plenums in the autumn; 二十届三中全会 in July), undefined when none: a plenary session of early in the year
 * that studies one met the year after it.
 */
export function autumnMeetingYear(text: string): number | undefined {
  let latest = 0;
  for (const [year, month] of partyMeetings(text)) if (month > 3) latest = Math.max(latest, year);
  return latest > 0 ? latest : undefined;
}

/** The latest year of a Party congress or Central Committee plenum `text` names, undefined when none. */
export function partyMeetingYear(text: string): YearFound | undefined {
  let latest = 0;
  for (const [year] of partyMeetings(text)) latest = Math.max(latest, year);
  return latest > 0 ? { kind: 'year', year: latest } : undefined;
}
