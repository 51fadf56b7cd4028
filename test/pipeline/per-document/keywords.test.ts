import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/io/read.js';
import { numberTerms } from '../../../src/pipeline/corpus/term-ids.js';
import { loadStopwords } from '../../../src/lexicon/index.js';
import { countTerms, sortedTermCounts } from '../../../src/pipeline/per-document/count.js';
import { documentFrequency, keywordsByTfidf, tfidfScores, type TermDoc } from '../../../src/pipeline/per-document/keywords.js';
import { tokenize } from '../../../src/pipeline/per-document/tokenize.js';
import { loadJieba } from '../../../src/segmenter/jieba.js';
import { CORPUS, SEED_FILES } from '../../helpers.js';

const doc = (id: string, terms: Record<string, number>): TermDoc => ({ id, terms: new Map(Object.entries(terms)) });

/**
 * N = 3. df: 协商 2, 监督 2, 提案 2, 视察 1, 政协 3.
 * idf: ln(3/2) = 0.405465 for 协商/监督/提案, ln 3 = 1.098612 for 视察, ln 1 = 0 for 政协.
 * d1 (total 5): 协商 3/5 × 0.405465 = 0.243279, 监督 1/5 × 0.405465 = 0.081093, 政协 0
 * d2 (total 4): 协商 1/4 × 0.405465 = 0.101366, 提案 2/4 × 0.405465 = 0.202733, 政协 0
 * d3 (total 8): 监督 and 提案 1/8 × 0.405465 = 0.050683 (a tie), 视察 2/8 × 1.098612 = 0.274653, 政协 0
 */
const corpus = [
  doc('d1', { 协商: 3, 监督: 1, 政协: 1 }),
  doc('d2', { 协商: 1, 提案: 2, 政协: 1 }),
  doc('d3', { 监督: 1, 提案: 1, 视察: 2, 政协: 4 }),
];

describe('tfidfScores', () => {
  it('scores by relative frequency × ln(N / df), as computed by hand', () => {
    const s = tfidfScores(corpus);
    const expected: Array<[string, string, number]> = [
      ['d1', '协商', 0.243279], ['d1', '监督', 0.081093], ['d1', '政协', 0],
      ['d2', '协商', 0.101366], ['d2', '提案', 0.202733], ['d2', '政协', 0],
      ['d3', '监督', 0.050683], ['d3', '提案', 0.050683], ['d3', '视察', 0.274653], ['d3', '政协', 0],
    ];
    for (const [id, term, score] of expected) expect(s.get(id)!.get(term)).toBeCloseTo(score, 6);
  });

  it('uses idf = 1 in a corpus of one document', () => {
    expect([...tfidfScores([doc('only', { 协商: 3, 监督: 1 })]).get('only')!]).toEqual([['协商', 0.75], ['监督', 0.25]]);
  });
});

describe('keywordsByTfidf', () => {
  it('ranks by score, breaks ties by term, and never lists a term found in every document', () => {
    expect(keywordsByTfidf(corpus)).toEqual(
      new Map([
        ['d1', ['协商', '监督']],
        ['d2', ['提案', '协商']],
        ['d3', ['视察', '提案', '监督']], // 提案 (U+63D0) before 监督 (U+76D1) on their tie
      ]),
    );
  });

  it('passes over terms that only count or order (第十二届, 十九, 一次, 五年), which stay scored; a plan (十四五) is kept', () => {
    const sessions = [
      doc('a', { 第十二届: 5, 十九: 4, 一次: 3, 五年: 3, 专题协商: 1, 政协: 1 }),
      doc('b', { 第十三届: 5, 二十: 4, 民主监督: 1, 十四五: 1, 政协: 1 }),
    ];
    expect(keywordsByTfidf(sessions)).toEqual(new Map([['a', ['专题协商']], ['b', ['十四五', '民主监督']]]));
    expect(tfidfScores(sessions).get('a')!.get('第十二届')).toBeGreaterThan(0);
  });

  it('keeps the `top` best and gives [] for top = 0', () => {
    expect(keywordsByTfidf(corpus, 2).get('d3')).toEqual(['视察', '提案']);
    expect(keywordsByTfidf(corpus, 1).get('d1')).toEqual(['协商']);
    expect(keywordsByTfidf(corpus, 0).get('d1')).toEqual([]);
  });

  it('gives the same keywords from term-count columns (what analyze passes) as from maps', () => {
    const columns = corpus.map((d) => ({ id: d.id, terms: sortedTermCounts(d.terms as Map<string, number>) }));
    expect(keywordsByTfidf(columns)).toEqual(keywordsByTfidf(corpus));
    expect(keywordsByTfidf(columns).get('d3')).toEqual(['视察', '提案', '监督']);
    expect([...documentFrequency(columns)]).toEqual([...documentFrequency(corpus)]);
    // numbered by the caller once (as the corpus step does for corpus_terms.csv too): the same keywords
    expect(keywordsByTfidf(columns, 10, numberTerms(columns.map((d) => d.terms)))).toEqual(keywordsByTfidf(columns));
  });

  it('lists a document without terms with no keywords', () => {
    expect(keywordsByTfidf([...corpus, doc('empty', {})]).get('empty')).toEqual([]);
  });

  it('finds what sets each seed apart', async () => {
    const jieba = loadJieba();
    const stopwords = loadStopwords();
    const docs: TermDoc[] = [];
    for (const file of SEED_FILES) {
      const d = await readDocument(join(CORPUS, file), CORPUS);
      docs.push({ id: d.id, terms: countTerms(tokenize(d.text, jieba), stopwords) });
    }
    const k = keywordsByTfidf(docs, 5);
    expect(k.get('000_178bb20f8e3f1132')).toEqual(['专题资政会', '全域旅游', '召集人', '工作室', '连续']);
    expect(k.get('004_bbe205343de10782')).toEqual(['法治', '宪法', '班子成员', '法治思维', '依法']);
  }, 60_000);
});

describe('documentFrequency', () => {
  it('counts documents per term, sorted by term in code-unit order', () => {
    expect([...documentFrequency(corpus)]).toEqual([['协商', 2], ['提案', 2], ['政协', 3], ['监督', 2], ['视察', 1]]);
  });

  it('ignores zero counts', () => {
    expect([...documentFrequency([doc('a', { 协商: 0, 监督: 1 })])]).toEqual([['监督', 1]]);
  });
});
