/**
 * Source text → normalised text, with a map back to source offsets.
 *
 * - line breaks CRLF / CR → LF;
 * - NBSP (U+00A0) and ideographic space (U+3000) → ASCII space; zero-width characters and stray BOMs removed;
 * - Markdown (`.md`): YAML front matter removed (and parsed), `#` heading markers and paired `**` emphasis
 *   removed; lines that were headings or wholly bold are recorded in `markupHeadings`.
 *
 * ok: '一、总体\r\n２０２３' → text '一、总体\n２０２３', map.at(4) = 4 (the LF stands where CR stood), map.at(5) = 6.
 */
import type { SourceFormat } from '../types.js';
import { OffsetMap, OffsetMapBuilder } from './offset-map.js';

export interface Normalized {
  text: string;
  /** Text offset → source offset (runs: normalising changes few characters). */
  map: OffsetMap;
  frontMatter: Record<string, string>;
  markupHeadings: number[];
}

const REMOVED = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad];
const AS_SPACE = [0x00a0, 0x3000, 0x2002, 0x2003, 0x2009, 0x202f];
/** Per BMP code unit: 0 kept, 1 removed, 2 replaced by a space (one table lookup per character). */
const CHANGE = new Uint8Array(0x10000);
for (const c of REMOVED) CHANGE[c] = 1;
for (const c of AS_SPACE) CHANGE[c] = 2;
const HEADING = /^ {0,3}#{1,6}[ \t]+/;
const BOLD = /\*\*(?=\S)(.+?)(?<=\S)\*\*/g;

/** Normalise `source`; Markdown rules apply only when `format` is `md`. */
export function normalizeText(source: string, format: SourceFormat): Normalized {
  const map = new OffsetMapBuilder();
  const parts: string[] = [];
  const markupHeadings: number[] = [];
  // Copy runs of unchanged characters as slices; only removed or replaced characters break a run.
  const emit = (from: number, to: number) => {
    let run = from;
    for (let i = from; i < to; i++) {
      const change = CHANGE[source.charCodeAt(i)]!;
      if (change === 0) continue;
      if (i > run) {
        parts.push(source.slice(run, i));
        map.pushRun(run, i - run);
      }
      if (change === 2) {
        parts.push(' ');
        map.push(i);
      }
      run = i + 1;
    }
    if (to > run) {
      parts.push(source.slice(run, to));
      map.pushRun(run, to - run);
    }
  };

  const md = format === 'md';
  const front = md ? readFrontMatter(source) : { end: 0, values: {} };
  let pos = front.end;
  while (pos < source.length) {
    const lineEnd = findLineEnd(source, pos);
    if (md) emitMarkdownLine(source, pos, lineEnd, emit, () => markupHeadings.push(map.size));
    else emit(pos, lineEnd);
    if (lineEnd < source.length) {
      map.push(lineEnd);
      parts.push('\n');
    }
    pos = lineEnd + (source.startsWith('\r\n', lineEnd) ? 2 : 1);
  }
  map.push(source.length);
  return { text: parts.join(''), map: map.done(), frontMatter: front.values, markupHeadings };
}

function findLineEnd(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return source.length;
}

function emitMarkdownLine(
  source: string, from: number, to: number,
  emit: (from: number, to: number) => void, markHeading: () => void,
): void {
  const line = source.slice(from, to);
  const heading = HEADING.exec(line);
  let start = 0;
  if (heading) {
    markHeading();
    start = heading[0].length;
  } else if (/^\s*\*\*[^*].*\*\*\s*$/.test(line) && line.trim().length > 4) {
    markHeading();
  }
  BOLD.lastIndex = start;
  let cursor = start;
  for (let m = BOLD.exec(line); m; m = BOLD.exec(line)) {
    emit(from + cursor, from + m.index);
    emit(from + m.index + 2, from + m.index + m[0].length - 2);
    cursor = m.index + m[0].length;
  }
  emit(from + cursor, to);
}

/** Front matter: a first line `---`, flat `key: value` lines, a closing `---`. */
function readFrontMatter(source: string): { end: number; values: Record<string, string> } {
  const open = /^---[ \t]*\r?\n/.exec(source);
  if (!open) return { end: 0, values: {} };
  const close = /^---[ \t]*(\r?\n|$)/m;
  const rest = source.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return { end: 0, values: {} };
  const values: Record<string, string> = {};
  for (const line of rest.slice(0, m.index).split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv) values[kv[1]!] = unquote(kv[2]!.trim());
  }
  return { end: open[0].length + m.index + m[0].length, values };
}

/**
 * A YAML scalar's value: "double-quoted" with its escapes decoded (`\"` → `"`, `\\` → `\`, `\n`, `\u4e8c` …,
 * through JSON.parse, whose escapes are YAML's common ones; the text between the quotes when it is not valid
 * JSON), 'single-quoted' with `''` read as `'`, plain as it is.
 *
 * ok: `"=HYPERLINK(\"http://x\")"` → `=HYPERLINK("http://x")`, `'It''s'` → `It's`
 */
function unquote(value: string): string {
  const q = /^(['"])(.*)\1$/.exec(value);
  if (!q) return value;
  if (q[1] === "'") return q[2]!.replaceAll("''", "'");
  try {
    const decoded: unknown = JSON.parse(value);
    if (typeof decoded === 'string') return decoded;
  } catch {
    // YAML-only escapes (\x41, \U0001F600, \e …): keep the text as written.
  }
  return q[2]!;
}
