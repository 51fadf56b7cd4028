import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/io/read.js';
import { tokenize, type Segmenter, type Token, type Tokens } from '../../../src/pipeline/per-document/tokenize.js';
import { tokenList } from '../../../src/pipeline/per-document/tokens.js';
import { loadJieba } from '../../../src/segmenter/jieba.js';
import { CORPUS, GOVREPORTS, HAS_GOVREPORTS, SEED_FILES } from '../../helpers.js';

/** Cuts every Han run into pieces of two characters; returns the "\n" separators as words of their own. */
const pairs: Segmenter = { cut: (text) => text.split(/(\n)/).flatMap((run) => run.match(/[\s\S]{1,2}/gu) ?? []) };

const show = (tokens: readonly Token[] | Tokens): string[] => ('offsets' in tokens ? tokenList(tokens) : tokens).map((t) => `${t.text}:${t.kind}`);

/** Tokens cover the text without gap or overlap, and each token's offsets slice back to its text. */
function expectExactCover(text: string, tokens: readonly Token[]): void {
  let pos = 0;
  for (const t of tokens) {
    if (t.start !== pos || text.slice(t.start, t.end) !== t.text) {
      expect.fail(`token ${JSON.stringify(t)} at offset ${pos}: text there is "${text.slice(t.start, t.end)}"`);
    }
    pos = t.end;
  }
  expect(pos).toBe(text.length);
}

