/**
 * When a text is: the year it is about (`year`) and the year it was delivered or dated (`delivery_year`),
 * from its title and opening lines (Simplified). Pure.
 *
 * - delivery year: the first date in the title's bracketed note (`(2023年3月4日 汪洋)`; a year alone there,
 *   `(2024年 王沪宁)`, with its month unknown) or in the first four opening lines (`——2018年1月6日在…`,
 *   `发布日期:2018-01-10`, `（一九九九年一月二十七日）`), or in a short line of the next two.
 * - year:
 *   - a 常委会工作报告 or 提案工作报告 (not a 提案审查 report) reviews the time since the last session: a year its
 *     title names outside a date, or a year an opening line or review heading starts with (`2017年是…`,
 *     `一、2012年工作回顾`; the lines from a plan heading such as `2020年提案工作安排` on are not read), else a
 *     截至2019年底 there; else the delivery year minus one when it was delivered in January–June or the month is
 *     unknown (plenary sessions meet early in the year);
 *   - a government work report (government.ts) is the report for the year it plans: the year its title names,
 *     else its delivery year, the next one when delivered in October–December (——2021年12月30日在… → 2022), else
 *     the year after the one its review names (一、2019年工作回顾 → 2020);
 *   - any other text: the first year the title names outside a date or its note (2020年工作要点 → 2020; the CPPCC
 *     anniversary it names, 庆祝中国人民政治协商会议成立60周年 → 2009), else the year the first opening line starts
 *     with (2023年，县政协…), else for a 工作要点 or 协商计划 the year its opening gives the plan (特制订2017年度协商工作计划),
 *     else for news posted early in a year the year before when its first body line starts with it or its lead
 *     looks back on the year just past (回顾刚刚过去的一年) or, posted in January or February, a sentence of its opening
 *     starts on that year (…。2025年，区政协…; not an item on the sessions or on a day of the new year), or, posted in
 *     January–June, it sums up a body's work (…工作综述,
 *     …重点工作回眸, …纪实), else the delivery year (a news item's date line), else (not for a 工作报告, 工作要点, 协商计划 or news) the year
 *     reviewed in `2017年主要工作及2018年工作安排`; for news without any of these, the national plenary session
 *     it names, else the latest year its opening names (else the first 2,000 characters of the head), moved to
 *     the year a provincial plenary session it names met in (see session.ts), else the CPPCC anniversary it marks.
 *   A masked year met there (20XX年) leaves the year unknown.
 */
import { stripTrailingNote } from './head.js';
import { autumnMeetingYear, nationalSessionYear, partyMeetingYear, provincialSessionYear } from './session.js';
import { isGovernmentReport } from './government.js';
import { anniversaryYear, dateIn, readYear, yearAtStart, yearIn, type YearFound } from './year.js';

type DateFound = NonNullable<ReturnType<typeof dateIn>>;

/** A delivery date is looked for in this many opening lines (a byline, a subtitle and the date come first). */
const DATE_LINES = 4;
/**
 * …and in the next two when they are short lines of their own (`(2024年12月27日)` below a title set again under the
 * page's source line): a longer line there is the body, whose dates (a photo's caption) are not the delivery's.
 */
