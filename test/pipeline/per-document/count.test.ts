import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/io/read.js';
import { loadStopwords } from '../../../src/lexicon/index.js';
import { countDocument, countTerms, documentTerms, sortedTermCounts, wordCounts } from '../../../src/pipeline/per-document/count.js';
import { tokenize, type Segmenter, type Tokens } from '../../../src/pipeline/per-document/tokenize.js';
import { tokenColumns, tokenList } from '../../../src/pipeline/per-document/tokens.js';
import { loadJieba } from '../../../src/segmenter/jieba.js';
import { CORPUS } from '../../helpers.js';

/** Keeps each Han piece whole, so the expected words can be read off the text by eye. */
const whole: Segmenter = { cut: (text) => [text] };
const NONE = tokenColumns([]);

describe('countDocument on a hand-made text', () => {
  // line 1: 6 chars (5 Han), a heading without a full stop → 1 sentence
  // line 2: 21 chars (12 Han), 。 and the run ！？ → 2 sentences
  // line 3: two spaces only → not a paragraph, 2 chars
  // line 4: 10 chars (4 Han), 。 then content (GDP) after the closing quote → 2 sentences
  const text = '一、协商议政\n\n县政协召开X次会议，增长3.5%。真好！？\n  \n“开展调研。”GDP';
  const tokens = tokenize(text, whole);

  it('counts chars, Han chars, words, types, sentences and paragraphs', () => {
    expect(countDocument(text, tokens)).toEqual({ chars: 39, han_chars: 21, words: 10, types: 8, sentences: 5, paragraphs: 3 });
  });

  it('counts words as every token but punctuation and space, types as distinct Han and Latin words', () => {
    const words = tokenList(tokens).filter((t) => t.kind !== 'punct' && t.kind !== 'space').map((t) => t.text);
    expect(words).toEqual(['一', '协商议政', '县政协召开', 'X', '次会议', '增长', '3.5%', '真好', '开展调研', 'GDP']);
  });

  it('counts repeated words once as types and leaves numbers and placeholders out of types', () => {
    const t = '协商协商 2023 XX';
    expect(countDocument(t, tokenize(t, { cut: () => ['协商', '协商'] }))).toMatchObject({ words: 4, types: 1 });
  });

  it('takes types and terms from one wordCounts map when it is passed in (as analyze does)', () => {
    const t = '的协商GDP，协商的监督';
    const cuts: Record<string, string[]> = { 的协商: ['的', '协商'], 协商的监督: ['协商', '的', '监督'] };
    const toks = tokenize(t, { cut: (s) => s.split('\n').flatMap((piece) => cuts[piece] ?? [piece]) });
    const words = wordCounts(toks);
    expect([...words]).toEqual([['的', 2], ['协商', 2], ['GDP', 1], ['监督', 1]]);
    expect(countDocument(t, toks, words)).toEqual(countDocument(t, toks));
    expect(countDocument(t, toks, words).types).toBe(4);
    expect([...countTerms(toks, new Set(['监督']), words)]).toEqual([['协商', 2], ['GDP', 1]]);
    expect(countTerms(toks, new Set(['监督']), words)).toEqual(countTerms(toks, new Set(['监督'])));
  });

  it('counts a character outside the BMP once and ignores CR and LF', () => {
    const t = '𠀀年\r\n。。\n';
    expect(countDocument(t, tokenize(t, whole))).toEqual({ chars: 4, han_chars: 2, words: 1, types: 1, sentences: 1, paragraphs: 2 });
  });

  it('counts Han code points exactly as /\\p{Script=Han}/gu does: 〇 々 㐀 豈 and supplementary ideographs, not lone surrogates', () => {
    const t = '〇々㐀豈𪚥𠀀\uD840x\uDC00あ，';
    expect(countDocument(t, NONE).han_chars).toBe(t.match(/\p{Script=Han}/gu)!.length);
    expect(countDocument(t, NONE).han_chars).toBe(6);
  });

  it('gives zeros for an empty text', () => {
    expect(countDocument('', NONE)).toEqual({ chars: 0, han_chars: 0, words: 0, types: 0, sentences: 0, paragraphs: 0 });
  });
});

/** The same counts by other means: code points by spreading, Han by a per-character test, sentences by splitting. */
function independentCounts(text: string): { chars: number; han_chars: number; sentences: number; paragraphs: number } {
  const cps = [...text];
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const sentences = lines
    .flatMap((l) => l.replace(/[。！？!?]+/g, '\u0000').split('\u0000'))
    .filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
  return {
    chars: cps.filter((c) => c !== '\n' && c !== '\r').length,
    han_chars: cps.filter((c) => /\p{Script=Han}/u.test(c)).length,
    sentences,
    paragraphs: lines.length,
  };
}