describe('tokenize with a fake segmenter', () => {
  it.each([
    ['20XX年', ['20XX:placeholder', '年:word']],
    ['201X年', ['201X:placeholder', '年:word']],
    ['XX余项', ['XX:placeholder', '余项:word']],
    ['X县XXX', ['X:placeholder', '县:word', 'XXX:placeholder']],
    ['x人Ｘ次', ['x:placeholder', '人:word', 'Ｘ:placeholder', '次:word']],
    ['*次**县***', ['*:placeholder', '次:word', '**:placeholder', '县:word', '***:placeholder']],
    ['××乡□□村', ['××:placeholder', '乡:word', '□□:placeholder', '村:word']],
    ['某某同志', ['某某:placeholder', '同志:word']],
    ['○○镇', ['○○:placeholder', '镇:word']],
  ])('placeholder %s', (text, expected) => {
    expect(show(tokenize(text, pairs))).toEqual(expected);
  });

  it.each([
    ['2023年', ['2023:number', '年:word']],
    ['增长3.5%', ['增长:word', '3.5%:number']],
    ['1,000亿元', ['1,000:number', '亿元:word']],
    ['２０２３年', ['２０２３:number', '年:word']],
    ['二〇二三年', ['二〇二三:number', '年:word']],
    ['二○二三年', ['二○二三:number', '年:word']],
    ['一九九八年', ['一九九八:number', '年:word']],
    ['12.5‰', ['12.5‰:number']],
  ])('number %s', (text, expected) => {
    expect(show(tokenize(text, pairs))).toEqual(expected);
  });

  it.each([
    ['GDP增长', ['GDP:latin', '增长:word']],
    ['5G基站', ['5G:latin', '基站:word']],
    ['PM2.5浓度', ['PM2.5:latin', '浓度:word']],
    ['XXL', ['XXL:latin']],
    ['3x3篮球', ['3x3:latin', '篮球:word']],
  ])('latin %s', (text, expected) => {
    expect(show(tokenize(text, pairs))).toEqual(expected);
  });

  it('types spaces and punctuation, and keeps Chinese numerals that are words inside Han runs', () => {
    expect(show(tokenize('一、围绕 “十四五”\n（一）', pairs))).toEqual([
      '一:word', '、:punct', '围绕:word', ' :space', '“:punct', '十四:word', '五:word', '”:punct', '\n:space',
      '（:punct', '一:word', '）:punct',
    ]);
  });

  it('calls the segmenter once per text, with the Han pieces joined by newlines', () => {
    const calls: string[] = [];
    const spy: Segmenter = { cut: (text) => (calls.push(text), [...text]) };
    tokenize('2023年，县政协XX余项工作。', spy);
    expect(calls).toEqual(['年\n县政协\n余项工作']);
    tokenize('2023, GDP 3.5%', spy);
    expect(calls).toHaveLength(1);
  });

  it('accepts a segmenter that drops the separators or glues words across them', () => {
    const text = '协商议政，凝聚共识。2023年';
    const expected = show(tokenize(text, pairs));
    const dropping: Segmenter = { cut: (t) => pairs.cut(t).filter((w) => w !== '\n') };
    const gluing: Segmenter = { cut: (t) => [t] };
    expect(show(tokenize(text, dropping))).toEqual(expected);
    expect(show(tokenize(text, gluing))).toEqual(['协商议政:word', '，:punct', '凝聚共识:word', '。:punct', '2023:number', '年:word']);
  });

  it('refuses a segmenter whose words do not give back its input', () => {
    expect(() => tokenize('协商议政', { cut: () => ['协商', '议事'] })).toThrow(/"议事" at offset 2 where the text has "议政"/);
    expect(() => tokenize('协商议政', { cut: () => ['协商'] })).toThrow(/stops at offset 2/);
    expect(() => tokenize('协商', { cut: () => ['协商议政'] })).toThrow(/"协商议政" at offset 0/);
  });

  it('keeps offsets of characters outside the Basic Multilingual Plane', () => {
    const text = '𠀀年𝐀2023';
    const tokens = tokenList(tokenize(text, pairs));
    expectExactCover(text, tokens);
    expect(show(tokens)).toEqual(['𠀀年:word', '𝐀2023:latin']);
  });

  it.each([
    // A Han run going on outside the BMP, then 某某; an emoji between Han characters; mixed whitespace.
    ['年𠀀度某某', ['年𠀀:word', '度:word', '某某:placeholder']],
    ['会😀议\u3000\u00a0\t。', ['会:word', '😀:punct', '议:word', '\u3000\u00a0\t:space', '。:punct']],
    ['某年○', ['某年:word', '○:punct']],
    ['二〇二三年𠀀', ['二〇二三:number', '年𠀀:word']],
    ['ab，cd', ['ab:latin', '，:punct', 'cd:latin']],
  ])('scans %s as its regular expression does (runs and punctuation found by table)', (text, expected) => {
    expect(show(tokenize(text, pairs))).toEqual(expected);
  });

  it('grows its columns for a text with more tokens than expected (one per code unit)', () => {
    const text = '，1'.repeat(5000);
    const tokens = tokenize(text, pairs);
    expect(tokens.length).toBe(10_000);
    expect(tokens.offsets.length).toBe(10_001);
    expect(tokens.types).toEqual(['，', '1']);
    expectExactCover(text, tokenList(tokens));
  });

  it('gives each distinct text one type id, in order of first occurrence, over thousands of two-unit words', () => {
    // 6,000 distinct words of two code units (the table of them grows), high code units too, each written twice.
    const words = Array.from({ length: 6000 }, (_, i) => String.fromCharCode(0x4e00 + (i % 3000)) + String.fromCharCode(0x9fa0 - Math.floor(i / 3000) * 4000 + (i % 7)));
    const distinct = [...new Set(words)];
    const text = [...words, ...words].join('');
    const tokens = tokenize(text, { cut: (t) => t.split('\n').flatMap((piece) => piece.match(/[\s\S]{2}/g) ?? []) });
    expect(tokens.types).toEqual(distinct);
    const idOf = new Map(distinct.map((w, i) => [w, i]));
    expect(Array.from(tokens.ids)).toEqual([...words, ...words].map((w) => idOf.get(w)));
  });

  it('returns no tokens for an empty text', () => {
    expect(tokenList(tokenize('', pairs))).toEqual([]);
  });
});