const LATE_DATE_LINES = 6;
const LATE_DATE_LINE_MAX = 30;
/** A subtitle's date line (——…, （2017年1月6日）) is looked for this far down, below a heading set twice. */
const SUBTITLE_LINES = 10;
const DATE_TEXT = /[0-9０-９〇零一二三四五六七八九X×xＸ*＊]{4}年[0-9０-９一二三四五六七八九十]{1,3}月([0-9０-９一二三四五六七八九十]{1,3}日)?/gu;
const REVIEWED_YEAR = /^(?:[一二三四五六七八九十]+、)?\s*(?:回顾)?([0-9０-９〇零一二三四五六七八九X×xＸ*＊]{4})年(?![0-9０-９一二三四五六七八九十]{1,3}月)/u;
/** 2017年主要工作及2018年工作安排, 2017年工作情况和2018年工作打算. */
const REVIEW_AND_PLAN = /((?:19|20)\d{2})年[^。；，,]{0,8}?工作[^。；，,]{0,6}?[及和与、][^。；，,]{0,4}?((?:19|20)\d{2})年[^。；，,]{0,6}?(?:安排|打算|计划|思路|要点)/u;
/** 截至2019年底, 截止2019年末: the state at the end of the year a report reviews. */
const YEAR_END = /截[至止](?:到)?((?:19|20)\d{2})年(?:底|末)/u;
const PLAN_WORDS = /安排|要点|计划|打算|思路|任务|展望|工作建议/;
/** A plan named with its year in a plan's opening: 2017年度协商工作计划, 2022年工作要点. */
const PLAN_YEAR = /((?:19|20)\d{2})年度?[^。；，,]{0,8}?(?:协商(?:工作)?计划|工作要点)/u;
/** A year in running text: 2009年, ２００９年, 二〇〇九年, and the 二00九年 that Han and Arabic zeros mix into. */
const YEAR_IN_TEXT = /(?<![0-9０-９〇零一二三四五六七八九])([0-9０-９〇零一二三四五六七八九]{4})年/gu;

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
  // The subtitle's date (——2022年12月23日在…会议上, （2024年12月27日）) is when it was delivered; a page's own date line
  // before it (2023-02-22 08:25 来源:…) is when the page was posted — also when the title is set again below it, with
  // its subtitle and speaker, before the date (a report's page that repeats its heading). `late` counts opening lines,
  // the long ones passed over too: any other date is read in the first LATE_DATE_LINES only.
  const dated = opening.slice(0, SUBTITLE_LINES)
    .map((l, i) => ({ date: i < DATE_LINES || l.length <= LATE_DATE_LINE_MAX ? pastDateIn(l) : undefined, subtitle: DELIVERY_LINE.test(l), late: i >= LATE_DATE_LINES }))
    .filter((d) => d.date !== undefined);
  return dateIn(note) ?? bare ?? (dated.find((d) => d.subtitle) ?? dated.find((d) => !d.late))?.date;
}

/** What a date still to come follows: `市政协十四届四次会议将于2025年1月上中旬召开`. */
const TO_COME = /(?:将于|拟于|定于|将在)$/u;

/** The first date in `line`, unless it is the date of what is still to come (将于2025年1月…召开): no delivery's. */
function pastDateIn(line: string): DateFound | undefined {
  const date = dateIn(line);
  return date && !TO_COME.test(line.slice(Math.max(0, date.index - 2), date.index)) ? date : undefined;
}

