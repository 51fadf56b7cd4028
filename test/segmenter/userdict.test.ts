/**
 * `--userdict` changes the segmentation: in this process (loadJieba reloads nodejieba with the file), and in
 * every worker of an analyze run (each worker loads it).
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeCorpus, memoryOutput } from '../../src/analyze.js';
import { parseCsv } from '../../src/format/csv.js';
import { loadJieba } from '../../src/segmenter/jieba.js';

const dir = mkdtempSync(join(tmpdir(), 'wr-userdict-'));
const userdict = join(dir, 'user.txt');
writeFileSync(userdict, '新常态 20000 nz\n');

describe('--userdict', () => {
  afterAll(() => loadJieba()); // the built-in dictionaries again, for the tests that follow in this worker

  it('makes jieba keep a word whole that it cut before', () => {
    expect(loadJieba().cut('适应新常态')).toEqual(['适应', '新', '常态']);
    expect(loadJieba([], [userdict]).cut('适应新常态')).toEqual(['适应', '新常态']);
    expect(loadJieba().cut('适应新常态')).toEqual(['适应', '新', '常态']);
  });

  it('is loaded by every worker of analyze, and the stop words too', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    for (let i = 0; i < 4; i++) writeFileSync(join(corpus, `${i}.txt`), `主动适应经济发展新常态，继续努力。第${i}篇\n`);
    const stopwords = join(dir, 'stop.txt');
    writeFileSync(stopwords, '# 我的停用词\n经济\n');
    const run = async (extra: object) => {
      const out = memoryOutput();
      await analyzeCorpus({ dir: corpus, jobs: 2, ...extra }, out);
      return parseCsv(out.files().get('terms.csv')!).rows.map((r) => r.term);
    };
    const plain = await run({});
    expect(plain).toContain('常态');
    expect(plain).toContain('经济');
    const own = await run({ userdict, stopwords });
    expect(own.filter((t) => t === '新常态')).toHaveLength(4);
    expect(own).not.toContain('常态');
    expect(own).not.toContain('经济');
  });
});
