import { describe, expect, it } from 'vitest';
import { loadJieba } from '../../../src/segmenter/jieba.js';
import { COLLOCATION_THRESHOLDS, findCollocations, pairStatistics } from '../../../src/pipeline/formulations/collocations.js';
import type { TermCounts } from '../../../src/pipeline/per-document/count.js';
import { numberTerms } from '../../../src/pipeline/corpus/term-ids.js';
import { phraseCandidates } from '../../../src/pipeline/formulations/phrase-candidates.js';
import { tokenize } from '../../../src/pipeline/per-document/tokenize.js';

const columns = (entries: Record<string, number>): TermCounts => ({ terms: Object.keys(entries), counts: Uint32Array.from(Object.values(entries)) });

describe('pairStatistics', () => {
  it('gives G² and λ of a 2×2 table exactly', () => {
    // n11 = 10, n12 = 10, n21 = 20, n22 = 960 (N = 1000): E11 = 20·30/1000 = 0.6, E12 = 19.4, E21 = 29.4, E22 = 950.6;
    // G² = 2(10 ln(10/0.6) + 10 ln(10/19.4) + 20 ln(20/29.4) + 960 ln(960/950.6)); λ = ln(10.5·960.5 / (10.5·20.5)).
    const { g2, lambda } = pairStatistics(10, 20, 30, 1000);
    expect(g2).toBeCloseTo(46.496605783457966, 10);
    expect(lambda).toBeCloseTo(Math.log(960.5 / 20.5), 12);
    expect(lambda).toBeCloseTo(3.8470290960642486, 12);
  });

  it('is negative when the pair is rarer than chance', () => {
    expect(pairStatistics(1, 100, 100, 1000).g2).toBeLessThan(0);
  });
});

describe('findCollocations', () => {
  // Ten documents. Each has 新 常态 twice, 新 质 生产力 once (with its pairs 新 质 and 质 生产力), and the 100
  // combinations of ten first and ten second words once each (compositional: each first word goes with every
  // second word). Five of them quote “多规合一” three times and write 互联网+ once.
  const filler: Record<string, number> = {};
  for (let a = 0; a < 10; a++) for (let b = 0; b < 10; b++) filler[`甲${a} 乙${b}`] = 1;
  const docs = Array.from({ length: 10 }, (_, i) => columns({
    '新 常态': 2, '新 质': 1, '质 生产力': 1, '新 质 生产力': 1, ...filler, ...(i < 5 ? { '“多规合一”': 3, '互联网+': 1, '‘放管服’': 1 } : {}), ...(i < 6 ? { '“新常态”': 2 } : {}),
  }));
  const pairs = 10 * (2 + 1 + 1 + 100);

  it('accepts adjacent words far above chance and quoted phrases; drops pairs inside an accepted triple; lists a phrase once', () => {
    const rows = findCollocations(docs).map((c) => c.row);
    // 新 begins 30 pairs, 常态 ends 20; the triple's head 新 质 occurs 10 times, 生产力 ends 10 pairs.
    const newNormal = pairStatistics(20, 30, 20, pairs);
    const triple = pairStatistics(10, 10, 10, pairs);
    expect(newNormal.g2).toBeGreaterThan(triple.g2);
    expect(rows).toEqual([
      { phrase: '新常态', kind: 'ngram', tokens: '新 常态', count: 20, documents: 10, g2: round(newNormal.g2), lambda: round(newNormal.lambda) },
      { phrase: '新质生产力', kind: 'ngram', tokens: '新 质 生产力', count: 10, documents: 10, g2: round(triple.g2), lambda: round(triple.lambda) },
      { phrase: '多规合一', kind: 'quoted', tokens: '多规合一', count: 15, documents: 5, g2: null, lambda: null },
    ]);
    // The filler pairs: n11 = 10, n12 = n21 = 90 of 1040, λ = ln(10.5·850.5 / 90.5²) ≈ 0.09, below 3.
    expect(pairStatistics(10, 100, 100, pairs).lambda).toBeLessThan(COLLOCATION_THRESHOLDS.minLambda);
  });

  it('gives each collocation the number of its key among the candidates, and the same when given those numbers', () => {
    const numbered = numberTerms(docs);
    const found = findCollocations(docs);
    expect(found.map((c) => numbered.terms[c.id!])).toEqual(['新 常态', '新 质 生产力', '“多规合一”']);
    expect(findCollocations(docs, COLLOCATION_THRESHOLDS, numbered)).toEqual(found);
  });

  it('keeps A+ once it is frequent enough (5 occurrences: below minCount 10, kept with 4)', () => {
    const rows = findCollocations(docs, { ...COLLOCATION_THRESHOLDS, minCount: 4 }).map((c) => c.row);
    expect(rows.find((r) => r.kind === 'plus')).toEqual({ phrase: '互联网+', kind: 'plus', tokens: '互联网+', count: 5, documents: 5, g2: null, lambda: null });
  });
});

const round = (x: number) => Math.round(x * 10_000) / 10_000;

describe('phraseCandidates', () => {
  const jieba = loadJieba();
  it('counts adjacent content words, three-word runs with a single character, quotes and A+', () => {
    const text = '适应经济新常态，推进“多规合一”改革，实施互联网+行动，培育新质生产力。多规合一';
    const { terms, counts } = phraseCandidates(text, tokenize(text, jieba), new Set(['推进', '实施']));
    const got = Object.fromEntries(terms.map((t, i) => [t, counts[i]]));
    expect(got['新 常态']).toBe(1);
    expect(got['新 质 生产力']).toBe(1);
    expect(got['互联网+']).toBe(1);
    expect(got['“多规合一”']).toBe(2); // quoted once, written twice (jieba: 多/规/合一)
    expect(got['‘改革’']).toBeUndefined(); // not quoted
    const whole = phraseCandidates('“放管服”改革', tokenize('“放管服”改革', jieba), new Set());
    expect(whole.terms).toEqual(['‘放管服’']); // one word quoted: evidence only; the quote mark parts it from 改革
    expect(Object.keys(got).some((k) => k.includes('推进') || k.includes('，'))).toBe(false);
  });
});