/** A subtitle or bracketed line that dates the delivery: ——2022年12月23日在…, （2024年12月27日）. */
const DELIVERY_LINE = /^(?:[—―─－-]{1,2}|[（(])\s*[0-9０-９〇零一二三四五六七八九]{4}\s*年/u;

function subjectYear(title: string, opening: readonly string[], docType: string, delivery: DateFound | undefined): YearFound | undefined {
  const titleYear = yearIn(stripTrailingNote(title).replace(DATE_TEXT, '')) ?? anniversaryYear(title);
  if (docType === '工作报告' && isGovernmentReport(title, opening)) return titleYear ?? plannedYear(opening, delivery);
  if (isRetrospective(title, docType)) {
    const reviewed = titleYear ?? reviewedYearOf(opening);
    if (reviewed) return reviewed;
    if (delivery?.year.kind !== 'year') return delivery?.year;
    return { kind: 'year', year: yearOfDated(title, docType, delivery.year.year, delivery.month) };
  }
  return (titleYear && planMadeTheYearBefore(titleYear, title, opening, docType)) ?? lateEventBefore(opening, docType, delivery) ?? eventDayInLead(opening, docType) ?? yearAtStart(opening[0] ?? '') ?? plannedYearOfPlan(opening, docType)
    ?? newsLookingBack(opening, docType, delivery)
    ?? delivery?.year ?? reviewAndPlanYear(opening, docType);
}

/** A date with its month (2024年01月26日), not a year that starts a sentence (2023年，…). */
const DATED_LINE = /^[\s（(]*[0-9０-９]{4}年[0-9０-９]{1,2}月/u;
/** A news item's lead: its first line of sentences (a page's date and source line has none). */
function leadOf(opening: readonly string[]): string {
  return opening.slice(0, DATE_LINES + 1).find((l) => !DATED_LINE.test(l) && /[，,。]/u.test(l)) ?? '';
}

/** What a lead may open on before its day: a tag, a byline (`本报讯 `, `讯 (记者 某某)`), within its first clause. */
const BEFORE_DAY = '[^，,。\\n]{0,24}?(?<![0-9０-９])';
/** A lead that opens on its event's day in November or December: `12月30日，…`, `本报讯 12月29日上午，…`. */
const LATE_EVENT = new RegExp(`^${BEFORE_DAY}1[12]月[0-9０-９]{1,2}日`, 'u');
/** The lead says it looks back on the year just past: 回顾刚刚过去的一年，…; 过去的一年，是市政协…的一年. */
const JUST_PAST = /回顾(?:刚刚)?过去的一年|刚刚过去的一年|^[^。]{0,30}过去的一年[，,]?是/u;

/**
 * A news item posted early in a year about the year before: its first body line starts with that year (`2023年，某区
 * 政协…` under a page dated 2024-01-26), or, posted in January or February, its lead looks back on the year just past
 * (`东北网1月11日电 回顾刚刚过去的一年，…`) — not an item on a plenary session, which reviews the past year in the
 * year it meets.
 */
function newsLookingBack(opening: readonly string[], docType: string, delivery: DateFound | undefined): YearFound | undefined {
  if ((docType !== '新闻' && docType !== '') || delivery?.year.kind !== 'year') return undefined;
  const before = delivery.year.year - 1;
  const lead = leadOf(opening);
  if (PLENARY.test(lead)) return undefined;
  // `春华秋实又一年。2015年，…`: a short phrase of a sentence before the one that opens on the year.
  const body = lead.replace(NEWS_TAG, '').replace(SHORT_FIRST_SENTENCE, '');
  const started = yearAtStart(body);
  if (started?.kind === 'year' && started.year === before) return started;
  if (reviewsYearBefore('', opening, docType, delivery.month)) return { kind: 'year', year: before };
  const early = delivery.month === 1 || delivery.month === 2;
  return early && (JUST_PAST.test(lead) || narratesYearBefore(opening, before, delivery.month)) ? { kind: 'year', year: before } : undefined;
}

/** An item on the new year's sessions (两会, 市政协六届五次会议分组讨论), or on a recent event (`近日，在省政协召开月度协商会上…`): not a review. */
const SESSION_OR_RECENT = /两会|届[一二三四五六七八九十]+次(?:全体)?会议|(?:^|[。！!？?]\s*)(?:近日|日前|近期)[，,]/u;
/** How many opening lines a year-end review is read in for a sentence that opens on the year it reviews. */
const REVIEW_LINES = 8;

/**
 * A news item posted in January or February that narrates the year before: a sentence of its opening starts on that year
 * (`2025年，区政协持续推进…`, `2025年以来，…`, `回望2024，…`, `回顾2025年，…`) and none on a day of the posting's own
 * months (`1月15日，县政协召开…`) or on a recent day (`近日，…`): an event of the new year, which a review does not open on;
 * not an item on the new year's sessions (两会, a plenary).
 */
function narratesYearBefore(opening: readonly string[], before: number, month: number): boolean {
  const lines = opening.slice(0, REVIEW_LINES);
  if (lines.some((l) => PLENARY.test(l) || SESSION_OR_RECENT.test(l))) return false;
  const opens = new RegExp(`(?:^|[。！!？?]\\s*)(?:回望|回顾)?${before}年?(?:以来)?[，,]`, 'u');
  const eventDay = new RegExp(`(?:^|[。！!？?]\\s*)${BEFORE_DAY}[${month === 1 ? '1' : '12'}]月[0-9０-９]{1,2}日(?!讯|电)`, 'u');
  return lines.some((l) => opens.test(l.trim())) && !lines.some((l) => eventDay.test(l.trim()));
}

/** A news tag a lead opens on, with its byline: `香格里拉网讯(记者 某某) `, `本报讯（通讯员 某某）`. */
const NEWS_TAG = /^\s*(?:本报\p{Script=Han}{0,4}讯|\p{Script=Han}{1,6}网讯)\s*(?:[（(][^）)\n]{0,30}[）)])?\s*/u;

/** A first sentence of a few characters before a lead's own: `春华秋实又一年。`. */
const SHORT_FIRST_SENTENCE = /^[^，,。；;！!？?\n\d]{2,10}[。！!]\s*/u;

/** A piece that sums up a body's work (`…亮点工作综述`, `…2025年重点工作回眸`, `…履职实践纪实`), not a meeting's (`两会综述`). */
const REVIEW_PIECE = /(?<!会议?|大会|两会|全会)(?:综述|回眸|纪实|盘点)/u;

/**
 * A news item that sums up a body's work, dated in January–June (an unknown month, 0, is not taken to be one of
 * those), is about the year before, as a report that reviews is: `——长春市政协亮点工作综述` dated 2024年05月18日 is
 * 2023's work. Its title and first four opening lines are read for the marks of such a piece.
 */
function reviewsYearBefore(title: string, opening: readonly string[], docType: string, month: number): boolean {
  return docType === '新闻' && month >= 1 && month <= 6 && [title, ...opening.slice(0, 4)].some((l) => REVIEW_PIECE.test(l));
}

/**
 * `2015年01月05日 来源：…` / `12月29日上午，市政协…`: a news item posted in January or February whose lead opens on an event's
 * day in November or December is about the year before — whatever year its date line starts with.
 */
function lateEventBefore(opening: readonly string[], docType: string, delivery: DateFound | undefined): YearFound | undefined {
  if (docType !== '新闻' || delivery?.year.kind !== 'year' || delivery.month < 1 || delivery.month > 2) return undefined;
  const lead = leadOf(opening);
  return LATE_EVENT.test(lead) ? { kind: 'year', year: delivery.year.year - 1 } : undefined;
}

/**
 * `对2020年协商议题讨论商定`, `召开2022年度协商议题征求意见座谈会`: a news item whose title names its year only as a plan's
 * (PLANNED after it, or 对 before it) and whose lead opens on a day in November or December is about the year the plan
 * was made in, the year before (readers date news by its event). `year` unchanged otherwise.
 */
export function planMadeTheYearBefore(year: YearFound, title: string, opening: readonly string[], docType: string): YearFound {
  if (docType !== '新闻' || year.kind !== 'year' || !LATE_EVENT.test(leadOf(opening))) return year;
  return namedOnlyAsPlan(title, year.year) ? { kind: 'year', year: year.year - 1 } : year;
}

/**
 * `区政协召开主席会议 督查评议2023年度重点提案办理落实情况`, posted 2024-09-05; `市政协十四届四次会议将于2025年1月上中旬召开`,
 * filed under 2024-12: a news item whose title names its year only as a year's things (2023年度…) or as the date of what is
 * still to come (将于, 拟于, 定于, 将在 before it), and whose page is dated another year, is about the date's year (readers
 * date news by its event). `year` unchanged otherwise.
 */
export function yearNamedOnlyAside(year: YearFound, title: string, dated: number | undefined, docType: string): YearFound {
  if (docType !== '新闻' || year.kind !== 'year' || dated === undefined || dated === year.year) return year;
  const asThings = dated > year.year && namedOnlyAs(title, year.year, (after) => title[after] === '度');
  const toCome = dated < year.year && namedOnlyAs(title, year.year, (_, at) => TO_COME.test(title.slice(Math.max(0, at - 2), at)));
  return asThings || toCome ? { kind: 'year', year: dated } : year;
}

/**
 * Whether `text` names `year` (`2023年`) at least once and every time so that `as` holds (`at`: where the mention starts,
 * `after`: just after its 年).
 */
function namedOnlyAs(text: string, year: number, as: (after: number, at: number) => boolean): boolean {
  const mentions = [...text.matchAll(new RegExp(`${year}年`, 'gu'))];
  return mentions.length > 0 && mentions.every((m) => as(m.index + m[0].length, m.index));
}

/** Whether `text` names `year` at least once and only as a plan's (PLANNED after it: 2023年工作要点; or 对 before it). */
function namedOnlyAsPlan(text: string, year: number): boolean {
  return namedOnlyAs(text, year, (after, at) => PLANNED.test(text.slice(after, after + 14)) || text[at - 1] === '对');
}

/** A lead that opens on its event's full date: `2024年10月29日上午，天山路街道…开展…活动`. */
const EVENT_DAY_LEAD = /^\s*([0-9０-９]{4})年[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[上下中]午|晚上?|早上?)?[，,]\s*\p{Script=Han}[^。]{8}/u;

/**
 * A news item whose lead opens on its event's full date (under the page's own 发布日期:2025年02月14日) is about that
 * day's year, not the posting's.
 */
function eventDayInLead(opening: readonly string[], docType: string): YearFound | undefined {
  if (docType !== '新闻') return undefined;
  const line = opening.slice(0, DATE_LINES + 1).find((l) => EVENT_DAY_LEAD.test(l));
  return line ? readYear(EVENT_DAY_LEAD.exec(line)![1]!) : undefined;
}

/** 特制订2017年度协商工作计划, 现将2022年工作要点印发: the year a plan's own opening names as the plan's. */
function plannedYearOfPlan(opening: readonly string[], docType: string): YearFound | undefined {
  if (docType !== '协商计划' && docType !== '工作要点') return undefined;
  for (const line of opening.slice(0, DATE_LINES)) {
    const m = PLAN_YEAR.exec(line);
    if (m) return readYear(m[1]!);
  }
  return undefined;
}

/**
 * The year a government work report plans for and is filed under, when its title names none: its delivery year,
 * or the next when it was delivered in October–December (a session on 2021-12-30 reviews 2021 and plans 2022; it is
 * the report for 2022); undated, the year after the one its review names (`一、2019年工作回顾` → 2020).
 */
function plannedYear(opening: readonly string[], delivery: DateFound | undefined): YearFound | undefined {
  if (delivery?.year.kind === 'year') return { kind: 'year', year: delivery.year.year + (delivery.month >= 10 ? 1 : 0) };
  if (delivery) return delivery.year;
  const reviewed = reviewedYearOf(opening);
  return reviewed?.kind === 'year' ? { kind: 'year', year: reviewed.year + 1 } : reviewed;
}

/**
 * 我就县政协2017年主要工作及2018年工作安排予以通报: a speech or an undated account of a year's work and the next
 * year's plan is about the year it reviews (as 002 is, which opens with it). Not for a government work report
 * (filed by the year it plans, see docs) nor for news (its event year).
 */
function reviewAndPlanYear(opening: readonly string[], docType: string): YearFound | undefined {
  if (docType === '工作报告' || docType === '新闻' || docType === '工作要点' || docType === '协商计划') return undefined;
  for (const line of opening.slice(0, DATE_LINES)) {
    const m = REVIEW_AND_PLAN.exec(line);
    if (m && Number(m[2]) === Number(m[1]) + 1) return readYear(m[1]!);
  }
  return undefined;
}

/**
 * A news item that states no year: the national plenary session it names, else the latest year its opening
 * (else its head) names — or the year of a later Party congress or plenum it names (十九届六中全会 → 2021) —
 * moved to the year a provincial plenary session it names met in; else the CPPCC anniversary it marks.
 */
function undatedNewsYear(text: string, rest: string): YearFound | undefined {
  const named = latestYear(text) ?? latestYear(rest.slice(0, 2000));
  // A Party congress or plenum the item studies (学习贯彻十九届六中全会精神) dates it no earlier than that meeting.
  const party = partyMeetingYear(text) ?? partyMeetingYear(rest.slice(0, 2000));
  const latest = party?.kind === 'year' && (named?.kind !== 'year' || party.year > named.year) ? party : named;
  const autumn = autumnMeetingYear(text) ?? autumnMeetingYear(rest.slice(0, 2000));
  return nationalSessionYear(text) ?? provincialSessionYear(text, latest) ?? planningAhead(text, latest) ?? plenaryAfterReview(text, rest, latest, autumn) ?? latest
    // Else the CPPCC anniversary it marks (庆祝人民政协成立75周年 → 2024), as a title's is read.
    ?? anniversaryYear(text) ?? anniversaryYear(rest.slice(0, 2000));
}

/**
 * 2月3日…第六次会议开幕 … 刚刚过去的2025年是…: a plenary session meets early in the year and reviews the year before;
 * an item on one, dated January–March, whose latest year (in its opening, else its head) is named only as the
 * year reviewed is from the year after; so is one that names no year and studies a Party congress or plenum (held in the
 * autumn) of the year it would otherwise get.
 */
function plenaryAfterReview(text: string, rest: string, latest: YearFound | undefined, autumn?: number): YearFound | undefined {
  if (!PLENARY.test(text) || !EARLY_IN_YEAR.test(text)) return undefined;
  const head = `${text}\n${rest.slice(0, 2000)}`;
  const named = latestYear(head);
  // 1月13日…十届二次会议…学习党的十九大精神 (or 二十届四中全会精神), no year named: the meeting was in the autumn before.
  if (named === undefined && latest?.kind === 'year' && autumn === latest.year) return { kind: 'year', year: latest.year + 1 };
  const year = named?.kind === 'year' && (latest?.kind !== 'year' || named.year > latest.year) ? named : latest;
  if (year?.kind !== 'year') return undefined;
  const mentions = [...head.matchAll(new RegExp(`${year.year}年`, 'gu'))];
  const reviewed = mentions.every((m) => namedAsReviewed(head, m.index) || toldAsDone(head, m.index));
  return mentions.length > 0 && reviewed ? { kind: 'year', year: year.year + 1 } : year;
}

/**
 * The year named at `at` is one REVIEWED names (not another year near it: `二是2014年的工作意见。报告指出，2013年…`), and not
 * one said to be the year that begins (`报告指出，2023年是全面贯彻…的开局之年`: the session's own year, not one reviewed).
 */
function namedAsReviewed(text: string, at: number): boolean {
  if (YEAR_BEGUN.test(text.slice(at, at + 60))) return false;
  const from = Math.max(0, at - 10);
  for (const m of text.slice(from, at + 5 + 20).matchAll(REVIEWED_ANY)) {
    const year = m[0].search(/\d{4}年/u);
    if (from + m.index + year === at) return true;
  }
  return false;
}

/**
 * A year a sentence opens on and tells as done (`2023年，白银市政协聚焦…，提出提案183件。`), or a count up to its end
 * (`截至2023年10月底`, not `截至2026年1月21日`): no plan's words (将, 要, 计划, 开局, …之年) in that sentence.
 */
function toldAsDone(text: string, at: number): boolean {
  // …not a count up to a day early in the year (`截至2026年1月21日12时`, the session's own deadline for proposals).
  if (text.slice(Math.max(0, at - 2), at) === '截至') return !/^\d{4}\s*年\s*0?[1-3]\s*月/u.test(text.slice(at, at + 10));
  // …also after who says it (`马某说，2024年，…`).
  if (!/(?:^|[\n。；;：:！!]|(?:说|指出|表示)[，,：:])\s*$/u.test(text.slice(Math.max(0, at - 4), at)) || !/^\d{4}年[，,]/u.test(text.slice(at, at + 6))) return false;
  const sentence = /^[^。；;\n]*/u.exec(text.slice(at, at + 300))![0];
  return !/将|要(?![求素])|计划|开局|之年|谋划|打算|力争|确保|预计/u.test(sentence);
}

/**
 * A year said to be one that begins or is under way: `2023年是…开局之年`, `2024年是…关键之年`; not one closed (`…收官之年`,
 * `…二十大召开之年`).
 */
const YEAR_BEGUN = /^\d{4}年是(?![^。；;\n]{0,40}收官)[^。；;\n]{0,40}?(?:开局|起步|开篇|攻坚|关键|决胜|冲刺)之年/u;
/** A plenary session's news: 第六次会议开幕, 十四届六次会议召开, 第一次全体会议. */
const PLENARY = /(?:委员会第[一二三四五六七八九十]+次会议|[一二三四五六七八九十]+届[一二三四五六七八九十]+次会议|全体会议)[^。\n]{0,20}?(?:开幕|召开|举行|闭幕)/u;
/** The item's own day, in January–March, at a line's start or after its dateline (2月3日下午，…). */
const EARLY_IN_YEAR = /(?:^|\n|[，,。！!）)])\s*[123]月\d{1,2}日/u;
/** A year named as the one a session reviews: 刚刚过去的2025年, 报告指出，2023年, 2025年是…收官(决胜)之年, 回顾2025年. */
const REVIEWED_ANY = /(?:过去的|回顾|(?:总结|回顾)(?:回顾|总结)?了|总结|报告(?:指出|显示|回顾|总结)[，,]?)\d{4}年|\d{4}年(?:[^。；\n]{0,14}收官(?:决胜|冲刺|攻坚)?之年|以来|工作回顾|[，,][^。；，,\n]{0,6}政协常委会)/gu;

