import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { ROOT } from './helpers.js';

describe('public API', () => {
  it('exposes the orchestrators and stages', () => {
    for (const name of ['analyzeCorpus', 'checkFiles', 'readDocument', 'tokenize', 'parseOutline', 'extractTopics', 'scoreThemes', 'kwic']) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('loads no native code on import (nodejieba only when a segmenter is asked for)', () => {
    const probe = `import('./dist/index.js').then(() => { const m = Object.keys(require.cache).filter((k) => k.includes('nodejieba')); console.log(JSON.stringify(m)); })`;
    const res = spawnSync(process.execPath, ['-e', probe], { cwd: ROOT, encoding: 'utf8' });
    expect(res.stdout.trim()).toBe('[]');
  });

  it('reads a seed with the one document model', async () => {
    const doc = await api.readDocument(`${ROOT}/corpus/003_b45dcb9941570f9a.txt`, `${ROOT}/corpus`);
    expect(doc.id).toBe('003_b45dcb9941570f9a');
    expect(api.parseOutline(doc).title).toBe('政协XX县委员会2020年工作要点');
  });
});
