/**
 * What a document says about itself: title, year, document type, region and its level. Pure; looks only at
 * the front matter, the title line and the opening, plus a few whole-text cues named below.
 *
 * - title: front matter `title`, else the first short title-like line (disclaimers such as 本文系作者原创投稿…,
 *   HTML comments and footnotes skipped): 003 → 政协XX县委员会2020年工作要点.
 * - year: the first year the title names (2020年工作要点 → 2020), else the year the first body line starts
 *   with (2023年，县政协… → 2023), else the year of a date in the opening lines (——2015年1月27日在… → 2015;
 *   （一九九九年一月二十七日）→ 1999). A masked year met there (20XX年, 20**年) stays unknown.
 * - doc_type: from the title's words, else from the opening (述职如下 → 述职报告, 主要做法 → 经验交流), else a
 *   review heading plus a plan heading (一、2023年工作及成效 … 二、2024年工作要点 → 工作报告); else unknown.
 * - region: 政协<名>委员会 or <名>政协 / <名>人民政府 as written (X县, **县, 云南省); region_level from the
 *   name's suffix, else the most frequent of 县政协 / 区政协 / 市政协 / 省政协 / 自治区政协 / 全国政协.
 */
import type { DocMeta, DocType, RegionLevel, ReportDoc } from '../types.js';
import { levelOfRegion, toDocType, toRegionLevel, toYear } from './meta-values.js';
import { readYear, yearAtStart, yearIn, yearOfDate, type YearFound } from './meta-year.js';

/** Lines before the title or the body that say nothing about the document (disclaimers, comments, notes). */
const SKIP_LINE = /^(<!--|\[\^|>)|本文系|原创|投稿|仅供|请勿|转载|来源[:：]|版权所有|免责声明/;
/** Only the head of the text is read for the title and the opening (a 10 MB one-line file stays cheap). */
const HEAD_CHARS = 10_000;
/** How many lines after the title count as the opening (a date line may follow a subtitle and a signature). */
const OPENING_LINES = 4;
const TITLE_WORD = /报告|要点|总结|讲话|致辞|发言|述职|汇报|做法|经验|计划|安排|工作/;
const NUMBERED = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])/;

const TITLE_TYPES: Array<[RegExp, DocType]> = [
  [/常务委员会工作报告|常委会工作报告/, '常委会工作报告'],
  [/述职/, '述职报告'],
  [/工作要点/, '工作要点'],
  [/讲话|致辞/, '讲话'],
  [/经验交流|典型经验|经验材料|交流发言|主要做法/, '经验交流'],
  [/工作报告|工作总结/, '工作报告'],
];
const OPENING_TYPES: Array<[RegExp, DocType]> = [
  [/述职如下|述职报告/, '述职报告'],
  [/我代表.{0,30}常务委员会/, '常委会工作报告'],
  [/主要做法(是|如下)|经验做法/, '经验交流'],
  [/^同志们[：:，,！!]/, '讲话'],
  [/向大会(作|报告)/, '工作报告'],
];
const REVIEW_HEADING = /^[一二三四五六七八九十]+、.{0,12}年.{0,6}(回顾|成效|总结|完成情况)/m;
const PLAN_HEADING = /^[一二三四五六七八九十]+、.{0,12}年.{0,6}(要点|安排|打算|计划|思路|任务)/m;

const MASKED = '[X×xＸ*＊]{1,4}';
const SUFFIX = '(?:自治区|自治州|自治县|特别行政区|地区|省|市|县|区|旗|盟|州)';
const NAME = `(?:${MASKED}|(?!全|我|本|该|各|兄弟|外地|上级|中共|自治)[\\u4e00-\\u9fff]{2,8}?)${SUFFIX}`;
const GOVERNMENT = '(?=政协|人民政府|政府|\\d{4}年)';
/** 政协XX县委员会 — the body's formal name, anywhere. */
const FORMAL_NAME = new RegExp(`政协([\\u4e00-\\u9fffX×xＸ*＊]{1,15}?${SUFFIX})委员会`, 'u');
/** 云南省2003年政府工作报告, 2015年内蒙古自治区政府工作报告 — at the start of a title or after its year. */
const TITLE_NAME = new RegExp(`(?:^|年)(${NAME})${GOVERNMENT}`, 'u');
/** X县政协… / 中央政协工作会议召开以来，X区政协… — a masked name anywhere in the opening, a real one at its start. */
const OPENING_NAME = new RegExp(`(?:^(${NAME})|(?:^|[，。、；：\\s（(“《])(${MASKED}${SUFFIX}))${GOVERNMENT}`, 'u');
/** ——2015年1月27日在广西壮族自治区第十二届人民代表大会… */
const CONGRESS_NAME = new RegExp(`在(${NAME})第[一二三四五六七八九十]+届人民代表大会`, 'u');
const NATIONAL_CONGRESS = /在(?:中华人民共和国)?第[一二三四五六七八九十]+届全国人民代表大会/;
const LEVEL_CUE = /(自治区|全国|省|市|县|区)政协/g;