describe('countDocument on the seeds (nodejieba)', () => {
  const seeds = new Map<string, { text: string; tokens: Tokens }>();
  beforeAll(async () => {
    const jieba = loadJieba();
    for (const file of ['000_178bb20f8e3f1132.txt', '002_ff152d5763ca33a0.txt', '003_b45dcb9941570f9a.txt']) {
      const doc = await readDocument(join(CORPUS, file), CORPUS);
      seeds.set(file.slice(0, 3), { text: doc.text, tokens: tokenize(doc.text, jieba) });
    }
  }, 60_000);

  // 000: 29 sentence marks + 3 headings (一、二、三、) without one = 32 sentences in 12 paragraphs.
  // 002: 83 sentence marks + 10 lines without one = 93 sentences in 30 paragraphs.
  it.each([
    ['000', { chars: 2147, han_chars: 1869, words: 882, types: 442, sentences: 32, paragraphs: 12 }],
    ['002', { chars: 5500, han_chars: 4836, words: 2311, types: 903, sentences: 93, paragraphs: 30 }],
    ['003', { chars: 2901, han_chars: 2574, words: 1181, types: 576, sentences: 65, paragraphs: 23 }],
  ])('%s: exact counts', (seed, expected) => {
    const { text, tokens } = seeds.get(seed)!;
    const counts = countDocument(text, tokens);
    expect(counts).toEqual(expected);
    expect(counts).toMatchObject(independentCounts(text));
    const punctOrSpace = tokenList(tokens).filter((t) => t.kind === 'punct' || t.kind === 'space').length;
    expect(counts.words).toBe(tokens.length - punctOrSpace);
  });
});

describe('countTerms', () => {
  const stop = new Set(['进一步', '加强']);

  it('counts Han and Latin words of two or more characters that are not stop words', () => {
    const text = '进一步加强政协工作，政协工作XX次，GDP增长3.5%的';
    const cut: Segmenter = { cut: () => ['进一步', '加强', '政协工作', '政协工作', '次', '增长', '的'] };
    expect([...countTerms(tokenize(text, cut), stop)]).toEqual([['政协工作', 2], ['GDP', 1], ['增长', 1]]);
  });

  it('leaves out a single character outside the BMP too, and keeps a two-character word made of one', () => {
    const text = '𠀀𠀀𠀀';
    expect([...countTerms(tokenize(text, { cut: () => ['𠀀', '𠀀𠀀'] }), stop)]).toEqual([['𠀀𠀀', 1]]);
  });

  it("leaves out English function words of a report's English title, and keeps its other Latin words", () => {
    const text = '政协工作报告 Report on the Work of the Standing Committee of the CPPCC';
    expect([...countTerms(tokenize(text, whole), loadStopwords()).keys()]).toEqual(['政协工作报告', 'Report', 'Work', 'Standing', 'Committee', 'CPPCC']);
  });

  it('on a real seed: no stop word, no single character, and 民主监督 counted as its tokens', async () => {
    const doc = await readDocument(join(CORPUS, '003_b45dcb9941570f9a.txt'), CORPUS);
    const tokens = tokenize(doc.text, loadJieba());
    const stopwords = loadStopwords();
    const terms = countTerms(tokens, stopwords);
    expect([...terms.keys()].filter((t) => stopwords.has(t) || [...t].length < 2)).toEqual([]);
    expect(terms.get('民主监督')).toBe(8);
    expect(terms.has('进一步')).toBe(false);
    expect(terms.has('的')).toBe(false);
    expect(tokens.types.includes('进一步')).toBe(true);
  }, 60_000);
});

describe('sortedTermCounts', () => {
  it('orders by count, then term in code-unit order (a supplementary character before ｆ, B before a)', () => {
    const sorted = sortedTermCounts(new Map([['ｆ协商', 2], ['政协', 5], ['a委员', 2], ['B委员', 2], ['𠀀村', 2], ['提案', 1]]));
    expect(sorted.terms).toEqual(['政协', 'B委员', 'a委员', '𠀀村', 'ｆ协商', '提案']);
    expect(Array.from(sorted.counts)).toEqual([5, 2, 2, 2, 2, 1]);
  });

  it('orders terms that share their first code units, and prefixes of each other, as sort() does', () => {
    const terms = ['政协委员', '政协', '政', '', '\0', '政协委', '政治', '𠀀', '𠀁村', '𠀀村', 'ab', 'a', '协商', '政协会议'];
    const sorted = sortedTermCounts(new Map(terms.map((t) => [t, 1])));
    expect(sorted.terms).toEqual(['', '\0', 'a', 'ab', '协商', '政', '政协', '政协会议', '政协委', '政协委员', '政治', '𠀀', '𠀀村', '𠀁村']);
    expect(sorted.terms).toEqual([...terms].sort());
  });
});

describe('documentTerms', () => {
  const composed = (tokens: Tokens, stop: ReadonlySet<string>) => {
    const words = wordCounts(tokens);
    return { types: words.size, terms: sortedTermCounts(countTerms(tokens, stop, words)) };
  };

  it('gives the types and sorted terms of wordCounts, countTerms and sortedTermCounts, counts of 256 and more too', () => {
    const text = `${'协商，'.repeat(300)}${'政协，'.repeat(300)}${'委员，'.repeat(256)}${'提案，'.repeat(255)}的的，𠀀，GDP，A，2023，XX`;
    const tokens = tokenize(text, { cut: (t) => t.split('\n') });
    const got = documentTerms(tokens, new Set(['的的']));
    expect(got).toEqual(composed(tokens, new Set(['的的'])));
    expect(got.types).toBe(8);
    expect(got.terms.terms).toEqual(['协商', '政协', '委员', '提案', 'GDP']);
    expect(Array.from(got.terms.counts)).toEqual([300, 300, 256, 255, 1]);
  });

  it('agrees with them on the sample documents cut by nodejieba', async () => {
    const jieba = loadJieba();
    const stop = loadStopwords();
    for (const file of ['000_178bb20f8e3f1132.txt', '003_b45dcb9941570f9a.txt']) {
      const doc = await readDocument(join(CORPUS, file), CORPUS);
      const tokens = tokenize(doc.text, jieba);
      expect(documentTerms(tokens, stop), file).toEqual(composed(tokens, stop));
    }
  });
});
