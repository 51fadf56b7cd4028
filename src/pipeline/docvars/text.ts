/**
 * What a document says about itself: title, year, delivery year, document type, region and its level. Pure;
 * reads the front matter, the head (title and opening, see pipeline/docvars/head.ts) and a few whole-text cues.
 *
 * - title: front matter `title`, else the title found by `readHead` (003 → 政协XX县委员会2020年工作要点).
 * - doc_type: see pipeline/docvars/genre.ts. region: see pipeline/docvars/region.ts; its code, province, prefecture and level from
 *   region-code.ts, else the level from the name's suffix (X县 → county), else from a bare 县政协 / 市政协 cue,
 *   else the most frequent of 县政协 / 区政协 / 市政协 / 省政协 / 自治区政协 / 全国政协 in the text.
 * - year and delivery_year: see pipeline/docvars/when.ts (a 常委会工作报告 gets the year it reviews, news its event year).
 */
import type { DocMeta, ReportDoc, YearSource } from '../../types.js';
import { genreOf } from './genre.js';
import { readHead, simplified, unspace, withoutPinyinNotes, type DocHead } from './head.js';
import { levelFromCues, regionOfText } from './region.js';
import { levelOfRegion, toDocType, toRegionLevel, toYear } from './values.js';
import { NO_PAGE, urlDate, type PageInfo } from './page.js';
import { planMadeTheYearBefore, yearNamedOnlyAside, whenOfText, yearOfDated, type TextWhen } from './when.js';
import { readYear, type YearFound } from './year.js';
import { resolveRegion } from './region-code.js';

const FRONT_KEYS = ['title', 'year', 'doc_type', 'region', 'region_level'];

/**
 * Docvars the document states itself (front matter counts as text). Missing keys mean "not stated".
 * `page` is what is known of the page the text came from (pipeline/docvars/page.ts): its title is read as the
 * title line, ahead of the front matter's and the head's; the date in its address is read for the year when
 * neither the front matter nor that title gives one and the head states none (see yearAndSource); its genre
 * (a manifest's or path's doc_type) is the one the year rules use.
 */
export function inferMetaFromText(doc: ReportDoc, page: PageInfo = NO_PAGE): Partial<DocMeta> {
  const front = doc.frontMatter;
  const read = readHead(doc);
  const title = cleanTitle(simplified(unspace(withoutPinyinNotes(page.title.trim())), 1)) || cleanTitle(front['title'] ?? '') || read.title;
  // A front-matter title replaces the head's title line, which still has its say as the first opening line.
  const head = title === read.title || read.title === '' ? read : { ...read, opening: [read.title, ...read.opening] };
  const out: Partial<DocMeta> = {};
  if (title) out.title = title;

  const docType = toDocType(front['doc_type']) || genreOf(title, head.opening, head.text);
  if (docType) out.doc_type = docType;
  const genre = page.docType || docType;

  const when = whenOfText(title, head.opening, genre, head.text);
  if (when.delivery !== undefined) out.delivery_year = when.delivery;
  const [year, source] = yearAndSource(front, page, title, genre, when, head.opening);
  if (year) {
    out.year = year.kind === 'year' ? year.year : null;
    out.year_source = year.kind === 'year' ? source : 'unknown';
  }

  Object.assign(out, regionFields(front, title, head, doc.text, page.regionGiven ? '' : page.url));
  const extra = Object.fromEntries(Object.entries(front).filter(([k]) => !FRONT_KEYS.includes(k)));
  if (Object.keys(extra).length > 0) out.extra = extra;
  return out;
}

/** region, its code, province, prefecture and level, as far as the text says. */
function regionFields(front: Record<string, string>, title: string, head: DocHead, text: string, url: string): Partial<DocMeta> {
  const found = front['region']?.trim() ? { region: front['region'].trim(), cueLevel: '' as const } : regionOfText(title, head.opening, head.text, url);
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

/** Footnote marks (`[^1]`) and surrounding space removed. */
function cleanTitle(title: string): string {
  return title.replace(/\[\^[^\]]*\]/g, '').trim();
}

/**
 * The year and where it came from: the front matter's year, else the page's title read alone (its year, or
 * its bracketed date; a plan's year named in the title of a late-year item, the year before: when.ts), else a year the head states, else the date in the page's address (a page filed under
 * 2019-09 may republish a 2013 item that says so: the text's own date comes first), else the year the head's
 * undated news suggests (see when.ts), else the moment a page id holds or the year a collection's folder names (page.ts).
 */
function yearAndSource(front: Record<string, string>, page: PageInfo, title: string, genre: string, head: TextWhen, opening: readonly string[]): [YearFound | undefined, YearSource] {
  const fromFront = yearFromFront(front['year']);
  if (fromFront) return [fromFront, 'text'];
  // Material that is neither news nor a report (a yearbook, an archive) is filed whenever it went online.
  const dated = page.url && genre !== 'other' ? urlDate(page.url) : undefined;
  const titled = page.title.trim() === '' ? undefined : whenOfText(title, [], genre).year;
  // The page's own date: its date line, else its address's.
  const pageDated = head.delivery ?? (dated?.kind === 'date' ? dated.year : undefined);
  const fromTitle = titled && yearNamedOnlyAside(planMadeTheYearBefore(titled, title, opening, genre), title, pageDated, genre);
  if (fromTitle) return [fromTitle, 'manifest_title'];
  if (head.year && !head.guessed) return [head.year, 'text'];
  // A page id's moment is when that copy was made, often on an aggregator long after the story, and a collection's folder
  // (/2020lh/) is not the page's own date: a guess from the text comes first.
  // A report that reviews, or a piece that sums up a body's work, filed in the first half of a year, is about the year before (when.ts).
  if (dated && (dated.kind === 'date' || !head.year)) return [{ kind: 'year', year: yearOfDated(title, genre, dated.year, dated.month, opening) }, 'manifest_url'];
  return [head.year, 'text'];
}

function yearFromFront(value: string | undefined): YearFound | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const year = toYear(value);
  return year === null ? readYear(value.trim()) : { kind: 'year', year };
}
