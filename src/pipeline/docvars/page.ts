/**
 * What a researcher knows about a text besides the text: the page it came from, as the manifest's `title`
 * column (the page's title) and a `source` or `url` column (the page's address). Pure.
 *
 * The page's title is read like the document's own title line (see metadata.ts); its address is read for the
 * date a site files its pages under, and its host for the place the site is named after (host.ts). Only dates
 * that cannot be anything else are read, from the path (the host and the query are left alone for dates):
 * - year, month and day: `/2021-03/15/`, `/202103/t20210315_…`, `/20061212/n…`, `/2025/01/21/`, `/2024/3/21/`,
 *   `/2009/01-07/`, `/c/2019-04-28/`;
 * - year and month: `/202103/`, `/2021-03/`.
 * The year starts with 19 or 20, the month is 01–12 and the day 01–31, and the date fills a whole path segment
 * (or the digits after a `t` or before a `_`): `detail_id/17183`, `content_1313627` and `?NewsId=74542939` give none.
 * Then, as sites' systems name pages by the moment they were made:
 * - a date and time run together, the segment's digits starting with them: `/2006102507270645068.htm`
 *   (2006-10-25 07:27:06);
 * - a date written with dashes in the query: `?…&idate=1_2023-12-26`;
 * - a time in milliseconds since 1970, a segment of 13 digits: `/news/1578297909910.shtml` (2020-01-06);
 * - a MongoDB object id (24 hex digits) or a PHP uniqid (13), whose first 8 hex digits are the seconds since 1970:
 *   `/detail/677c950d2b56e036728b4567.html` (2025-01-07), `/content/678b5a8c7ac9a` (2025-01-18).
 * A moment read so counts only from 2001 on (2009 on for the object ids) and up to the latest year a manifest may
 * give. 1970-01-01, the moment zero a system writes for a date it lacks (`t19700101_3349205`), is no date.
 *
 * ok: `http://jszx.gov.cn/ywbd/202001/t20200116_29258.html` → 2020-01; not ok: `https://m.alatiku.com/dangtuan/qtdt/46w140.html` → none.
 */
import type { ManifestRow } from '../../schemas/manifest.js';
import { YEAR_MIN } from '../../schemas/manifest.js';
import type { DocType } from '../../types.js';

/** What is known of the page a text came from; '' when not known. */
export interface PageInfo {
  /** The page's title (a manifest's title column). */
  title: string;
  /** The page's address (a manifest's source or url column). */
  url: string;
  /** The genre a manifest or the path gives, which decides how a date is read (a report reviews the year before). */
  docType: DocType | '';
  /**
   * The manifest or the path gives the region, so the host is not read for one: the text's region is then
   * unused, and reading a host builds the pinyin keys of every division (about half a second per thread).
   */
  regionGiven?: boolean;
}

export const NO_PAGE: PageInfo = { title: '', url: '', docType: '' };

/** The manifest columns that give a page's address, in the order they are looked for. */
export const URL_COLUMNS = ['source', 'url'] as const;

/** A date a page's address gives; `day` is 0 when only the month is given. */
export interface PageDate {
  year: number;
  month: number;
  day: number;
  /**
   * `moment` when read from an id that holds the time the page was made (milliseconds, an object id): a copy on an
   * aggregator is made long after its story, so a year the text suggests comes first (see text.ts); `folder` when
   * read from a folder that names a year among letters (`/2020lh/`, a site's 两会 pages of 2020): a collection, not
   * the page's own date, so the text's guess comes first as well.
   */
  kind: 'date' | 'moment' | 'folder';
}

const YEAR = '((?:19|20)\\d{2})';
/**
 * The latest year an address's date is read as (`/doc/detail/2092/A2` holds a page's number, not a year), below the
 * manifest's own bound (YEAR_MAX, 2100). A fixed bound, not today's date, so that the same input gives the same output on any day; raise it as the years come.
 */
const PAGE_YEAR_MAX = 2040;
const MONTH = '(0?[1-9]|1[0-2])';
const DAY = '(0?[1-9]|[12]\\d|3[01])';
/** A date starts a path segment (after /, or after the t or _ of t20210315_, also inside a name: …201310t20131030_) and ends at /, _, . or the end. */
const START = '(?:^|/|(?<=t)|(?<=_))';
const END = '(?=$|[/_.])';
const FULL_DATES = [
  new RegExp(`${START}${YEAR}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])${END}`, 'u'), // 20061212, t20210315
  new RegExp(`${START}${YEAR}[-/]?(0[1-9]|1[0-2])/(0[1-9]|[12]\\d|3[01])${END}`, 'u'), // 2021-03/15, 202103/31
  new RegExp(`${START}${YEAR}([-/])${MONTH}\\2${DAY}${END}`, 'u'), // 2021-03-15, 2024/3/21
  new RegExp(`${START}${YEAR}/${MONTH}-${DAY}${END}`, 'u'), // 2009/01-07
];
const MONTH_DATE = new RegExp(`${START}${YEAR}-?(0[1-9]|1[0-2])${END}`, 'u'); // 202103, 2021-03
/**
 * A year alone as a path segment (`/zhengxie/2024/255953.html`): the folder a site files the year's pages in. Not when a
 * short number that is no month follows (`/DocHtml/1991/24/12/…`: a section's number, then a date's year and month).
 */