/**
 * 12月5日，县政协…征求委员对2023年政协工作的意见: an item dated in November or December whose latest year is named
 * only as a plan (2023年工作要点 / 思路 / 计划 / 打算, 对2023年…的意见) is about the year before, when the plan is made.
 */
function planningAhead(text: string, latest: YearFound | undefined): YearFound | undefined {
  if (latest?.kind !== 'year' || !LATE_IN_YEAR.test(text)) return undefined;
  return namedOnlyAsPlan(text, latest.year) ? { kind: 'year', year: latest.year - 1 } : undefined;
}

/** The item's own day, in November or December, at a line's start (12月5日，…). */
const LATE_IN_YEAR = new RegExp(`(?:^|\\n)(?:[（(]?[^（）()\\n]{0,8}[）)]?\\s*|${BEFORE_DAY})1[12]月\\d{1,2}日`, 'u');
/** What follows a year named as a plan: 工作要点, 工作思路, 工作计划, 工作打算, 工作安排, 协商计划 … */
const PLANNED = /^度?[^。；，,]{0,8}?(?:要点|思路|计划|打算|安排|谋划|议题|要(?![点求素])|将)/u;

/** A 常委会工作报告 or 提案工作报告 (not a 提案审查 report) reviews the time since the last session. */
function isRetrospective(title: string, docType: string): boolean {
  return (docType === '常委会工作报告' || docType === '提案工作报告') && !/审查/.test(title);
}

