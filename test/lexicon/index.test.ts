import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lexiconHashes, lexiconPath, loadStopwords, parseWordList } from '../../src/lexicon/index.js';
import { ROOT } from '../helpers.js';

const LEXICON = join(ROOT, 'src', 'lexicon');

describe('lexiconPath', () => {
  it('resolves to src/lexicon from the sources', () => {
    expect(lexiconPath('userdict.txt')).toBe(join(LEXICON, 'userdict.txt'));
    expect(existsSync(lexiconPath('stopwords.txt'))).toBe(true);
  });

  const compiled = join(ROOT, 'dist', 'lexicon', 'index.js');
  it.skipIf(!existsSync(compiled))('resolves to the same folder from dist/ (compiled)', async () => {
    const dist = (await import(pathToFileURL(compiled).href)) as { lexiconPath(name: string): string };
    expect(dist.lexiconPath('userdict.txt')).toBe(join(LEXICON, 'userdict.txt'));
  });
});

describe('parseWordList', () => {
  it('skips blank lines and # comments and trims', () => {
    expect(parseWordList('# header\n进一步\n\n  不断 \r\n#切实\n')).toEqual(['进一步', '不断']);
  });
});

describe('loadStopwords', () => {
  const stop = loadStopwords();

  it('holds jieba stop words and the genre function words, not the genre core nouns', () => {
    for (const w of ['的', '了', '我们', '进一步', '不断', '切实', '积极', '认真', '加强', '推进', '亿元', '一批', '各位代表']) {
      expect(stop.has(w), w).toBe(true);
    }
    for (const w of ['发展', '建设', '工作', '改革', '协商', '政协', '民主监督', '#']) expect(stop.has(w), w).toBe(false);
    expect([...stop].filter((w) => w.startsWith('#') || w.trim() !== w || w === '')).toEqual([]);
  });

  it('is read once', () => {
    expect(loadStopwords()).toBe(stop);
  });
});

describe('lexiconHashes', () => {
  it('gives the sha256 of each lexicon file present, keyed by name in code-unit order', () => {
    const hashes = lexiconHashes();
    const present = ['quantities.json', 'stopwords.txt', 'themes.json', 'topic-tagger.json', 'userdict.txt'].filter((f) => readdirSync(LEXICON).includes(f));
    expect(Object.keys(hashes)).toEqual(present);
    for (const f of present) {
      expect(hashes[f]).toBe(createHash('sha256').update(readFileSync(join(LEXICON, f))).digest('hex'));
      expect(hashes[f]).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