describe('tokenize with nodejieba on the seeds', () => {
  const seeds = new Map<string, { text: string; tokens: Token[] }>();
  beforeAll(async () => {
    const jieba = loadJieba();
    for (const file of SEED_FILES) {
      const doc = await readDocument(join(CORPUS, file), CORPUS);
      seeds.set(file.slice(0, 3), { text: doc.text, tokens: tokenList(tokenize(doc.text, jieba)) });
    }
  }, 60_000);

  it('covers every seed exactly: offsets slice back to each token', () => {
    for (const { text, tokens } of seeds.values()) expectExactCover(text, tokens);
  });

  // Counts checked against the text: 000 has 专题协商 4 times, 3 of them in 专题协商会 (a listed meeting type);
  // 委员履职 is 委员/履职档案 once in 001 and 委员/履职尽责 once in 000 and 003 (both listed terms).
  it.each([
    ['000', '专题协商会', 3],
    ['000', '专题协商', 1],
    ['002', '专题协商', 2],
    ['001', '委员履职', 11],
    ['002', '委员履职', 5],
    ['000', '全域旅游', 4],
    ['003', '提案办理协商', 2],
    ['003', '民主监督', 8],
  ])('%s: %s comes out as one word, %i times', (seed, word, times) => {
    const { tokens } = seeds.get(seed)!;
    expect(tokens.filter((t) => t.text === word && t.kind === 'word')).toHaveLength(times);
  });

  it('gives the same tokens when the text is cut in parts of 40 code units as in one call', () => {
    const jieba = loadJieba();
    const calls: number[] = [];
    const counting: Segmenter = { cut: (t) => (calls.push(t.length), jieba.cut(t)) };
    for (const { text, tokens } of seeds.values()) {
      calls.length = 0;
      expect(tokenList(tokenize(text, counting, 40))).toEqual(tokens);
      expect(calls.length).toBeGreaterThan(text.length / 200);
    }
  });

  it('keeps every 社情民意 of every seed whole (alone, or in the listed name 社情民意信息)', () => {
    for (const { text, tokens } of seeds.values()) {
      const whole = tokens.filter((t) => t.text === '社情民意' || t.text === '社情民意信息');
      expect(whole).toHaveLength(text.split('社情民意').length - 1);
    }
    expect(seeds.get('002')!.tokens.filter((t) => t.text === '社情民意')).toHaveLength(6); // 11 in the text, 5 in 社情民意信息
  });

  it('keeps every 20XX of 000 whole, and XX余项 as XX + 余项', () => {
    const { text, tokens } = seeds.get('000')!;
    const years = tokens.filter((t) => t.text === '20XX');
    expect(years).toHaveLength(text.split('20XX').length - 1);
    expect(years.every((t) => t.kind === 'placeholder')).toBe(true);
    const i = tokens.findIndex((t) => t.text === 'XX' && tokens[tokens.indexOf(t) + 1]?.text === '余项');
    expect(show(tokens.slice(i, i + 2))).toEqual(['XX:placeholder', '余项:word']);
  });

  it('keeps 2023 in 002 as single number tokens', () => {
    const { text, tokens } = seeds.get('002')!;
    const years = tokens.filter((t) => t.text === '2023');
    expect(years.length).toBe(text.split('2023').length - 1);
    expect(years.every((t) => t.kind === 'number')).toBe(true);
    expect(tokens.some((t) => t.kind === 'number' && t.text.length < 4 && text.slice(t.start - 2, t.end + 2).includes('2023'))).toBe(false);
  });

  it('cuts numbers, placeholders and Latin words whole with the real segmenter too', () => {
    const text = '二〇二三年GDP增长3.5%，完成投资1,000亿元，XX余项、20XX年、某某县';
    expect(show(tokenize(text, loadJieba())).filter((s) => !s.endsWith(':word') && !s.endsWith(':punct'))).toEqual([
      '二〇二三:number', 'GDP:latin', '3.5%:number', '1,000:number', 'XX:placeholder', '20XX:placeholder', '某某:placeholder',
    ]);
  });
});

describe.skipIf(!HAS_GOVREPORTS)('tokenize on ../shared/govreports', () => {
  it('covers a few provincial reports exactly', () => {
    const jieba = loadJieba();
    const dir = join(GOVREPORTS, 'provinces', '山东省');
    for (const f of readdirSync(dir).sort().slice(-3)) {
      const text = readFileSync(join(dir, f), 'utf8');
      const tokens = tokenList(tokenize(text, jieba));
      expectExactCover(text, tokens);
      expect(tokens.filter((t) => t.kind === 'word').length).toBeGreaterThan(1000);
    }
  });
});
