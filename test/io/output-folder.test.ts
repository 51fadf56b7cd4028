import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOutputFolder } from '../../src/io/output-folder.js';

const setup = () => {
  const parent = mkdtempSync(join(tmpdir(), 'wr-outdir-'));
  const out = join(parent, 'out');
  mkdirSync(out);
  writeFileSync(join(out, 'keep.csv'), 'previous');
  return { parent, out };
};

describe('openOutputFolder', () => {
  it('appends chunks in a temporary sibling folder and shows nothing at --out until commit', async () => {
    const { parent, out } = setup();
    const folder = await openOutputFolder(out);
    await folder.append('terms.csv', 'doc_id,term\n');
    await folder.append('schema/a.json', '{}');
    await folder.append('terms.csv', 'a,政协\n');
    await folder.append('terms.csv', 'b,协商\n');
    expect(readdirSync(out)).toEqual(['keep.csv']);
    expect(readdirSync(parent).sort()).toEqual([`.out.tmp-${process.pid}`, 'out']);
    await folder.commit();
    // The previous output is replaced as a whole: keep.csv is gone.
    expect(readdirSync(out).sort()).toEqual(['schema', 'terms.csv']);
    expect(readFileSync(join(out, 'terms.csv'), 'utf8')).toBe('doc_id,term\na,政协\nb,协商\n');
    expect(readFileSync(join(out, 'schema', 'a.json'), 'utf8')).toBe('{}');
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('discard removes the temporary folder and leaves the previous output untouched', async () => {
    const { parent, out } = setup();
    const folder = await openOutputFolder(out);
    await folder.append('keep.csv', 'half-written');
    await folder.discard();
    expect(readFileSync(join(out, 'keep.csv'), 'utf8')).toBe('previous');
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('removes the temporary folder a killed run left behind, but not one of a running process', async () => {
    const { parent, out } = setup();
    // pid 2^22 + 1 is above Linux's pid_max, so no process has it; the parent process (vitest) is running.
    const dead = join(parent, `.out.tmp-${2 ** 22 + 1}`);
    const alive = join(parent, `.out.tmp-${process.ppid}`);
    for (const d of [dead, alive]) mkdirSync(d);
    const folder = await openOutputFolder(out);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(alive)).toBe(true);
    await folder.discard();
  });

  it('makes missing parent folders, and fails with ENOENT (instead of hanging) under /proc', async () => {
    const { parent } = setup();
    const folder = await openOutputFolder(join(parent, 'a', 'b', 'out'));
    await folder.append('x.csv', 'x\n');
    await folder.commit();
    expect(readFileSync(join(parent, 'a', 'b', 'out', 'x.csv'), 'utf8')).toBe('x\n');
    if (existsSync('/proc/self')) await expect(openOutputFolder('/proc/workreport-nope/out')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
