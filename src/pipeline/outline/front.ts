/**
 * The front of a report: its title line and the short lines around it (date, speaker, subtitle,
 * salutation) that are neither headings nor parts of the body. Pure.
 *
 * ok: '政协XX县委员会2020年工作要点' is a title; '——2020年5月22日在…会议上', '省长 王某', '各位代表：' are
 * front lines, not part headings.
 */
import { codePointCount } from '../../document/code-points.js';
import type { Line } from './lines.js';

/** Genre words, in Simplified and Traditional characters (工作報告, 工作要點). */
const GENRE = /报告|要点|总结|述职|讲话|计划|汇报|意见|方案|纪要|報告|要點|總結|述職|講話|計劃|匯報|意見|紀要/;
const SENTENCE_PUNCT = /[。，；！？,;!?：:]/;
const DATE = /(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?/;
const SALUTATION = /^(各位|同志们|代表们|委员们)/;
const SPEAKER = /(省\s*长|主\s*席|市\s*长|县\s*长|区\s*长|总\s*理|书\s*记|州\s*长)(\s*\S{1,4})?$|^\S{2,4}\s+\S{2,4}$/;

/** A line typical of a report's front: dated, a speaker line, a —— subtitle, a salutation, bracketed. */
export function isFrontLine(content: string): boolean {
  return DATE.test(content) && codePointCount(content) <= 60
    || SALUTATION.test(content)
    || SPEAKER.test(content) && codePointCount(content) <= 20
    || /^[—－-]{2}/.test(content)
    || /^[（(].*[）)]$/.test(content);
}

/** A —— subtitle under the title: dated, or naming the meeting (——在…大会上). */
export function isSubtitle(content: string): boolean {
  return /^[—－-]{2}/.test(content) && (DATE.test(content) || /会议上|大会上|会上$/.test(content));
}

/** A title-like line: short, no sentence punctuation. */
function isTitleLike(content: string): boolean {
  const n = codePointCount(content);
  return n >= 4 && n <= 40 && !SENTENCE_PUNCT.test(content);
}

/**
 * Index of the title line among `lines[0, before)`: the first title-like line that names a genre
 * (报告, 要点, 总结 …) among the first non-empty lines, before any body paragraph. A line that opens with
 * a bold run (`**政府工作报告**——…`) is judged by that run.
 */
export function findTitleLine(lines: readonly Line[], before: number): number | undefined {
  let seen = 0;
  for (let i = 0; i < before && seen < 6; i++) {
    const c = lines[i]!.content;
    if (c === '') continue;
    seen++;
    const t = titleText(lines[i]!);
    if (isTitleLike(t) && GENRE.test(t) && !isFrontLine(t)) return i;
    if (isBodyParagraph(c) && seen > 2) return undefined;
  }
  return undefined;
}

/**
 * The text a title line stands for: its opening bold run, else the whole line — up to a —— subtitle written on the
 * same line (`…常务委员会工作报告——在政协…第五次会议上`).
 */
export function titleText(line: Line): string {
  const text = line.boldEnd === undefined ? line.content : line.content.slice(0, line.boldEnd - line.contentStart).trim();
  const dash = text.search(/[—－]{2}/);
  return dash > 0 && isSubtitle(text.slice(dash)) ? text.slice(0, dash).trim() : text;
}

/**
 * The end (exclusive line index) of the front block after the title: subtitle, date and speaker lines up
 * to and including the salutation (各位代表：), or up to the first body paragraph or numbered line.
 */
export function frontEnd(lines: readonly Line[], title: number | undefined, firstNumbered: number): number {
  if (title === undefined) return 0;
  for (let i = title + 1; i < firstNumbered; i++) {
    const c = lines[i]!.content;
    if (SALUTATION.test(c)) return i + 1;
    if (isBodyParagraph(c)) return i;
  }
  return firstNumbered;
}

function isBodyParagraph(content: string): boolean {
  return /[。，]/.test(content) && codePointCount(content) > 30;
}
