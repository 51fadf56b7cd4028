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
 *
 * ok: `http://jszx.gov.cn/ywbd/202001/t20200116_29258.html` → 2020-01; not ok: `https://m.alatiku.com/dangtuan/qtdt/46w140.html` → none.
 */
import type { ManifestRow } from '../../schemas/manifest.js';
import { YEAR_MAX, YEAR_MIN } from '../../schemas/manifest.js';
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
}

const YEAR = '((?:19|20)\\d{2})';
const MONTH = '(0?[1-9]|1[0-2])';
const DAY = '(0?[1-9]|[12]\\d|3[01])';
/** A date starts a path segment (after /, or after the t or _ of t20210315_) and ends at /, _, . or the end. */
const START = '(?:^|/|(?<=/t)|(?<=_))';
const END = '(?=$|[/_.])';
const FULL_DATES = [
  new RegExp(`${START}${YEAR}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])${END}`, 'u'), // 20061212, t20210315
  new RegExp(`${START}${YEAR}[-/]?(0[1-9]|1[0-2])/(0[1-9]|[12]\\d|3[01])${END}`, 'u'), // 2021-03/15, 202103/31
  new RegExp(`${START}${YEAR}([-/])${MONTH}\\2${DAY}${END}`, 'u'), // 2021-03-15, 2024/3/21
  new RegExp(`${START}${YEAR}/${MONTH}-${DAY}${END}`, 'u'), // 2009/01-07
];
const MONTH_DATE = new RegExp(`${START}${YEAR}-?(0[1-9]|1[0-2])${END}`, 'u'); // 202103, 2021-03

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
  const m = MONTH_DATE.exec(path);
  return m ? checked(Number(m[1]), Number(m[2]), 0) : undefined;
}

function checked(year: number, month: number, day: number): PageDate | undefined {
  return year >= YEAR_MIN && year <= YEAR_MAX ? { year, month, day } : undefined;
}

/** `http://host/a/b?c#d` → `/a/b` (a value that is not an address is read as a path as it stands). */
function pathOf(url: string): string {
  const noQuery = url.replace(/[?#].*$/su, '');
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/iu.exec(noQuery);
  return m ? (m[1] ?? '') : noQuery;
}
