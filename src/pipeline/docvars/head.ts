/**
 * The head of a document as the metadata rules read it: its first lines in Simplified characters, the title
 * and the opening lines after it. Pure.
 *
 * - Traditional characters (政協, 報告, 縣) are read as Simplified (the topic rules' OpenCC folding), so that
 *   one set of rules serves both; only the head is converted, and only when it has Traditional forms. The pinyin a
 *   faulty conversion leaves after characters (`政協(xié)`) is dropped first.
 * - A web page's furniture (当前位置: 首页 > …, 网站首页, 打印, 【字体:, a line of bare numbers) is not read, and a
 *   bullet before a byline (`• 来源:…`) is dropped.
 * - A title may be spaced out (`工 作 报 告`) or set on two or three lines (`中国人民政治协商会议` /
 *   `第九届乳山市委员会常务委员会` / `工 作 报 告`); the lines are joined when together they end in a genre word.
 * - A title is a short line (≤ 60 characters) without sentence punctuation that is not a numbered heading,
 *   a date line or a salutation; disclaimers (本文系作者原创投稿…), HTML comments and footnotes are skipped.
 */
import type { ReportDoc } from '../../types.js';
import { foldToSimplified } from '../topics/fold.js';
import { withoutPinyinNotes as withoutNotes } from '../../document/pinyin-notes.js';

/** The lines the rules read: the title (joined, '' when none), and the opening lines that follow it. */
export interface DocHead {
  title: string;
  /** The lines after the title (disclaimers dropped), Simplified. */
  opening: string[];
  /** The head's text (about the first 10,000 characters), Simplified. */
  text: string;
}

/** Lines before the title or the body that say nothing about the document (disclaimers, comments, notes). */
export const SKIP_LINE = /^(<!--|\[\^|>)|本文系|原创|投稿|仅供|请勿|转载|版权所有|免责声明|小编/;
/**
 * A web page's byline or date line before its title: passed over when looking for the title, kept in the opening (a date
 * line after a mark of its own, `©原创   2019-12-23 14:37   云上谷城`, too, though 原创 alone is a disclaimer's word).
 */
const PAGE_LINE = /^(来源|文章来源|信息来源|发布时间|发布日期|发表日期|加入时间|更新时间|录入时间|作者|编辑|责任编辑|制图|摄影|图片|摄)[:：]|^[（(]?(?:上接|下转|紧接)第?\d+版[）)]?|^[^，,。；;\n]{0,12}?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}|^(本报|全媒体)?(见习)?(记者|通讯员)\s*[:：]?\s*\p{Script=Han}{2,4}(\s|$)/u;
/**
 * A web page's navigation and furniture, which says nothing about the document: where the page sits (当前位置: 首页 >
 * …, 您的当前位置:, 当前页面:), a line of signs only (`|`), links and buttons (网站首页, 打印, 关闭, 展开通版, 【字体:), counters (访问量:) and the site's name alone (人民网, 常宁市党政门户网).
 * Not read at all.
 */
const PAGE_FURNITURE = /^您?的?(现在|当前)?(所在)?的?(?:位置|页面)\s*(?:[:：]|$)|^[^\p{L}\p{N}]+$|^(网站首页|首页|数字报首页|返回首页|返回|搜索|打印|关闭|打印本页|关闭窗口|文章检索|展开通版|收缩通版|通版阅读请点击|上一版|下一版|上一篇|下一篇|正文|分享到?|今天是|字号|评论|收藏|点赞|朗读|[Tt][+-])[:：]?$|^【?字体[:：]|^访问(量|次数)[:：]|^(设为首页|加入收藏|热门搜索)|^首页\s*[>＞»]|^\p{Script=Han}{0,4}(?:要闻|动态|快讯)$|^\p{Script=Han}{1,6}(?:网|在线)$|^\p{Script=Han}{1,8}(?:门户网站?|政务网|网站)$/u;
/** The day's date a page shows (今天是:2025年12月07日 星期日), to the end of its line. */
const TODAY = /(?<=^|\n)[ \t]*今天是[:：]?\s*[0-9０-９]{4}年[^\n]*/gu;
/** A trail of links to where the page sits: 首页 > 书香政协 > 大政方针, 首页 - 政协河北区委员会 - 重要会议. */
const BREADCRUMB = /^[^。，,]{0,30}[>＞»][^。，,]{0,40}$|^首页\s+[-－—]\s/u;
/**
 * A site's menu: a run of at least MENU_RUN short lines of words alone (基本情况 / 要闻简报 / 重要会议 / …), before the
 * title. A title set on lines is at most three of them.
 */
