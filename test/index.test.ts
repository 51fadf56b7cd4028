import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { ROOT } from './helpers.js';
import { JIEBA_PROBE } from './cli/jieba-probe.js';

describe('public API', () => {
  it('exposes the orchestrators and stages', () => {
    for (const name of ['analyzeCorpus', 'checkFiles', 'checkDocument', 'compileRuleSet', 'readDocument', 'tokenize', 'parseOutline', 'extractTopics', 'scoreThemes', 'kwic', 'topicFamilies', 'topicTables', 'duplicatesOf', 'codebook']) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('exposes the error a usage problem throws, to be told apart by type', async () => {
    const thrown = await api.checkFiles(['no-such-draft.txt']).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(api.UsageError);
    expect((thrown as Error).message).toMatch(/no-such-draft\.txt/);
  });

  it('exposes the numbering rules with their ids', () => {
    expect(api.NUMBERING_RULES.map((r) => r.id)).toEqual([
      'numbering/skip', 'numbering/repeat', 'numbering/restart', 'numbering/mixed-style', 'numbering/punctuation', 'numbering/half-width', 'numbering/level-jump',
    ]);
  });

  it('loads no native code on import (nodejieba only when a segmenter is asked for)', () => {
    const res = spawnSync(process.execPath, ['--import', JIEBA_PROBE, '-e', "import('./dist/index.js')"], { cwd: ROOT, encoding: 'utf8' });
    expect(res.stderr).toBe('PROBE 0\n');
    const loaded = spawnSync(process.execPath, ['--import', JIEBA_PROBE, '-e', "import('./dist/index.js').then((m) => m.loadJieba())"], { cwd: ROOT, encoding: 'utf8' });
    expect(loaded.stderr).not.toBe('PROBE 0\n');
  });

  it('reads a seed with the one document model', async () => {
    const doc = await api.readDocument(`${ROOT}/corpus/003_b45dcb9941570f9a.txt`, `${ROOT}/corpus`);
    expect(doc.id).toBe('003_b45dcb9941570f9a');
    expect(api.parseOutline(doc).title).toBe('政协XX县委员会2020年工作要点');
  });
});
