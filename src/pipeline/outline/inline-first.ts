/**
 * A level's first heading written at the end of the line before it. Reports often run （一） on from the
 * sentence that announces the list, and start the next paragraphs with （二） （三）:
 *
 * ```
 * 一年来，主要做了以下几个方面的工作：（一）认真贯彻落实宏观调控政策。全面清理…
 * （二）加强新农村建设。…
 * ```
 * Without this, （二） looks like the first heading of its level (“缺少（一）”). Such a line is split in
 * two at the （一）, so that the （一） becomes a heading like the others. Pure.
 *
 * Split only when everything says it is the first of the run: the （一） follows a colon (：/:), the end
 * of a sentence (。) or the bold title of the line (`**三、推进经济发展** （一）…`); the paragraph does not go
 * on to a （二） of its own (an in-line list); and the next heading at level 2 or above opens its line
 * with （二）.
 *
 * ok (split):  '主要做了以下工作：（一）甲。\n（二）乙' · '**三、推进发展** （一）甲\n（二）乙'
 * not split:   '情况如下：（一）甲；（二）乙。' (in-line list) · '工作如下：（一）甲\n二、乙' (no （二） follows)
 */
import type { Line } from './lines.js';
import { matchMarker, type MarkerMatch } from './markers.js';

const FIRST = /[（(]一[）)]/g;
/** FIRST for `matchAll` over the whole text: its own, as `matchAll` starts at the `lastIndex` FIRST was left at. */
const ANY_FIRST = /[（(]一[）)]/g;
const SECOND = /[（(]二[）)]/;
/** What may stand right before the （一）, spaces and stray bold markers skipped. */
const LEAD_IN = /[：:。]/;

/** `lines` with each line that ends in a run's first （一） heading split at that （一）. */
export function splitInlineFirst(text: string, lines: readonly Line[]): Line[] {
  // Where a （一） stands in the text (rarely anywhere): only the lines holding one are looked at further.
  const firsts = [...text.matchAll(ANY_FIRST)].map((m) => m.index);
  if (firsts.length === 0) return [...lines];
  // Each line's marker is matched when first asked for: only lines holding a （一） and those after them are.
  const matched: (MarkerMatch | undefined)[] = [];
  const known = new Uint8Array(lines.length);
  const levelOf = (i: number): MarkerMatch | undefined => {
    if (known[i] === 0) {
      matched[i] = matchMarker(lines[i]!.content);
      known[i] = 1;
    }
    return matched[i];
  };
  const out: Line[] = [];
  let next = 0;
  lines.forEach((line, i) => {
    while (next < firsts.length && firsts[next]! < line.contentStart) next++;
    const holds = next < firsts.length && firsts[next]! < line.contentEnd;
    const at = holds ? inlineFirstAt(text, line, levelOf(i)?.length ?? 0) : undefined;
    if (at === undefined || !secondFollows(levelOf, lines.length, i)) {
      out.push(line);
      return;
    }
    out.push(...splitAt(text, line, at));
  });
  return out;
}

/** Offset of a （一） in `line` after a lead-in, with no （二） after it on the line; else undefined. */
function inlineFirstAt(text: string, line: Line, markerLength: number): number | undefined {
  FIRST.lastIndex = markerLength;
  for (let m = FIRST.exec(line.content); m; m = FIRST.exec(line.content)) {
    if (m.index === 0) continue;
    const at = line.contentStart + m.index;
    if (!leadIn(text, line, at)) continue;
    if (SECOND.test(line.content.slice(m.index))) return undefined;
    const marker = matchMarker(line.content.slice(m.index));
    return marker?.level === 2 && marker.value === 1 ? at : undefined;
  }
  return undefined;
}

function leadIn(text: string, line: Line, at: number): boolean {
  let i = at;
  while (i > line.contentStart && /[\s*]/.test(text[i - 1]!)) i--;
  if (line.boldEnd !== undefined && i === line.boldEnd) return true;
  return i > line.contentStart && LEAD_IN.test(text[i - 1]!);
}

/** Whether the next line opening with a heading of level 2 or above opens with （二）. */
function secondFollows(levelOf: (j: number) => MarkerMatch | undefined, count: number, i: number): boolean {
  for (let j = i + 1; j < count; j++) {
    const m = levelOf(j);
    if (m && m.level <= 2) return m.level === 2 && m.value === 2;
  }
  return false;
}

function splitAt(text: string, line: Line, at: number): [Line, Line] {
  let end = at;
  while (end > line.contentStart && /\s/.test(text[end - 1]!)) end--;
  const head: Line = {
    start: line.start, contentStart: line.contentStart, contentEnd: end, content: text.slice(line.contentStart, end),
    markup: line.markup, boldEnd: line.boldEnd !== undefined && line.boldEnd < end ? line.boldEnd : undefined,
  };
  const tail: Line = {
    start: at, contentStart: at, contentEnd: line.contentEnd, content: text.slice(at, line.contentEnd), markup: false,
    boldEnd: undefined,
  };
  return [head, tail];
}
