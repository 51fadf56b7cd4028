/**
 * YAML front matter of a Markdown file: its flat `key: value` pairs, and where each value is written, so that
 * the values can be checked like the text and reported at their place in the file.
 *
 * ok: '---\ntitle: "X县报告"\n---\n正文' → values { title: 'X县报告' }, the entry of title at 12–16 (inside the quotes)
 */
import type { ReportDoc } from '../types.js';
import { OffsetMapBuilder } from './offset-map.js';

/** One `key: value` line: the value as read, and the source offsets of the value as written (quotes left out). */
export interface FrontMatterEntry {
  key: string;
  value: string;
  start: number;
  end: number;
}

/**
 * Front matter: a first line `---`, flat `key: value` lines, a closing `---`. `end` is the offset after the
 * closing line (0 without front matter); a key given twice keeps its last value in `values`, and both entries.
 */
export function readFrontMatter(source: string): { end: number; values: Record<string, string>; entries: FrontMatterEntry[] } {
  const open = /^---[ \t]*\r?\n/.exec(source);
  if (!open) return { end: 0, values: {}, entries: [] };
  const close = /^---[ \t]*(\r?\n|$)/m;
  const rest = source.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return { end: 0, values: {}, entries: [] };
  const values: Record<string, string> = {};
  const entries: FrontMatterEntry[] = [];
  let lineStart = open[0].length;
  for (const line of rest.slice(0, m.index).split(/\r?\n/)) {
    // A key is a word of letters (届次 as well as session), digits, _ and -, not starting with a digit or -.
    const kv = /^([\p{L}_][\p{L}\p{N}_-]*)\s*:\s*(.*)$/u.exec(line);
    if (kv) {
      const written = kv[2]!.trim();
      const value = unquote(written);
      values[kv[1]!] = value;
      const start = lineStart + kv[0].length - kv[2]!.length;
      const quoted = /^(['"]).*\1$/.test(written) ? 1 : 0;
      entries.push({ key: kv[1]!, value, start: start + quoted, end: start + written.length - quoted });
    }
    lineStart += line.length + (source.startsWith('\r\n', lineStart + line.length) ? 2 : 1);
  }
  return { end: open[0].length + m.index + m[0].length, values, entries };
}

/**
 * The front matter's values as a document of their own, for the rules: its text is each value as written
 * (between its quotes, escapes not decoded), one a line, and its map leads back to the value in the file, so
 * that a finding in `title: XX县报告` is reported at line 2, column 8. `undefined` when `doc` is no Markdown
 * file or has no value to read.
 */
export function frontMatterDocument(doc: ReportDoc): ReportDoc | undefined {
  if (doc.format !== 'md') return undefined;
  const entries = readFrontMatter(doc.source).entries.filter((e) => e.end > e.start);
  if (entries.length === 0) return undefined;
  const map = new OffsetMapBuilder();
  const lines: string[] = [];
  for (const [i, e] of entries.entries()) {
    if (i > 0) map.push(entries[i - 1]!.end); // the LF between two values stands where the first one ends
    map.pushRun(e.start, e.end - e.start);
    lines.push(doc.source.slice(e.start, e.end));
  }
  map.push(entries.at(-1)!.end);
  return { ...doc, text: lines.join('\n'), map: map.done(), frontMatter: {}, markupHeadings: [] };
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
