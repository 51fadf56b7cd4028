import { describe, expect, it } from 'vitest';
import { quantityGroupRows, quantityTrendRows, type QuantityDoc } from '../../../src/pipeline/quantities/compare.js';
import type { QuantityRow } from '../../../src/schemas/quantities.js';

function row(subject: string, value: number | null, approx = false): QuantityRow {
  return {
    doc_id: 'x', file: 'x.txt', line: 1, column: 1, end_column: 2, subject, subject_text: subject, value, unit: subject.endsWith('率') ? '%' : '件',
    approx, masked: value === null, placeholder: value === null ? '1:1' : '', region: '', year: null, text: '',
  };
}
const vocabulary = { subjects: ['提案', '办复率', '视察'], rates: new Set(['办复率']) };
const docs: QuantityDoc[] = [
  // A total and its parts, and a repeated total: the document's value is its largest, 312.
  { meta: { region: '甲县' }, year: 2021, rows: [row('提案', 312), row('提案', 63), row('提案', 312), row('办复率', 99.5)] },
  { meta: { region: '甲县' }, year: 2022, rows: [row('提案', 180, true), row('办复率', 100)] },
  { meta: { region: '乙县' }, year: 2022, rows: [row('提案', 320), row('视察', null)] },
  { meta: { region: '' }, year: 2022, rows: [] },
  { meta: { region: '乙县' }, year: null, rows: [row('提案', 5000)] },
];

describe('quantityTrendRows', () => {
  it('takes each document\'s largest value, sums counts but never rates, and counts masked and approximate documents', () => {
    expect(quantityTrendRows(docs, vocabulary)).toEqual([
      { year: 2021, subject: '提案', rate: false, docs: 1, docs_reporting: 1, docs_masked: 0, approx_docs: 0, sum: 312, median: 312, min: 312, max: 312 },
      { year: 2021, subject: '办复率', rate: true, docs: 1, docs_reporting: 1, docs_masked: 0, approx_docs: 0, sum: null, median: 99.5, min: 99.5, max: 99.5 },
      { year: 2021, subject: '视察', rate: false, docs: 1, docs_reporting: 0, docs_masked: 0, approx_docs: 0, sum: null, median: null, min: null, max: null },
      { year: 2022, subject: '提案', rate: false, docs: 3, docs_reporting: 2, docs_masked: 0, approx_docs: 1, sum: 500, median: 250, min: 180, max: 320 },
      { year: 2022, subject: '办复率', rate: true, docs: 3, docs_reporting: 1, docs_masked: 0, approx_docs: 0, sum: null, median: 100, min: 100, max: 100 },
      { year: 2022, subject: '视察', rate: false, docs: 3, docs_reporting: 0, docs_masked: 1, approx_docs: 0, sum: null, median: null, min: null, max: null },
    ]);
  });
});

describe('quantityGroupRows', () => {
  it('measures every subject for every group, (unknown) last', () => {
    const rows = quantityGroupRows(docs, ['region'], vocabulary).filter((r) => r.subject === '提案');
    expect(rows.map((r) => [r.group, r.docs, r.docs_reporting, r.sum, r.median])).toEqual([
      ['乙县', 2, 2, 5320, 2660], ['甲县', 2, 2, 492, 246], ['(unknown)', 1, 0, null, null],
    ]);
  });

  it('groups by each field of a crossed grouping (region+year), as groups.csv does', () => {
    const crossed: QuantityDoc[] = [
      { meta: { region: '甲县', year: '2021' }, year: 2021, rows: [row('提案', 312)] },
      { meta: { region: '甲县', year: '2022' }, year: 2022, rows: [row('提案', 180)] },
      { meta: { region: '甲县', year: '2022' }, year: 2022, rows: [row('提案', 20)] },
      { meta: { region: '乙县', year: '' }, year: null, rows: [row('提案', 5000)] },
    ];
    const rows = quantityGroupRows(crossed, ['region+year'], vocabulary).filter((r) => r.subject === '提案');
    expect(rows.map((r) => [r.by, r.group, r.docs, r.sum])).toEqual([
      ['region+year', '乙县+(unknown)', 1, 5000], ['region+year', '甲县+2021', 1, 312], ['region+year', '甲县+2022', 2, 200],
    ]);
  });
});
