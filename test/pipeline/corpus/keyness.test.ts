/**
 * Keyness: G² against quanteda's definition on hand-computed 2×2 tables, the chi-square survival function
 * against reference values, Hardie's log ratio, and the rows of keyness.csv.
 */
import { describe, expect, it } from 'vitest';
import { chiSquareSf1, erfc } from '../../../src/pipeline/corpus/chi-square.js';
import { sortedTermCounts } from '../../../src/pipeline/per-document/count.js';
import { keynessRows, logRatio, signedG2 } from '../../../src/pipeline/corpus/keyness.js';
import { KeynessRowSchema } from '../../../src/schemas/keyness.js';

describe('signedG2 (quanteda textstat_keyness, measure "lr")', () => {
  it('a = 10 of 1,000 in the target, b = 20 of 5,000 in the reference: expected 5, 25, 995, 4975', () => {
    // N = 6000, E(a) = 30·1000/6000 = 5, E(b) = 30·5000/6000 = 25, E(c) = 1000·5970/6000 = 995, E(d) = 4975.
    // No expected count is below 5, so Yates does not apply.
    const byHand = 2 * (10 * Math.log(10 / 5) + 20 * Math.log(20 / 25) + 990 * Math.log(990 / 995) + 4980 * Math.log(4980 / 4975));
    expect(signedG2(10, 20, 1000, 5000)).toBeCloseTo(byHand, 12);
    expect(signedG2(10, 20, 1000, 5000)).toBeCloseTo(4.967392822329984, 12);
    expect(signedG2(10, 20, 1000, 5000, 'none')).toBeCloseTo(4.967392822329984, 12);
  });

  it('applies Yates (cells 0.5 toward expectation) when |ad − bc| ≥ N/2 and an expected count is below 5', () => {
    // a = 3, b = 0, c = 97, d = 900, N = 1000; E(a) = 0.3 < 5; |ad − bc| = 2700 ≥ 500 → 2.5, 0.5, 97.5, 899.5
    const yates = 2 * (2.5 * Math.log(2.5 / 0.3) + 0.5 * Math.log(0.5 / 2.7) + 97.5 * Math.log(97.5 / 99.7) + 899.5 * Math.log(899.5 / 897.3));
    expect(signedG2(3, 0, 100, 900)).toBeCloseTo(yates, 12);
    expect(signedG2(3, 0, 100, 900)).toBeCloseTo(8.969214986201731, 12);
    expect(signedG2(3, 0, 100, 900, 'none')).toBeCloseTo(13.897415292406471, 12);
  });

  it('divides by Williams q = 1 + (N/(a+b) + N/(c+d) − 1)(N/(a+c) + N/(b+d) − 1)/(6N) when asked', () => {
    expect(signedG2(10, 20, 1000, 5000, 'williams')).toBeCloseTo(4.801986895656215, 12);
    expect(signedG2(30, 10, 1000, 1000, 'williams')).toBeCloseTo(10.537278309210388, 12);
  });

  it('is negative for an under-represented term (0·ln 0 taken as 0)', () => {
    expect(signedG2(0, 40, 1000, 5000)).toBeCloseTo(-14.639320064149393, 12);
  });

  it('is 0 when there is no reference or the term does not occur', () => {
    expect(signedG2(5, 0, 100, 0)).toBe(0);
    expect(signedG2(0, 0, 100, 100)).toBe(0);
  });
});

describe('chiSquareSf1 and erfc', () => {
  // Reference values: Python math.erfc (and R's pchisq(x, 1, lower.tail = FALSE)).
  it.each([
    [0, 1],
    [0.5, 0.4795001221869535],
    [1, 0.31731050786291404],
    [3.841458820694124, 0.05],
    [6.634896601021214, 0.01],
    [10.827566170662733, 0.001],
    [15, 0.00010751117672950056],
    [100, 1.5239706048320995e-23],
    [1000, 1.7958327848006385e-219],
    [1400, 2.1010145162642754e-306],
  ])('P(χ²₁ > %d) = %d', (x, p) => {
    expect(Math.abs(chiSquareSf1(x) - p) / p).toBeLessThan(1e-12);
  });

  it.each([
    [0.1, 0.8875370839817152],
    [1.99, 0.004888586800383003],
    [2, 0.004677734981047265],
    [3, 2.2090496998585438e-5],
    [10, 2.088487583762545e-45],
    [-1, 1.842700792949715],
  ])('erfc(%d) = %d', (z, v) => {
    expect(Math.abs(erfc(z) - v) / v).toBeLessThan(1e-13);
  });
});

describe('logRatio (Hardie, base 2)', () => {
  it('is log2 of the ratio of relative frequencies, a zero count taken as 0.5', () => {
    expect(logRatio(10, 20, 1000, 5000)).toBeCloseTo(Math.log2(0.01 / 0.004), 12);
    expect(logRatio(0, 40, 1000, 5000)).toBe(-4); // (0.5/1000) / (40/5000) = 1/16
    expect(logRatio(8, 0, 1000, 1000)).toBe(4);
  });
});

