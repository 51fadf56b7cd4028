/**
 * The output folder: replaced in one step or not at all, mended after a run killed mid-swap, refused when it is a
 * mount point or holds an input, and a full disk said in words.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { openOutputFolder } from '../../src/io/output-folder.js';
import { oldFolderOf, swapFolder } from '../../src/io/swap.js';
import { runCli } from '../cli/run.js';
import { IS_ROOT, makeTree, REPORT } from './tree.js';

/** A previous output (`out/summary.json` = "old") and a finished new one beside it. */
function setup() {
  const parent = makeTree({ 'out/summary.json': 'old', '.out.tmp-1/summary.json': 'new' });
  return { parent, out: join(parent, 'out'), tmp: join(parent, '.out.tmp-1'), old: join(parent, '.out.old-1') };
}

describe('swapping the output folder', () => {
  it('a run that lost the race to another one says so, and the other run\'s output stays', () => {
    const { parent, out, tmp, old } = setup();
    // The other run puts its output in place between this run's two renames.
    const rename = (from: string, to: string) => {
      renameSync(from, to);
      if (to === old) mkdirSync(out), writeFileSync(join(out, 'summary.json'), 'other');
    };
    expect(() => swapFolder(tmp, out, old, 'out', rename)).toThrow(UsageError);
    expect(() => swapFolder(tmp, out, old, 'out', rename)).toThrow(
      "--out out: another run wrote its output there at the same time; this run's output was discarded",
    );
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe('other');
    expect(readdirSync(parent).filter((e) => e.startsWith('.out.old'))).toEqual([]);
  });

  it('a run killed between the two renames leaves the previous output, which the next run puts back', async () => {
    const { parent, out } = setup();
    // What SIGKILL after the first rename leaves: no out/, the previous output under a dead process's name.
    const dead = 2 ** 22 + 1; // above Linux's pid_max
    renameSync(out, oldFolderOf(parent, 'out', dead));
    const folder = await openOutputFolder(out);
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe('old');
    await folder.discard();
    // And a leftover beside an output that is in place is removed.
    mkdirSync(oldFolderOf(parent, 'out', dead));
    await (await openOutputFolder(out)).discard();
    expect(existsSync(oldFolderOf(parent, 'out', dead))).toBe(false);
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe('old');
  });
});

describe('inputs inside the output folder', () => {
  it('refuses a manifest kept in a previous --out before doing anything', () => {
    const dir = makeTree({ 'a.txt': REPORT });
    const parent = makeTree({ 'out/summary.json': '{}', 'out/manifest.csv': 'file,title\na.txt,标题\n' });
    const out = join(parent, 'out');
    const run = runCli(['analyze', dir, '--out', out, '--manifest', join(out, 'manifest.csv'), '--jobs', '1']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`workreport: --manifest ${out}/manifest.csv: is inside the output folder ${out}, which this run replaces: move it out of ${out} first\n`);
    expect(readFileSync(join(out, 'manifest.csv'), 'utf8')).toBe('file,title\na.txt,标题\n');
  });
});

/** Mount a tmpfs of `size` at `dir` (root only); returns false where mounting is not allowed (a container without the capability). */
function mountTmpfs(dir: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!IS_ROOT)('mount points and full disks (root: a small tmpfs)', () => {
  const mounted: string[] = [];
  afterAll(() => {
    for (const m of mounted) execFileSync('umount', [m]);
  });

  it('refuses an empty mount point as --out at the start, saying to write into a folder inside it', (ctx) => {
    const parent = makeTree({ 'vol/.keep': '' });
    const vol = join(parent, 'vol');
    if (!mountTmpfs(vol, '4m')) return ctx.skip();
    mounted.push(vol);
    const run = runCli(['analyze', makeTree({ 'a.txt': REPORT }), '--out', vol, '--jobs', '1']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `workreport: --out ${vol}: is a mount point (a container volume?); the output folder is replaced by renaming, which a mount point does not allow: write into a folder inside it, e.g. --out ${vol}/output\n`,
    );
    const inside = runCli(['analyze', makeTree({ 'a.txt': REPORT }), '--out', join(vol, 'output'), '--jobs', '1', '--quiet']);
    expect(inside.status).toBe(0);
    expect(readdirSync(vol)).toEqual(['output']);
  });

  it('says "disk full while writing" naming the file, removes its temporary folder and keeps the previous output', (ctx) => {
    const parent = makeTree({ 'vol/.keep': '' });
    const vol = join(parent, 'vol');
    if (!mountTmpfs(vol, '256k')) return ctx.skip();
    mounted.push(vol);
    const corpus = makeTree(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`r${i}.txt`, REPORT.repeat(20 + i)])));
    const run = runCli(['analyze', corpus, '--out', join(vol, 'out'), '--jobs', '1', '--quiet']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^workreport: disk full while writing ${vol}/out/[a-z_/.]+: free some space \\(or choose another --out\\) and run again\\n$`));
    expect(readdirSync(vol)).toEqual([]);
  });
});
