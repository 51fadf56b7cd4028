import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument, readDocumentHere, readLimited, readLimitedSync, ReadRefusal } from '../../src/io/read.js';
import { CORPUS, SEED_FILES } from '../helpers.js';

describe('readLimited and readLimitedSync', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wr-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Larger than one 64K read, with a multi-byte character across the 64K boundary.
  const big = join(dir, 'big.txt');
  writeFileSync(big, '政协'.repeat(30_000) + 'x');
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const folder = join(dir, 'sub');
  mkdirSync(folder);

  it('read every byte of a file, the same both ways', async () => {
    const want = readFileSync(big);
    expect(Buffer.from(readLimitedSync(big, 1 << 20)).equals(want)).toBe(true);
    expect(Buffer.from(await readLimited(big, 1 << 20)).equals(want)).toBe(true);
    expect(readLimitedSync(empty, 10).byteLength).toBe(0);
  });

  it.skipIf(process.platform !== 'linux')('read on past the size the file had when opened (a /proc file says 0)', () => {
    const [cmdline, environ] = ['/proc/self/cmdline', '/proc/self/environ'].map((f) => readFileSync(f));
    expect(cmdline!.length).toBeGreaterThan(1);
    const first = readLimitedSync('/proc/self/cmdline', 1 << 20);
    const second = readLimitedSync('/proc/self/environ', 1 << 20); // read through the same scratch buffer
    expect(Buffer.from(first).equals(cmdline!)).toBe(true);
    expect(Buffer.from(second).equals(environ!)).toBe(true);
  });

  it('refuse a file over the limit and a folder before reading', async () => {
    expect(() => readLimitedSync(big, 1000)).toThrow(ReadRefusal);
    await expect(readLimited(big, 1000)).rejects.toThrow(ReadRefusal);
    expect(() => readLimitedSync(folder, 1000)).toThrow(ReadRefusal);
    expect(() => readLimitedSync(join(dir, 'missing.txt'), 1000)).toThrow(/ENOENT/);
  });
});

describe('readDocumentHere', () => {
  it('makes the document readDocument makes, and refuses what it refuses', async () => {
    const file = join(CORPUS, SEED_FILES[0]);
    const here = await readDocumentHere(file, CORPUS, undefined, { id: 'a' });
    expect(here).toEqual(await readDocument(file, CORPUS, undefined, { id: 'a' }));
    expect(here.text.length).toBe(readFileSync(file, 'utf8').length);
    await expect(readDocumentHere(file, CORPUS, undefined, { maxFileBytes: 1000 })).rejects.toThrow(ReadRefusal);
    await expect(readDocument(file, CORPUS, undefined, { maxFileBytes: 1000 })).rejects.toThrow(ReadRefusal);
  });
});