describe('keynessRows', () => {
  const terms = (entries: Record<string, number>) => new Map(Object.entries(entries));
  const docs = [
    { group: '2016', terms: terms({ 脱贫攻坚: 30, 发展: 100, 改革: 50 }) },
    { group: '2016', terms: terms({ 脱贫攻坚: 10, 发展: 100 }) },
    { group: '2022', terms: terms({ 乡村振兴: 25, 发展: 190, 改革: 40 }) },
    { group: '', terms: terms({ 发展: 10 }) },
  ];

  it('lists over-represented terms (G² > 0, descending) then under-represented ones, per group', () => {
    const rows = keynessRows(docs, 'year');
    expect(rows.map((r) => `${r.group} ${r.term} ${r.count_group} ${r.count_rest} ${Math.sign(r.g2)}`)).toEqual([
      '2016 脱贫攻坚 40 0 1',
      '2016 改革 50 40 1',
      '2016 发展 200 200 -1',
      '2016 乡村振兴 0 25 -1',
      // 2022: 发展 is 190 of 255 tokens (74.5 %) against 210 of 300 (70 %); 改革 40/255 against 50/300
      '2022 乡村振兴 25 0 1',
      '2022 发展 190 210 1',
      '2022 改革 40 50 -1',
      '2022 脱贫攻坚 0 40 -1',
      '(unknown) 发展 10 390 1',
      '(unknown) 脱贫攻坚 0 40 -1',
      '(unknown) 乡村振兴 0 25 -1',
      '(unknown) 改革 0 90 -1',
    ]);
    for (const r of rows) expect(KeynessRowSchema.parse(r)).toEqual(r);
  });

  it('fills every column: G² rounded to 4 decimals, p to 6 significant digits, the log ratio', () => {
    const row = keynessRows(docs, 'year').find((r) => r.group === '2022' && r.term === '乡村振兴')!;
    // target 2022: 255 tokens; rest: 290 + 10 = 300 tokens
    const g2 = signedG2(25, 0, 255, 300);
    expect(row).toEqual({
      by: 'year', group: '2022', term: '乡村振兴', count_group: 25, count_rest: 0,
      g2: Math.round(g2 * 1e4) / 1e4, p: Number(chiSquareSf1(g2).toPrecision(6)), log_ratio: Math.round(Math.log2(25 / 255 / (0.5 / 300)) * 1e4) / 1e4,
    });
    expect(row.p).toBeLessThan(1e-6);
  });

  it('keeps the top n each way (the most negative G² for under-representation)', () => {
    const rows = keynessRows(docs, 'year', 1);
    expect(rows.filter((r) => r.group === '2016').map((r) => r.term)).toEqual(['脱贫攻坚', '乡村振兴']);
  });

  it('breaks ties at the cut by term, whatever the order terms were met in', () => {
    // 甲 乙 丙 丁 occur 3 times each in group a only: four equal G²; the top 2 are the first two by code unit.
    const tied = [
      { group: 'a', terms: new Map([['丁', 3], ['乙', 3], ['丙', 3], ['甲', 3], ['共同', 5]]) },
      { group: 'b', terms: new Map([['共同', 9], ['其他', 4]]) },
    ];
    const rows = keynessRows(tied, 'g', 2).filter((r) => r.group === 'a' && r.g2 > 0);
    expect(rows.map((r) => r.term)).toEqual(['丁', '丙']);
    expect(rows[0]!.g2).toBe(rows[1]!.g2);
  });

  it('gives the same rows from term-count columns (what analyze passes) as from maps', () => {
    const columns = docs.map((d) => ({ group: d.group, terms: sortedTermCounts(d.terms) }));
    expect(keynessRows(columns, 'year')).toEqual(keynessRows(docs, 'year'));
    expect(keynessRows(columns, 'year')[0]).toMatchObject({ group: '2016', term: '脱贫攻坚', count_group: 40, count_rest: 0 });
  });

  it('gives every term the G² of its own counts, small or large, whole or not (small whole counts are computed once)', () => {
    // 甲 and 乙 share their counts (a G² remembered), 戊 shares one of them; 丙 is past the remembered counts; 丁 has
    // a count that is no integer.
    const mixed = [
      { group: 'a', terms: new Map([['甲', 3], ['乙', 3], ['戊', 3], ['丙', 700], ['丁', 2.5], ['其他', 50]]) },
      { group: 'b', terms: new Map([['甲', 1], ['乙', 1], ['戊', 5], ['丙', 600], ['丁', 1], ['其他', 900]]) },
    ];
    const rows = keynessRows(mixed, 'g', 10);
    const a = { target: 761.5, ref: 1508 };
    for (const [term, inA, inB] of [['甲', 3, 1], ['乙', 3, 1], ['戊', 3, 5], ['丙', 700, 600], ['丁', 2.5, 1]] as const) {
      const row = rows.find((r) => r.group === 'a' && r.term === term)!;
      expect(row.g2).toBe(Math.round(signedG2(inA, inB, a.target, a.ref) * 1e4) / 1e4);
    }
    expect(rows.find((r) => r.group === 'b' && r.term === '乙')!.g2).toBe(Math.round(signedG2(1, 3, a.ref, a.target) * 1e4) / 1e4);
  });

  it('needs two groups', () => {
    expect(keynessRows(docs.slice(0, 2), 'year')).toEqual([]);
  });
});
