/**
 * `check --previous last-year.docx draft.docx`: sentences of the draft that stand (nearly) unchanged in last
 * year's report, figures and all — the places a report copied from last year's most likely left stale. Pure.
 *
 * Offices write this year's report over last year's; a sentence that still says “2023年” or “共收到提案312件”
 * word for word is either a fact that did not change or a figure nobody updated. Both are worth a look, so
 * each is a warning with both places. A sentence reworded or with any figure updated is not reported: someone
 * has already been through it.
 *
 * Sentences are the passage units of the shared-passages work (`passages/fingerprints.ts`), with their
 * comparison keys, in which every run of digits is one `#`: two sentences are the same wording when their
 * keys are equal, nearly the same when the Jaccard index of their keys' bigram sets reaches
 * `NEAR_DUP_JACCARD` (0.8; candidates from the MinHash bands). Then their figures — the runs of digits, in
 * order, and Chinese-numeral years such as 二〇二三年 — must be identical, and there must be at least one.
 *
 * ok (not reported):  last year 全年共收到提案312件。  draft 全年共收到提案298件。
 * not ok (reported):  last year 全年共收到提案312件。  draft 全年共收到提案312件。
 */
import { locatorOf, sourceSpan } from '../../document/span.js';
import { docxLocationText } from '../../document/docx-layout.js';
import type { Finding, ReportDoc } from '../../types.js';
import { keyOf, passageUnits, textOf, type PassageUnits } from '../passages/fingerprints.js';
import { BANDS, bigrams, jaccardIn, NEAR_DUP_JACCARD } from '../passages/minhash.js';
import { STALE_RULE_ID } from './stale-rules.js';

/** Fewest Han characters a sentence needs: “共收到提案312件” has six. */
const MIN_HAN = 5;
const FIGURE = /[0-9０-９]+(?:[.．][0-9０-９]+)?|[〇零一二三四五六七八九]{4}年/gu;

/** Last year's report prepared once for every draft: its sentences and an index of their keys and bands. */
export interface PreviousReport {
  /** Shown in messages: the path as given. */
  name: string;
  doc: ReportDoc;
  units: PassageUnits;
  byKey: Map<string, number[]>;
  byBand: Map<string, number[]>;
}

/** Index last year's report (`name` is how messages call it). */
export function previousReport(name: string, doc: ReportDoc): PreviousReport {
  const units = passageUnits(doc, { minHan: MIN_HAN });
  const byKey = new Map<string, number[]>();
  const byBand = new Map<string, number[]>();
  for (let i = 0; i < units.count; i++) {
    if (units.parents[i] !== -1 || figuresOf(textOf(units, i)).length === 0) continue;
    push(byKey, keyOf(units, i), i);
    for (let b = 0; b < BANDS; b++) push(byBand, `${b}:${units.bands[i * BANDS + b]}`, i);
  }
  return { name, doc, units, byKey, byBand };
}

/** The draft's sentences that stand in `previous` with the same figures, as findings in `draft.text` offsets. */
export function staleSentences(draft: ReportDoc, previous: PreviousReport): Finding[] {
  const units = passageUnits(draft, { minHan: MIN_HAN });
  const findings: Finding[] = [];
  for (let i = 0; i < units.count; i++) {
    if (units.parents[i] !== -1) continue;
    const text = textOf(units, i);
    const figures = figuresOf(text);
    if (figures.length === 0) continue;
    const match = matchIn(previous, keyOf(units, i), Array.from(units.bands.subarray(i * BANDS, (i + 1) * BANDS)), figures);
    if (match === undefined) continue;
    findings.push({
      ruleId: STALE_RULE_ID, start: units.starts[i]!, end: units.ends[i]!, severity: 'warning', kind: 'stale',
      message: `与去年报告相同的句子，其中的年份、日期或数字（${[...new Set(figures)].join('、')}）未变：请核实是否需要更新。去年报告：${placeIn(previous, match)}`,
    });
  }
  return findings;
}

/** The first of last year's sentences with the same (or nearly the same) wording and the same figures. */
function matchIn(previous: PreviousReport, key: string, bands: readonly number[], figures: readonly string[]): number | undefined {
  const same = (j: number) => sameFigures(figuresOf(textOf(previous.units, j)), figures);
  const exact = previous.byKey.get(key)?.find(same);
  if (exact !== undefined) return exact;
  const candidates = new Set<number>();
  bands.forEach((v, b) => previous.byBand.get(`${b}:${v}`)?.forEach((j) => candidates.add(j)));
  const mine = bigrams(key);
  return [...candidates].sort((a, b) => a - b).find((j) => same(j) && jaccard(mine, bigrams(keyOf(previous.units, j))) >= NEAR_DUP_JACCARD);
}

/** `上年.docx 第5行第1列（正文 第5段）` */
function placeIn(previous: PreviousReport, unit: number): string {
  const { doc, units } = previous;
  const start = sourceSpan(doc, units.starts[unit]!, units.ends[unit]!).start;
  const at = locatorOf(doc).at(start);
  const word = doc.docx?.lines[at.line - 1];
  return `${previous.name} 第${at.line}行第${at.column}列${word ? `（${docxLocationText(word)}）` : ''}`;
}

/** Years, dates and counts as written: runs of digits (with a decimal part), Chinese-numeral years. */
export function figuresOf(text: string): string[] {
  return text.match(FIGURE) ?? [];
}

function sameFigures(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((f, i) => f.normalize('NFKC') === b[i]!.normalize('NFKC'));
}

function jaccard(a: Uint32Array, b: Uint32Array): number {
  const pool = new Uint32Array(a.length + b.length);
  pool.set(a, 0);
  pool.set(b, a.length);
  return jaccardIn(pool, 0, a.length, a.length, pool.length);
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
