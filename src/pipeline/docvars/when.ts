/**
 * When a text is: the year it is about (`year`) and the year it was delivered or dated (`delivery_year`),
 * from its title and opening lines (Simplified). Pure.
 *
 * - delivery year: the first date in the title's bracketed note (`(2023年3月4日 汪洋)`; a year alone there,
 *   `(2024年 王沪宁)`, with its month unknown) or in the first four opening lines (`——2018年1月6日在…`,
 *   `发布日期:2018-01-10`, `（一九九九年一月二十七日）`).
 * - year:
 *   - a 常委会工作报告 or 提案工作报告 (not a 提案审查 report) reviews the time since the last session: a year its
 *     title names outside a date, or a year an opening line or review heading starts with (`2017年是…`,
 *     `一、2012年工作回顾`, not a plan such as `2020年提案工作安排`); else the delivery year minus one when it was
 *     delivered in January–June or the month is unknown (plenary sessions meet early in the year);
 *   - any other text: the first year the title names outside a date or its note (2020年工作要点 → 2020), else
 *     the year the first opening line starts with (2023年，县政协…), else the delivery year (a government
 *     report's delivery date, a news item's date line); for news without any of these, the national plenary
 *     session it names, else the latest year its opening names (else the first 2,000 characters of the head).
 *   A masked year met there (20XX年) leaves the year unknown.
 */
import { stripTrailingNote } from './head.js';
import { divisionsNamed } from './region-code.js';
import { dateIn, hanNumber, readYear, yearAtStart, yearIn, type YearFound } from './year.js';

type DateFound = NonNullable<ReturnType<typeof dateIn>>;

/** A delivery date is looked for in this many opening lines (a byline, a subtitle and the date come first). */
const DATE_LINES = 4;
const DATE_TEXT = /[0-9０-９〇零一二三四五六七八九X×xＸ*＊]{4}年[0-9０-９一二三四五六七八九十]{1,3}月([0-9０-９一二三四五六七八九十]{1,3}日)?/gu;
const REVIEWED_YEAR = /^(?:[一二三四五六七八九十]+、)?\s*([0-9０-９〇零一二三四五六七八九X×xＸ*＊]{4})年(?![0-9０-９一二三四五六七八九十]{1,3}月)/u;
/** 截至2019年底, 截止2019年末: the state at the end of the year a report reviews. */
const YEAR_END = /截[至止](?:到)?((?:19|20)\d{2})年(?:底|末)/u;
const PLAN_WORDS = /安排|要点|计划|打算|思路|任务|展望/;
const YEAR_IN_TEXT = /(?<!\d)((?:19|20)\d{2})年/gu;
/** (中国人民)政协第十二届宁夏回族自治区委员会第三次会议 (the name in group 1), or …政协十三届二次会议 (the body written before 政协). */
const SESSION_NAMED = new RegExp(
  `(?:政协|中国人民政治协商会议)(?:第?[一二三四五六七八九十]+届)?([^\\s，。、；（(]{2,12}?)(?:第?[一二三四五六七八九十]+届)?委员会第([一二三四五六])次(?:全体)?会议` +
    `|政协第?[一二三四五六七八九十]+届第?([一二三四五六])次(?:全体)?会议`,
  'gu',
);
const NATIONAL_SESSION = /全国政协(?:第)?([一二三四五六七八九十]+)届(?:第)?([一二三四五])次会议|政协第([一二三四五六七八九十]+)届全国委员会第([一二三四五])次会议/u;

/** When a text is, as far as it says. */
export interface TextWhen {
  year?: YearFound;
  /** The year is inferred from a news item's undated mentions (its session, the latest year it names), not stated. */
  guessed?: true;
  delivery?: number;
}

/** The year the text is about and the year it was delivered, as far as `title` and `opening` say (`rest`: the head's text, for news). */
export function whenOfText(title: string, opening: readonly string[], docType: string, rest = ''): TextWhen {
  const delivery = deliveryDate(title, opening);
  const stated = subjectYear(title, opening, docType, delivery);
  const year = stated ?? (docType === '新闻' ? undatedNewsYear([title, ...opening].join('\n'), rest) : undefined);
  return {
    ...(year ? { year } : {}),
    ...(year && !stated ? { guessed: true as const } : {}),
    ...(delivery?.year.kind === 'year' ? { delivery: delivery.year.year } : {}),
  };
}

/** The first date in the title's bracketed note or the opening lines. */
function deliveryDate(title: string, opening: readonly string[]): DateFound | undefined {
  const note = title.slice(stripTrailingNote(title).length);
  const noteYear = /(\d{4})年/.exec(note)?.[1];
  // (2024年 王沪宁): a year alone in the note is the delivery year, its month unknown.
  const bare = noteYear ? { year: readYear(noteYear)!, month: 0, index: 0 } : undefined;
  return dateIn(note) ?? bare ?? opening.slice(0, DATE_LINES).map(dateIn).find((d) => d !== undefined);
}

function subjectYear(title: string, opening: readonly string[], docType: string, delivery: DateFound | undefined): YearFound | undefined {
  const titleYear = yearIn(stripTrailingNote(title).replace(DATE_TEXT, ''));
  if (isRetrospective(title, docType)) {
    const reviewed = titleYear ?? reviewedYearOf(opening);
    if (reviewed) return reviewed;
    if (delivery?.year.kind !== 'year') return delivery?.year;
    return { kind: 'year', year: yearOfDated(title, docType, delivery.year.year, delivery.month) };
  }
  return titleYear ?? yearAtStart(opening[0] ?? '') ?? delivery?.year;
}

/**
 * A news item that states no year: the national plenary session it names, else the latest year its opening
 * (else its head) names, moved to the year a provincial plenary session it names met in.
 */
