/**
 * Enumerated points inside the body: 一是…二是…, 第一，…第二，…, and ——dash-led points. Pure.
 *
 * ok:     '一是强化学习，二是加强监督。' → 一是 (1), 二是 (2)
 * ok:     '——稳增长，…' on consecutive lines → dash points 1, 2, …
 * not ok: '统一是前提', '全国第一，' (a numeral inside a word), a lone '三是' with no 二是 or 四是 beside it
 */
import type { Span } from '../../types.js';
import { isSubtitle } from './front.js';
import type { Line } from './lines.js';
import { chineseValue } from './numerals.js';
import type { EnumerationKind } from './types.js';

/** An enumeration item in text offsets (located later). */
export interface EnumerationItem {
  kind: EnumerationKind;
  marker: string;
  number: string;
  value: number;
  title: string;
  span: Span;
}

const SHI = /([一二三四五六七八九十]{1,3})是/g;
const DI = /第([一二三四五六七八九十]{1,3})[，、,：:]/g;
/** What may stand before 一是 / 第一，: the paragraph start, punctuation, a space or an opening quote. */
const BEFORE = /[，。；：、,;:\s（(“‘”]/;
const TITLE_END = /[，。；：,;:]/;

/**
 * The 一是 / 第一， / —— points of `lines`, in text order. `headings` maps the line index of each heading
 * to where its body starts on that line (the end of a run-in title), or to `undefined` when nothing on the
 * line is body text.
 */
export function findEnumerations(
  text: string, lines: readonly Line[], headings: ReadonlyMap<number, number | undefined>,
): EnumerationItem[] {
  const items: EnumerationItem[] = [];
  let dashRun = 0;
  lines.forEach((line, i) => {
    if (line.content === '') return;
    if (headings.has(i)) {
      dashRun = 0;
      const body = headings.get(i);
      if (body !== undefined) items.push(...inLine(text, line, body));
      return;
    }
    const found = inLine(text, line, line.contentStart);
    const dash = /^[—－]{2,}/.exec(line.content);
    if (dash && !isSubtitle(line.content)) {
      dashRun++;
      found.unshift(item(text, line, 'dash', dash[0], '', dashRun, line.contentStart));
      found.forEach((it, k) => {
        it.span.end = found[k + 1]?.span.start ?? line.contentEnd;
      });
    } else dashRun = 0;
    items.push(...found);
  });
  return keepRuns(items);
}

/** The 一是 and 第一， items of a line from offset `from`, each spanning to the next one or the line's end. */
function inLine(text: string, line: Line, from: number): EnumerationItem[] {
  const found: EnumerationItem[] = [];
  for (const [re, kind] of [[SHI, 'shi'], [DI, 'di']] as const) {
    for (const m of text.slice(from, line.contentEnd).matchAll(re)) {
      const start = from + m.index;
      const value = chineseValue(m[1]!);
      if (value === undefined || (start > line.contentStart && !BEFORE.test(text[start - 1]!))) continue;
      found.push(item(text, line, kind, m[0], m[1]!, value, start));
    }
  }
  found.sort((a, b) => a.span.start - b.span.start);
  found.forEach((it, k) => {
    it.span.end = found[k + 1]?.span.start ?? line.contentEnd;
  });
  return found;
}

function item(
  text: string, line: Line, kind: EnumerationKind, marker: string, number: string, value: number, start: number,
): EnumerationItem {
  const rest = text.slice(start + marker.length, line.contentEnd);
  const stop = TITLE_END.exec(rest)?.index ?? rest.length;
  const title = (marker + rest.slice(0, stop)).slice(0, 40);
  return { kind, marker, number, value, title, span: { start, end: line.contentEnd } };
}

/** 一是 and 第一 items count only with a neighbour of the same kind numbered one less or one more. */
function keepRuns(items: readonly EnumerationItem[]): EnumerationItem[] {
  return items.filter((it, k) => {
    if (it.kind === 'dash') return true;
    const prev = findNeighbour(items, k, -1, it.kind);
    const next = findNeighbour(items, k, 1, it.kind);
    return prev?.value === it.value - 1 || next?.value === it.value + 1;
  });
}

function findNeighbour(items: readonly EnumerationItem[], k: number, step: 1 | -1, kind: EnumerationKind) {
  for (let j = k + step; j >= 0 && j < items.length; j += step) if (items[j]!.kind === kind) return items[j];
  return undefined;
}
