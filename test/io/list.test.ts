import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths, InputError, listFiles } from '../../src/io/list.js';

describe('listFiles', () => {
  it('walks folders recursively in code-unit order, skipping hidden entries, node_modules and README.md', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-list-'));
    for (const f of ['b.txt', 'a.md', 'README.md', 'notes.csv', '.hidden.txt', '云南省/2003.md', 'Z/x.docx', 'node_modules/m.txt', '.git/h.txt']) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), '');
    }
    const found = (await listFiles(dir, ['txt', 'md', 'docx'])).map((p) => relative(dir, p));
    expect(found).toEqual(['Z/x.docx', 'a.md', 'b.txt', '云南省/2003.md']);
    expect((await listFiles(dir, ['txt'])).map((p) => relative(dir, p))).toEqual(['b.txt']);
  });

  it('expandPaths keeps files as given and refuses missing paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-list-'));
    writeFileSync(join(dir, 'README.md'), '');
    expect(await expandPaths([join(dir, 'README.md')], ['md'])).toEqual({ files: [join(dir, 'README.md')], skipped: [] });
    await expect(expandPaths([join(dir, 'nope.txt')], ['txt'])).rejects.toThrow(InputError);
  });
});