function undatedNewsYear(text: string, rest: string): YearFound | undefined {
  const latest = latestYear(text) ?? latestYear(rest.slice(0, 2000));
  return nationalSessionYear(text) ?? provincialSessionYear(text, latest) ?? latest;
}

/**
 * 省政协十二届四次会议, 青海省政协十三届二次会议, 政协云南省第十三届委员会第四次会议: every province's committee has
 * been elected in the same year as the national one since 1988 (1988, 1993, …, 2023), its sessions one a year
 * early in the year, so its Mth session met in a year 1988 + (M − 1) + 5k. Of the latest year the text names
 * (a session reviews the year before it) and the next, the one that fits; none when neither does. The term's
 * number is no help: provinces number their committees differently (广东省 and 宁夏 elected their 13th and 12th in 2023).
 */
function provincialSessionYear(text: string, latest: YearFound | undefined): YearFound | undefined {
  if (latest?.kind !== 'year') return undefined;
  const session = provincialSession(text);
  if (session === undefined) return undefined;
  const fits = (year: number) => (year - 1988 - (session - 1)) % 5 === 0;
  const year = [latest.year, latest.year + 1].find(fits);
  return year === undefined ? undefined : { kind: 'year', year };
}

/** The number of the first provincial plenary session `text` names (M of …届M次会议), undefined when none. */
function provincialSession(text: string): number | undefined {
  for (const m of text.matchAll(SESSION_NAMED)) {
    const provincial = m[1] !== undefined ? isProvince(m[1]) : endsWithProvince(text.slice(Math.max(0, m.index - 8), m.index));
    const session = hanNumber(m[2] ?? m[3]!);
    if (provincial && session >= 1 && session <= 5) return session;
  }
  return undefined;
}

/** 省政协, 自治区政协, 青海省政协, 北京市政协, 内蒙古政协: what is written before 政协 names a province-level body. */
function endsWithProvince(before: string): boolean {
  if (/(省|自治区)$/u.test(before)) return true;
  for (let len = 2; len <= before.length; len++) if (isProvince(before.slice(-len))) return true;
  return false;
}

function isProvince(name: string): boolean {
  return divisionsNamed(name).some((d) => d.level === 'province');
}
/** A 常委会工作报告 or 提案工作报告 (not a 提案审查 report) reviews the time since the last session. */
function isRetrospective(title: string, docType: string): boolean {
  return (docType === '常委会工作报告' || docType === '提案工作报告') && !/审查/.test(title);
}

/**
 * The year a text dated `year`-`month` is about (month 0: not known): the year before for a report that
 * reviews (sessions meet early in the year; an unknown month is taken to be one of those), else that year.
 */
export function yearOfDated(title: string, docType: string, year: number, month: number): number {
  return isRetrospective(title, docType) && month <= 6 ? year - 1 : year;
}

/**
 * The year a report's review part names: a year a line starts with, else the year whose end it counts to
 * (截至2019年底); the lines from a plan heading on (2020年提案工作安排, then 2020年，提案工作要…) are the plan's.
 */
function reviewedYearOf(opening: readonly string[]): YearFound | undefined {
  const plan = opening.findIndex(isPlanHeading);
  const review = plan < 0 ? opening : opening.slice(0, plan);
  const yearEnd = review.map((l) => YEAR_END.exec(l)?.[1]).find((y) => y !== undefined);
  return review.map(reviewedYear).find((y) => y !== undefined) ?? (yearEnd ? readYear(yearEnd) : undefined);
}

/** `2020年提案工作安排`, `二、2024年工作要点`: a short line that starts with a year and names a plan. */
function isPlanHeading(line: string): boolean {
  return line.length <= 30 && REVIEWED_YEAR.test(line) && PLAN_WORDS.test(line);
}

/** `2017年是…`, `一、2012年工作回顾`: a year a line starts with, not a date and not a plan (2020年提案工作安排). */
function reviewedYear(line: string): YearFound | undefined {
  const m = REVIEWED_YEAR.exec(line);
  return m && !PLAN_WORDS.test(line.slice(0, 20)) ? readYear(m[1]!) : undefined;
}

/**
 * 全国政协十二届一次会议 / 政协第十一届全国委员会第三次会议: the national plenary sessions meet every March, the
 * Nth committee's first in 1983 + 5 × (N − 6) (the sixth in 1983, the fourteenth in 2023).
 */
function nationalSessionYear(text: string): YearFound | undefined {
  const m = NATIONAL_SESSION.exec(text);
  if (!m) return undefined;
  const term = hanNumber(m[1] ?? m[3]!);
  const session = hanNumber(m[2] ?? m[4]!);
  if (term < 6 || session < 1 || session > 5) return undefined;
  return { kind: 'year', year: 1983 + 5 * (term - 6) + session - 1 };
}

/**
 * A news item without a date reports the present: the latest year its opening names (a session in early 2014
 * reviews 2013 and plans 2014; a horizon such as 2035年远景目标 and a start such as 自2014年起 are passed over).
 */
function latestYear(text: string): YearFound | undefined {
  let latest: YearFound | undefined;
  for (const m of text.matchAll(YEAR_IN_TEXT)) {
    // A horizon (2035年远景目标) or a start (自2014年起, 2014年以来) is not the present.
    if (/^(远景|前|以前|起|以来|至今)/.test(text.slice(m.index + m[0].length)) || /[自从]$/.test(text.slice(0, m.index))) continue;
    const found = readYear(m[1]!);
    if (found?.kind === 'year' && (latest?.kind !== 'year' || found.year > latest.year)) latest = found;
  }
  return latest;
}