/**
 * The year a text dated `year`-`month` is about (month 0: not known): the year before for a report that
 * reviews (sessions meet early in the year; an unknown month is taken to be one of those), or for a news item that
 * sums up a body's work dated January–June (its `opening` read for the marks: reviewsYearBefore), else that year.
 */
export function yearOfDated(title: string, docType: string, year: number, month: number, opening: readonly string[] = []): number {
  if ((isRetrospective(title, docType) && month <= 6) || reviewsYearBefore(title, opening, docType, month)) return year - 1;
  // A page filed early in a year whose news is of the year before, as a date in the text tells it (lateEventBefore,
  // newsLookingBack): `本报讯 12月28日，…` or `2025年，某县政协…` under an address dated 2026-01.
  // (Both give the year before or nothing.)
  const filed: DateFound = { year: { kind: 'year', year }, month, index: 0 };
  return lateEventBefore(opening, docType, filed) ?? newsLookingBack(opening, docType, filed) ? year - 1 : year;
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

/**
 * `2020年提案工作安排`, `二、2024年工作要点`, `2016年工作建议` (a 政协 report's plan is put as advice): a short line that starts
 * with a year and names a plan, or such a heading run together with the first paragraph after a space
 * (`2016年工作建议 2016年是实施…`, as a page's excerpt joins them).
 */
function isPlanHeading(line: string): boolean {
  const head = line.length <= 30 ? line : line.split(/[\s\u3000]/u)[0]!;
  return head.length <= 30 && REVIEWED_YEAR.test(head) && PLAN_WORDS.test(head);
}

/** `2017年是…`, `一、2012年工作回顾`: a year a line starts with, not a date and not a plan (2020年提案工作安排). */
function reviewedYear(line: string): YearFound | undefined {
  const m = REVIEWED_YEAR.exec(line);
  return m && !PLAN_WORDS.test(line.slice(0, 20)) ? readYear(m[1]!) : undefined;
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