const MENU_LINE = /^(?!中国人民政治协商会议)[\p{Script=Han}\s]{1,10}$/u;
const MENU_RUN = 5;
/** A line of bare numbers (`2026`, `02/18`, `10:16`, `2019-05-29`): a date or time set out on its own, never the title. */
const BARE_NUMBERS = /^[\d\s:/.\-]{1,12}$/u;
/** Of those, a whole date (`2019-05-29`), which the opening keeps: the pieces of one (`2026`, `02/18`) are not read. */
const WHOLE_DATE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/u;
/** Only the head of the text is read (a 10 MB one-line file stays cheap). */
const HEAD_CHARS = 10_000;
/** How many lines after the title count as the opening (bylines, a date line, the salutation, the first paragraphs). */
const OPENING_LINES = 8;
const GENRE_END = /(报告|要点|总结|讲话|致辞|发言|计划|安排|汇报|材料|决议|决定)$/;
const NUMBERED = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])/;
const NOT_A_TITLE = /[。！？；!?…]|[，：:,;]$|^(各位|同志们|[—―─－-]|[（(]?[\d〇零一二三四五六七八九]{4}(年[\d一二三四五六七八九十]{1,2}月|[-./]\d)|发布|来源|信息来源|作者|编辑|时间)|\d{4}-\d{1,2}-\d{1,2}/;
/** Characters that exist only in Traditional script and are common in 政协 texts: enough to decide to convert. */
const TRADITIONAL = /[協會國縣區屆員報務議開與為們這說過對發選舉準確]/g;
/** A Simplified text may quote a Traditional name or two; a Traditional one has them on every line. */
const TRADITIONAL_MIN = 5;

/** The document's head: title and opening, in Simplified characters. */
export function readHead(doc: ReportDoc): DocHead {
  // The day the page was viewed (今天是:2025年12月07日) dates nothing in it: not read, not even as the head's text.
  const text = simplified(withoutPinyinNotes(doc.text.slice(0, HEAD_CHARS)), TRADITIONAL_MIN).replace(TODAY, '');
  const all = text.split('\n').map((l) => unspace(l.trim().replace(BULLET, ''))).filter((l) => l !== '');
  // 首页 > 书香政协 > 大政方针, then 大政方针 as the section's heading: the page's place, set twice.
  const crumbs = new Set(all.filter((l) => BREADCRUMB.test(l)).map((l) => l.split(/[>＞»]/u).pop()!.trim()));
  const lines = withoutMenus(all.filter((l) => !PAGE_FURNITURE.test(l) && !crumbs.has(l)));
  const { title, bodyStart } = findTitle(lines);
  // A page's byline or date line before the title (or before a body without one) stays in the opening.
  // (发布日期:2020-01-16 来源: 本站原创 is a date line, not a disclaimer.)
  const before = lines.slice(0, bodyStart).filter((l) => PAGE_LINE.test(l) || WHOLE_DATE.test(l));
  const opening = [...before, ...lines.slice(bodyStart).filter((l) => !SKIP_LINE.test(l) || PAGE_LINE.test(l))].slice(0, OPENING_LINES);
  return { title, opening, text };
}

/** `lines` without the runs of MENU_RUN or more menu lines among the first 60. */
function withoutMenus(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < Math.min(lines.length, 60) && MENU_LINE.test(lines[j]!)) j++;
    if (j - i >= MENU_RUN) i = j;
    else {
      out.push(...lines.slice(i, Math.max(j, i + 1)));
      i = Math.max(j, i + 1);
    }
  }
  return out;
}

/** A list bullet before a page's byline or date line (`• 发布时间:…`). */
const BULLET = /^[•●▪]\s*/u;

/**
 * `政協(xié)第十一屆` → `政協第十一屆`: the pinyin a conversion wrote after characters removed; and 陜 (a variant of 陝
 * that the Traditional-to-Simplified tables leave alone) read as 陕.
 */
export function withoutPinyinNotes(text: string): string {
  const noted = withoutNotes(text);
  return noted.includes('陜') ? noted.replaceAll('陜', '陕') : noted;
}

/** `text` in Simplified characters when its first 2,000 characters have at least `min` Traditional forms (a page title: 1). */
export function simplified(text: string, min: number): string {
  return (text.slice(0, 2000).match(TRADITIONAL)?.length ?? 0) >= min ? foldToSimplified(text) : text;
}

/** `工 作 报 告` → `工作报告`: spaces between single Han characters only (a line of words keeps its spaces). */
export function unspace(line: string): string {
  return /^\p{Script=Han}(\s+\p{Script=Han})+$/u.test(line) ? line.replace(/\s+/g, '') : line;
}

/** The title among the first lines (joined over up to three lines), and the index where the body starts. */
function findTitle(lines: readonly string[]): { title: string; bodyStart: number } {
  for (let i = 0, tried = 0; i < lines.length && tried < 4; i++) {
    const line = cleanTitle(lines[i]!);
    // A date set out over lines of bare numbers (2026 / 02/18 / 10:16) comes before some pages' titles.
    if (BARE_NUMBERS.test(line)) continue;
    tried++;
    if (SKIP_LINE.test(line) || PAGE_LINE.test(line)) continue;
    // 人民网>>云南频道>>要闻: where the page sits, before its title.
    if (BREADCRUMB.test(line) && /[>＞»]/u.test(line.replace(/《[^》]*》/gu, ''))) continue;
    if (!isTitleLike(line)) return { title: '', bodyStart: i };
    if (GENRE_END.test(stripTrailingNote(line))) return { title: line, bodyStart: i + 1 };
    for (let k = 2; k <= 3 && i + k <= lines.length; k++) {
      const parts = lines.slice(i, i + k).map(cleanTitle);
      const joined = parts.join('');
      if (parts.every(isTitleLike) && joined.length <= 60 && GENRE_END.test(joined)) return { title: joined, bodyStart: i + k };
    }
    return { title: line, bodyStart: i + 1 };
  }
  return { title: '', bodyStart: 0 };
}

function isTitleLike(line: string): boolean {
  return line.length >= 4 && line.length <= 60 && !NUMBERED.test(line) && !NOT_A_TITLE.test(line);
}

/** A title's trailing note in brackets — `(2023年3月4日 汪洋)`, `(政协常委会工作报告)`, `【4篇】` — removed. */
export function stripTrailingNote(title: string): string {
  return title.replace(/\s*[（(【][^（(【]*[）)】]$/u, '').trim();
}

/** Footnote marks (`[^1]`) and surrounding space removed. */
function cleanTitle(title: string): string {
  return title.replace(/\[\^[^\]]*\]/g, '').trim();
}
