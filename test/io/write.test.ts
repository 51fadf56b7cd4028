import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFolderAtomic } from '../../src/io/write.js';

describe('writeFolderAtomic', () => {
  it('replaces the whole folder, leaving no temporary folder behind', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'wr-write-'));
    const out = join(parent, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.csv'), 'old');
    await writeFolderAtomic(out, new Map([['a.csv', 'x\n'], ['schema/b.json', '{}']]));
    expect(readdirSync(out).sort()).toEqual(['a.csv', 'schema']);
    expect(readFileSync(join(out, 'schema', 'b.json'), 'utf8')).toBe('{}');
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('leaves the previous output untouched when writing fails', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'wr-write-'));
    const out = join(parent, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.csv'), 'previous');
    // A name that cannot be created (a file and a folder of the same name) makes the write fail midway.
    const bad = new Map([['x', 'file'], ['x/y', 'inside a file']]);
    await expect(writeFolderAtomic(out, bad)).rejects.toThrow();
    expect(readFileSync(join(out, 'keep.csv'), 'utf8')).toBe('previous');
    expect(readdirSync(parent)).toEqual(['out']);
  });
});
