/**
 * Unnumbered part headings: a short standalone line (or a Markdown `##`/bold line) that opens a part of
 * the report above its top-level numbered headings, e.g. `2024年工作要点`, `2016年重点工作`, or an
 * appendix (`附件`, `名词解释`). Numbering at the top level may restart after one. Pure.
 *
 * ok:     '2024年工作要点' followed (after some body) by '一、…'              → part heading
 * ok:     '名词解释' followed by '（1）…' at the end of a report               → part heading (appendix)
 * not ok: '加强队伍建设' (no markup, says no part) followed by '三、…'       → not a part
 * not ok: '**理论学习**' followed by '（一）…' in a report whose top level is 一、 → not a part
 */
import { isFrontLine } from './front.js';
import { codePointCount } from '../../document/code-points.js';
import type { Line } from './lines.js';

/**
 * `appendix`: a part whatever follows; `sure`: a part when a top-level heading follows; `restart`: a
 * part only where the top-level numbering restarts after it.
 */
export type PartKind = 'appendix' | 'sure' | 'restart';

const PLAIN_PUNCT = /[。，；！？、,;!?：:]/;
const MARKUP_PUNCT = /[。；！？;!?]/;
/** Two Han characters anywhere (without building the array of all of them). */
const TWO_HAN = /\p{Script=Han}[^]*?\p{Script=Han}/u;
/** Without markup, a part heading must say what part it is (a year, 回顾, 安排, 附件 …). */
const PART_WORD = /\d{4}年|[今明去]年|过去|今后|回顾|工作|安排|要点|任务|附件|附表|附|名词解释|注释|说明/;
const CONTENTS = /^目\s*录$/;
/** 第一，… and 一是… open enumerated points, not parts. */
const ENUMERATION_FIRST = /^(第[一二三四五六七八九十]+[，、,]|[一二三四五六七八九十]+是)/;
const APPENDIX = /^(附[件表录页]|附\s*[:：]|名词解释|注\s*释|注\s*[:：]?$)|名词解释|注释[和及]?说明/;

/** Whether a line could be a part heading, before looking at what follows it. */
export function partCandidate(line: Line): PartKind | undefined {
  const bold = line.boldEnd !== undefined;
  const c = bold ? line.content.slice(0, line.boldEnd! - line.contentStart).trim() : line.content;
  // `**扎实办好民生实事**。重点…` is a bold lead sentence, not a part heading.
  if (bold && /^[。，；：,;:]/.test(line.content.slice(line.boldEnd! - line.contentStart))) return undefined;
  // Longer lines are never parts (markupKind and plainKind say so): leave before the tests that scan the line,
  // and before counting code points in a paragraph (more than 80 UTF-16 units are more than 40 code points).
  if (c.length > 80) return undefined;
  const n = codePointCount(c);
  if (n < 2 || n > 40 || isFrontLine(c) || CONTENTS.test(c) || !TWO_HAN.test(c)) return undefined;
  if (ENUMERATION_FIRST.test(c)) return undefined;
  const kind = line.markup || bold ? markupKind(c, n) : plainKind(c, n);
  return kind && APPENDIX.test(c) && n <= 20 ? 'appendix' : kind;
}

function markupKind(c: string, n: number): PartKind | undefined {
  if (n > 40 || MARKUP_PUNCT.test(c)) return undefined;
  const comma = /[，,]/.test(c);
  const colon = /[：:]/.exec(c);
  if (colon !== null) return colon.index === c.length - 1 && n <= 12 && !comma ? 'sure' : undefined;
  // A bold line with a comma may be an emphasised sentence rather than a heading.
  return comma ? 'restart' : 'sure';
}

function plainKind(c: string, n: number): PartKind | undefined {
  if (n > 25) return undefined;
  if (PLAIN_PUNCT.test(c)) return /^附[件表录页]?[一二三四五六七八九十\d]*\s*[:：]$/.test(c) ? 'appendix' : undefined;
  return PART_WORD.test(c) ? 'sure' : 'restart';
}

/**
 * Line indexes of the part headings among `candidates`: appendices, and the others whose next numbered
 * heading is at the report's top level (restarting the top-level numbering at 1, for `restart` ones).
 */
export function selectParts(
  candidates: readonly { index: number; kind: PartKind }[],
  numbered: readonly { index: number; level: number; value: number }[],
): number[] {
  const top = Math.min(...numbered.map((h) => h.level));
  const parts: number[] = [];
  let j = 0;
  for (const { index, kind } of candidates) {
    while (j < numbered.length && numbered[j]!.index < index) j++;
    const next = numbered[j];
    const atTop = next !== undefined && next.level === top;
    const restarts = atTop && next.value === 1 && numbered.slice(0, j).some((h) => h.level === top);
    if (kind === 'appendix' ? j > 0 : kind === 'sure' ? atTop : restarts) parts.push(index);
  }
  return parts;
}