const YEAR_ONLY = new RegExp(`(?:^|/)${YEAR}(?=/)(?!/(?:1[3-9]|[2-9]\\d)/)`, 'u');
/** 20061025072706…: a date and a time (hours 00–23, minutes and seconds 00–59) run together, then any digits. */
const DATE_TIME_DIGITS = `${YEAR}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:[01]\\d|2[0-3])[0-5]\\d[0-5]\\d\\d*`;
/** Such a run starting a segment of digits in the path. */
const DATE_TIME = new RegExp(`${START}${DATE_TIME_DIGITS}${END}`, 'u');
/** A date, then a time or a page's number, filling a segment of 12 digits or more (`/202411150257/`, `/2023061630210.html`). */
const DATE_THEN_NUMBER = new RegExp(`(?:^|/)${YEAR}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{4,6}${END}`, 'u');
/** A year, a dash and the month and day run together before a name (`/html/2018-0713content_56607274.html`). */
const DASHED_DAY_NAME = new RegExp(`(?:^|/)${YEAR}-(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[a-z])`, 'u');
/**
 * A folder that names a year with letters after it (`/2020lh/`, `/2023hslh/`, `/201801tclh/`, `/zxdjs2007n/`): a site's
 * collection of that year (its 两会 pages); read as kind `folder`. A year after letters alone (`/n2018/`) may be a
 * section's name, and is not read.
 */
const YEAR_IN_FOLDER = new RegExp(`/[a-z]{0,8}${YEAR}(?:0[1-9]|1[0-2])?[a-z]{1,6}/`, 'u');
/** A date with dashes in the query, after = or _ (`idate=1_2023-12-26`), or a date and time run together (`id=20140326090312328`). */
const QUERY_DATE = new RegExp(`[=_]${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\d])|=${DATE_TIME_DIGITS}(?![\\d])`, 'u');
/**
 * Milliseconds since 1970 filling a segment, or starting one before a random suffix of letters
 * (`/art/17698752/1770688094062VdaCaHK0.html`); a MongoDB object id or a PHP uniqid (hex, with a letter in it).
 */
const EPOCH_MS = /(?:^|\/|_)(1\d{12})(?=$|[/_.]|[A-Za-z])/u;
const HEX_ID = /(?:^|\/|_)([0-9a-f]{8})(?:[0-9a-f]{16}|[0-9a-f]{5})(?=$|[/_.])/u;

/** The page's address from a manifest row's `source` or `url` column ('' when none). */
export function pageUrl(row: ManifestRow | undefined): string {
  for (const column of URL_COLUMNS) {
    const value = row?.extra[column]?.trim();
    if (value) return value;
  }
  return '';
}

/** The date in `url`'s path, or `undefined` when it has none that is certain. */
export function urlDate(url: string): PageDate | undefined {
  const path = pathOf(url);
  for (const re of FULL_DATES) {
    const m = re.exec(path);
    if (!m) continue;
    const [year, month, day] = re === FULL_DATES[2] ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
    return checked(Number(year), Number(month), Number(day));
  }
  // `/zhengxie/2022/204101.html`: six digits after a year's folder are the page's number, not 2041-01.
  const m = MONTH_DATE.exec(path);
  const y = YEAR_ONLY.exec(path);
  if (m && (!y || y[1] === m[1])) return checked(Number(m[1]), Number(m[2]), 0);
  if (y) return checked(Number(y[1]), 0, 0);
  const stamped = DATE_TIME.exec(path) ?? QUERY_DATE.exec(queryOf(url));
  if (stamped) {
    const [, y1, m1, d1, y2, m2, d2] = stamped;
    return checked(Number(y1 ?? y2), Number(m1 ?? m2), Number(d1 ?? d2));
  }
  const run = DATE_THEN_NUMBER.exec(path) ?? DASHED_DAY_NAME.exec(path);
  if (run) return checked(Number(run[1]), Number(run[2]), Number(run[3]));
  const folder = YEAR_IN_FOLDER.exec(path);
  if (folder) return checked(Number(folder[1]), 0, 0, 'folder');
  const ms = EPOCH_MS.exec(path)?.[1];
  if (ms !== undefined) return moment(Number(ms), 2001);
  const hex = HEX_ID.exec(path);
  return hex && /[a-f]/.test(hex[0]) ? moment(parseInt(hex[1]!, 16) * 1000, 2009) : undefined;
}

/** The date of a moment in milliseconds since 1970 (UTC+8, China's time), when its year is `from` or later. */
function moment(ms: number, from: number): PageDate | undefined {
  const d = new Date(ms + 8 * 3600_000);
  const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  return date.year >= from ? checked(date.year, date.month, date.day, 'moment') : undefined;
}

function checked(year: number, month: number, day: number, kind: PageDate['kind'] = 'date'): PageDate | undefined {
  // 1970-01-01 is the moment zero a site's system writes for a date it does not have (t19700101_3349205.html).
  if (year === 1970 && month === 1 && day === 1) return undefined;
  return year >= YEAR_MIN && year <= PAGE_YEAR_MAX ? { year, month, day, kind } : undefined;
}

/** `http://host/a/b?c=1#d` → `c=1` ('' when none). */
function queryOf(url: string): string {
  return /\?([^#]*)/u.exec(url)?.[1] ?? '';
}

/** `http://host/a/b?c#d` → `/a/b` (a value that is not an address is read as a path as it stands). */
function pathOf(url: string): string {
  const noQuery = url.replace(/[?#].*$/su, '');
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/iu.exec(noQuery);
  return m ? (m[1] ?? '') : noQuery;
}
