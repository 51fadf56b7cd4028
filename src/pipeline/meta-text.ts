/**
 * What a document says about itself: title, year, delivery year, document type, region and its level. Pure;
 * reads the front matter, the head (title and opening, see meta-head.ts) and a few whole-text cues.
 *
 * - title: front matter `title`, else the title found by `readHead` (003 → 政协XX县委员会2020年工作要点).
 * - doc_type: see meta-genre.ts. region: see meta-region.ts; its code, province, prefecture and level from
 *   region-code.ts, else the level from the name's suffix (X县 → county), else from a bare 县政协 / 市政协 cue,
 *   else the most frequent of 县政协 / 区政协 / 市政协 / 省政协 / 自治区政协 / 全国政协 in the text.
 * - delivery_year: the year of the first date in the title's note or the opening (`(2023年3月4日 汪洋)`,
 *   `——2018年1月6日在…`, `2022-01-18 14:12`).
 * - year, the year the text is about:
 *   - a 常委会工作报告 or 提案工作报告 (not a 提案审查 report) reviews the time since the last session: a year
 *     an opening line or review heading starts with (`2017年是…`, `一、2012年工作回顾`), else the delivery year
 *     minus one when it was delivered in January–June (sessions meet early in the year), else the delivery year;
 *   - any other text: the first year the title names outside a date or its bracketed note (2020年工作要点 →
 *     2020), else the year the first opening line starts with (2023年，县政协…), else the year of a date in
 *     the opening (a government report's delivery date, a news item's date line). A masked year met there
 *     (20XX年) leaves the year unknown.
 */
import type { DocMeta, RegionLevel, ReportDoc } from '../types.js';
import { genreOf } from './meta-genre.js';
import { readHead, stripTrailingNote, type DocHead } from './meta-head.js';
import { regionOfText } from './meta-region.js';
import { levelOfRegion, toDocType, toRegionLevel, toYear } from './meta-values.js';
import { dateIn, hanNumber, readYear, yearAtStart, yearIn, type YearFound } from './meta-year.js';
import { resolveRegion } from './region-code.js';

const LEVEL_CUE = /(自治区|全国|省|市|县|区)政协/g;
const DATE_TEXT = /[0-9０-９〇零一二三四五六七八九X×xＸ*＊]{4}年[0-9０-９一二三四五六七八九十]{1,3}月([0-9０-９一二三四五六七八九十]{1,3}日)?/gu;
const REVIEWED_YEAR = /^(?:[一二三四五六七八九十]+、)?\s*([0-9０-９〇零一二三四五六七八九X×xＸ*＊]{4})年(?![0-9０-９一二三四五六七八九十]{1,3}月)/u;
/** A delivery date is looked for in this many opening lines (a byline, a subtitle and the date come first). */
const DATE_LINES = 4;
const YEAR_IN_TEXT = /(?<!\d)((?:19|20)\d{2})年/gu;
const NATIONAL_SESSION = /全国政协(?:第)?([一二三四五六七八九十]+)届(?:第)?([一二三四五])次会议|政协第([一二三四五六七八九十]+)届全国委员会第([一二三四五])次会议/u;
const PLAN_WORDS = /安排|要点|计划|打算|思路|任务|展望/;
const FRONT_KEYS = ['title', 'year', 'doc_type', 'region', 'region_level'];

/** Docvars the document states itself (front matter counts as text). Missing keys mean "not stated". */
export function inferMetaFromText(doc: ReportDoc): Partial<DocMeta> {
  const front = doc.frontMatter;
  const read = readHead(doc);
  const title = cleanTitle(front['title'] ?? '') || read.title;
  // A front-matter title replaces the head's title line, which still has its say as the first opening line.
  const head = title === read.title || read.title === '' ? read : { ...read, opening: [read.title, ...read.opening] };
  const out: Partial<DocMeta> = {};
  if (title) out.title = title;

  const docType = toDocType(front['doc_type']) || genreOf(title, head.opening, head.text);
  if (docType) out.doc_type = docType;

  const delivery = deliveryDate(title, head.opening);
  if (delivery?.year.kind === 'year') out.delivery_year = delivery.year.year;
  const year = yearFromFront(front['year']) ?? subjectYear(title, head, docType, delivery);
  if (year) {
    out.year = year.kind === 'year' ? year.year : null;
    out.year_source = year.kind === 'year' ? 'text' : 'unknown';
  }

  Object.assign(out, regionFields(front, title, head, doc.text));
  const extra = Object.fromEntries(Object.entries(front).filter(([k]) => !FRONT_KEYS.includes(k)));
  if (Object.keys(extra).length > 0) out.extra = extra;
  return out;
}