/** Docvars the document states itself (front matter counts as text). Missing keys mean "not stated". */
export function inferMetaFromText(doc: ReportDoc): Partial<DocMeta> {
  const front = doc.frontMatter;
  const lines = doc.text.slice(0, HEAD_CHARS).split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const head = findTitle(lines);
  const title = cleanTitle(front['title'] ?? '') || head.title;
  const opening = lines.slice(head.bodyStart).filter((l) => !SKIP_LINE.test(l)).slice(0, OPENING_LINES);
  const out: Partial<DocMeta> = {};
  if (title) out.title = title;

  const year =
    yearFromFront(front['year']) ??
    yearIn(title) ??
    yearIn(head.title) ??
    yearAtStart(opening[0] ?? '') ??
    opening.map(yearOfDate).find((y) => y !== undefined);
  if (year) {
    out.year = year.kind === 'year' ? year.year : null;
    out.year_source = year.kind === 'year' ? 'text' : 'unknown';
  }

  const docType = toDocType(front['doc_type']) || docTypeOf(title, opening, doc.text);
  if (docType) out.doc_type = docType;
  const region = front['region']?.trim() || regionOf(title, opening, doc.text);
  if (region) out.region = region;
  const level = toRegionLevel(front['region_level']) || levelOfRegion(region) || levelFromCues(doc.text);
  if (level) out.region_level = level;

  const extra = Object.fromEntries(
    Object.entries(front).filter(([k]) => !['title', 'year', 'doc_type', 'region', 'region_level'].includes(k)),
  );
  if (Object.keys(extra).length > 0) out.extra = extra;
  return out;
}

/** The title line among the first lines, and the index where the body starts. */
function findTitle(lines: readonly string[]): { title: string; bodyStart: number } {
  for (let i = 0; i < Math.min(lines.length, 4); i++) {
    const line = lines[i]!;
    if (SKIP_LINE.test(line)) continue;
    const title = cleanTitle(line);
    return isTitleLike(title) ? { title, bodyStart: i + 1 } : { title: '', bodyStart: i };
  }
  return { title: '', bodyStart: 0 };
}

function isTitleLike(line: string): boolean {
  return line.length >= 4 && line.length <= 60 && TITLE_WORD.test(line) && !NUMBERED.test(line) && !/[。！？；，：:,;!?…]$|。/.test(line);
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

function docTypeOf(title: string, opening: readonly string[], text: string): DocType | '' {
  for (const [re, type] of TITLE_TYPES) if (re.test(title)) return type;
  for (const line of opening) for (const [re, type] of OPENING_TYPES) if (re.test(line)) return type;
  if (REVIEW_HEADING.test(text) && PLAN_HEADING.test(text)) return '工作报告';
  return '';
}

/** A region as written: in the title, then the opening, then the document's formal name (政协…委员会). */
function regionOf(title: string, opening: readonly string[], text: string): string {
  const inTitle = FORMAL_NAME.exec(title) ?? TITLE_NAME.exec(title);
  if (inTitle) return inTitle[1]!;
  for (const line of opening) {
    const m = OPENING_NAME.exec(line) ?? CONGRESS_NAME.exec(line);
    if (m) return m[1] ?? m[2]!;
    if (NATIONAL_CONGRESS.test(line)) return '全国';
  }
  return FORMAL_NAME.exec(text)?.[1] ?? '';
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
