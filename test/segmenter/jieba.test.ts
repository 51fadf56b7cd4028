import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconPath } from '../../src/lexicon/index.js';
import { loadJieba, releaseJieba } from '../../src/segmenter/jieba.js';
import { ROOT } from '../helpers.js';

const lines = readFileSync(lexiconPath('userdict.txt'), 'utf8').split('\n').filter((l) => l !== '');
const terms = lines.map((l) => l.split(' ')[0]!);

describe('src/lexicon/userdict.txt', () => {
  it('has at least 300 unique terms, one per line as `term 20000 nz` (cppjieba reads no comments)', () => {
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms.length).toBeGreaterThanOrEqual(300);
    expect(lines.filter((l) => !/^\p{Script=Han}+ 20000 nz$/u.test(l))).toEqual([]);
  });

  it('is sorted in code-unit order', () => {
    expect(terms).toEqual([...terms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('contains the terms named in the backbone issue', () => {
    const named = ['专题协商', '社情民意', '提案办理', '委员履职', '民主监督', '协商议政', '乡村振兴', '营商环境', '全域旅游',
      '资政会', '调研视察', '界别协商', '对口协商', '提案办理协商', '双月协商', '放管服', '脱贫攻坚', '精准扶贫', '疫情防控'];
    expect(named.filter((t) => !terms.includes(t))).toEqual([]);
  });
});

describe('loadJieba', () => {
  const jieba = loadJieba();

  it('returns the same segmenter on every call', () => {
    expect(loadJieba()).toBe(jieba);
    expect(loadJieba(['议政性常委会'])).toBe(jieba);
  });

  it('keeps every user-dictionary term whole', () => {
    expect(terms.filter((t) => jieba.cut(t).join('|') !== t)).toEqual([]);
  });

  it('keeps them whole in running text', () => {
    expect(jieba.cut('广泛反映社情民意')).toEqual(['广泛', '反映', '社情民意']);
    expect(jieba.cut('开展提案办理协商和专题协商')).toEqual(['开展', '提案办理协商', '和', '专题协商']);
    expect(jieba.cut('为委员履职创造条件')).toEqual(['为', '委员履职', '创造条件']);
  });

  it('does not break common words that touch a listed term', () => {
    expect(jieba.cut('保持经济平稳增长')).toEqual(['保持', '经济', '平稳', '增长']);
    expect(jieba.cut('自治区政协各位委员')).toEqual(['自治区政协', '各位', '委员']);
    expect(jieba.cut('发展云计算和区块链')).toEqual(['发展', '云计算', '和', '区块链']);
    expect(jieba.cut('建设污水处理厂')).toEqual(['建设', '污水处理厂']);
  });

  it('returns every genre stop word (section 2 of stopwords.txt) as one word, so the list can match it', () => {
    const text = readFileSync(lexiconPath('stopwords.txt'), 'utf8');
    const genre = text.slice(text.indexOf('# --- 2.'), text.indexOf('# --- 3.')).split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(genre.length).toBeGreaterThan(100);
    expect(genre.filter((w) => jieba.cut(w).join('|') !== w)).toEqual([]);
  });

  it('adds extra words that were not whole, and leaves words it already has alone', () => {
    expect(jieba.cut('议政性常委会')).toEqual(['议政性常委会']); // inserted by the call above
    loadJieba(['铁路', '党组织', '中小学']);
    expect(jieba.cut('修建铁路')).toEqual(['修建', '铁路']);
    expect(jieba.cut('基层党组织和中小学')).toEqual(['基层党组织', '和', '中小学']);
  });
});

describe('nodejieba is imported only by src/segmenter/jieba.ts', () => {
  it('appears in no other source file', () => {
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts') && /['"]nodejieba['"]/.test(readFileSync(p, 'utf8'))) found.push(p.slice(ROOT.length + 1));
      }
    };
    walk(join(ROOT, 'src'));
    expect(found).toEqual(['src/segmenter/jieba.ts']);
  });
});

describe('src/segmenter/idf-stub.utf8', () => {
  it('is the one valid `word idf` line nodejieba needs in place of its 6 MB IDF table (a missing file aborts the load)', () => {
    expect(readFileSync(join(ROOT, 'src', 'segmenter', 'idf-stub.utf8'), 'utf8')).toBe('的 1\n');
    expect(loadJieba().cut('坚持以习近平新时代中国特色社会主义思想为指导')).toEqual(['坚持', '以', '习近平新时代中国特色社会主义思想', '为', '指导']);
  });
});

describe('releaseJieba', () => {
  it('frees the dictionaries with a one-word stand-in, and the next loadJieba loads them again', () => {
    expect(readFileSync(join(ROOT, 'src', 'segmenter', 'dict-stub.utf8'), 'utf8')).toBe('的 1 uj\n');
    const sentence = '坚持以习近平新时代中国特色社会主义思想为指导';
    const before = loadJieba().cut(sentence);
    releaseJieba();
    expect(loadJieba().cut(sentence)).toEqual(before);
    releaseJieba();
    releaseJieba(); // nothing loaded: nothing to do
  });
});
