import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOutputFolder } from '../../src/io/output-folder.js';
import { newRunId } from '../../src/io/output-place.js';

const setup = () => {
  const parent = mkdtempSync(join(tmpdir(), 'wr-outdir-'));
  const out = join(parent, 'out');
  mkdirSync(out);
  writeFileSync(join(out, 'summary.json'), 'previous');
  return { parent, out, state: join(parent, '.out.workreport') };
};

/** A run id of this machine whose process has ended: pid 2^22 + 1 is above Linux's pid_max. */
const deadRunId = () => newRunId().replace(/-\d+-([0-9a-f]{8})$/, `-${2 ** 22 + 1}-$1`);

describe('openOutputFolder', () => {
  it('writes a run folder beside --out, shows nothing until commit, then links --out to it', async () => {
    const { parent, out, state } = setup();
    const folder = await openOutputFolder(out);
    await folder.append('terms.csv', 'doc_id,term\n');
    await folder.append('schema/a.json', '{}');
    await folder.append('terms.csv', 'a,政协\n');
    await folder.append('terms.csv', 'b,协商\n');
    expect(readdirSync(out)).toEqual(['summary.json']);
    const run = readdirSync(state).filter((e) => e !== 'README.txt');
    expect(run).toHaveLength(1);
    expect(readFileSync(join(state, run[0]!, 'terms.csv'), 'utf8')).toBe('doc_id,term\na,政协\nb,协商\n');
    await folder.commit();
    // The previous output (a real folder, as the previous version wrote it) is replaced as a whole by a link.
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readlinkSync(out)).toBe(join('.out.workreport', run[0]!));
    expect(readdirSync(out).sort()).toEqual(['schema', 'terms.csv']);
    expect(readFileSync(join(out, 'terms.csv'), 'utf8')).toBe('doc_id,term\na,政协\nb,协商\n');
    expect(readFileSync(join(out, 'schema', 'a.json'), 'utf8')).toBe('{}');
    expect(readdirSync(parent).sort()).toEqual(['.out.workreport', 'out']);
    expect(readdirSync(state).sort()).toEqual(['README.txt', run[0]]);
    expect(readFileSync(join(state, 'README.txt'), 'utf8')).toMatch(/^workreport analyze: output runs\n.*--out out`: out is a link/);
  });

  it('replaces the run folder of the previous run on the next commit', async () => {
    const { parent, out, state } = setup();
    for (const text of ['one', 'two']) {
      const folder = await openOutputFolder(out);
      await folder.append('summary.json', text);
      await folder.commit();
    }
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe('two');
    expect(readdirSync(parent).sort()).toEqual(['.out.workreport', 'out']);
    expect(readdirSync(state).sort()).toEqual(['README.txt', readlinkSync(out).split('/')[1]]);
  });

  it('discard removes the run folder (and the state folder, holding nothing else) and leaves the previous output', async () => {
    const { parent, out } = setup();
    const folder = await openOutputFolder(out);
    await folder.append('summary.json', 'half-written');
    await folder.discard();
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe('previous');
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('removes the run folders of ended processes, but not those of running ones, of other machines or a user\'s', async () => {
    const { out, state } = setup();
    await (await openOutputFolder(out)).commit();
    const dead = deadRunId();
    const alive = newRunId().replace(/-\d+-/, `-${process.ppid}-`);
    const elsewhere = `other_machine-${2 ** 22 + 1}-0123abcd`;
    for (const d of [dead, alive, elsewhere, 'notes']) mkdirSync(join(state, d));
    const folder = await openOutputFolder(out);
    expect(existsSync(join(state, dead))).toBe(false);
    for (const d of [alive, elsewhere, 'notes']) expect(existsSync(join(state, d)), d).toBe(true);
    await folder.discard();
  });

  it('refuses a state folder it did not make (no marker), leaving its files', async () => {
    const { out, state } = setup();
    mkdirSync(state);
    writeFileSync(join(state, 'mine.txt'), 'x');
    await expect(openOutputFolder(out)).rejects.toThrow(
      `--out ${out}: ${state} is in the way: workreport needs that name beside the output folder, and what is there was not made by workreport; move it away, or use another --out`,
    );
    expect(readdirSync(state)).toEqual(['mine.txt']);
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