/** region, its code, province, prefecture and level, as far as the text says. */
function regionFields(front: Record<string, string>, title: string, head: DocHead, text: string): Partial<DocMeta> {
  const found = front['region']?.trim() ? { region: front['region'].trim(), cueLevel: '' as const } : regionOfText(title, head.opening, head.text);
  const code = resolveRegion(found.region, [title, ...head.opening].join('\n'));
  const out: Partial<DocMeta> = {};
  if (found.region) out.region = found.region;
  if (code.region_code) out.region_code = code.region_code;
  if (code.province) out.province = code.province;
  if (code.prefecture) out.prefecture = code.prefecture;
  const level = toRegionLevel(front['region_level']) || code.region_level || levelOfRegion(found.region) || found.cueLevel || levelFromCues(text);
  if (level) out.region_level = level;
  return out;
}

/** The first date in the title's bracketed note or the opening lines. */
function deliveryDate(title: string, opening: readonly string[]): ReturnType<typeof dateIn> {
  const note = title.slice(stripTrailingNote(title).length);
  const noteYear = /(\d{4})年/.exec(note)?.[1];
  // (2024年 王沪宁): a year alone in the note is the delivery year, its month unknown.
  const bare = noteYear ? { year: readYear(noteYear)!, month: 0, index: 0 } : undefined;
  return dateIn(note) ?? bare ?? opening.slice(0, DATE_LINES).map(dateIn).find((d) => d !== undefined);
}

function subjectYear(title: string, head: DocHead, docType: string, delivery: ReturnType<typeof dateIn>): YearFound | undefined {
  const titleYear = yearIn(stripTrailingNote(title).replace(DATE_TEXT, ''));
  const retrospective = (docType === '常委会工作报告' || docType === '提案工作报告') && !/审查/.test(title);
  if (retrospective) {
    const reviewed = titleYear ?? head.opening.map(reviewedYear).find((y) => y !== undefined);
    if (reviewed) return reviewed;
    if (delivery?.year.kind !== 'year') return delivery?.year;
    // Sessions meet early in the year; a delivery month that is not known is taken to be one of those.
    const shift = delivery.month <= 6 ? 1 : 0;
    return { kind: 'year', year: delivery.year.year - shift };
  }
  const stated = titleYear ?? yearAtStart(head.opening[0] ?? '') ?? delivery?.year;
  if (stated || docType !== '新闻') return stated;
  const text = [title, ...head.opening].join('\n');
  return nationalSessionYear(text) ?? latestYear(text);
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
 * reviews 2013 and plans 2014; a horizon such as 2035年远景目标 is passed over).
 */
function latestYear(text: string): YearFound | undefined {
  let latest: YearFound | undefined;
  for (const m of text.matchAll(YEAR_IN_TEXT)) {
    if (/^(远景|前|以前)/.test(text.slice(m.index + m[0].length))) continue;
    const found = readYear(m[1]!);
    if (found?.kind === 'year' && (latest?.kind !== 'year' || found.year > latest.year)) latest = found;
  }
  return latest;
}

/** `2017年是…`, `一、2012年工作回顾`: a year a line starts with, not a date and not a plan (2020年提案工作安排). */
function reviewedYear(line: string): YearFound | undefined {
  const m = REVIEWED_YEAR.exec(line);
  return m && !PLAN_WORDS.test(line.slice(0, 20)) ? readYear(m[1]!) : undefined;
}

/** Footnote marks (`[^1]`) and surrounding space removed. */
function cleanTitle(title: string): string {
  return title.replace(/\[\^[^\]]*\]/g, '').trim();
}

function yearFromFront(value: string | undefined): YearFound | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const year = toYear(value);
  return year === null ? readYear(value.trim()) : { kind: 'year', year };
}

/** The most frequent of 县政协 / 区政协 / … in the text (the earliest on a tie). */
function levelFromCues(text: string): RegionLevel | '' {
  const counts = new Map<RegionLevel, number>();
  for (const m of text.matchAll(LEVEL_CUE)) {
    const level = toRegionLevel(m[1]);
    if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  let best: RegionLevel | '' = '';
  for (const [level, n] of counts) if (best === '' || n > counts.get(best)!) best = level;
  return best;
}
