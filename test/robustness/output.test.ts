/**
 * The output folder: two runs into one place (the loser says so), an earlier version's folder migrated to a link,
 * refused when it is a mount point or holds an input, and a full disk said in words. The swap's steps: swap.test.ts.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { ROOT } from '../helpers.js';
import { IS_ROOT, makeTree, REPORT } from './tree.js';

/** Wait (bounded) until `ready()`; the bound only keeps a broken run from hanging the test. */
async function until(ready: () => boolean): Promise<boolean> {
  for (let waited = 0; !ready() && waited < 60_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
  return ready();
}

describe('two analyze runs into one --out', () => {
  it('the run that swaps while the other is swapping exits 2 with a message; the other finishes and its output stays', async () => {
    const parent = makeTree({});
    const out = join(parent, 'out');
    const [first, second] = [makeTree({ 'a.txt': REPORT }), makeTree({ 'b.txt': REPORT })];
    expect(runCli(['analyze', first, '--out', out, '--jobs', '1', '--quiet']).status).toBe(0);
    // The first run stops itself halfway through its swap (its `.out.next` made, not yet renamed over out).
    const env = { ...process.env, WORKREPORT_TEST_SIGNAL_AT: 'linked:SIGSTOP', LANG: 'C.UTF-8' };
    const held = spawn(process.execPath, [join(ROOT, 'bin', 'workreport.js'), 'analyze', first, '--out', out, '--jobs', '1', '--quiet'], { env });
    const closed = new Promise<number | null>((r) => held.on('close', (code) => r(code)));
    expect(await until(() => existsSync(join(parent, '.out.next')))).toBe(true);
    const lost = runCli(['analyze', second, '--out', out, '--jobs', '1', '--quiet']);
    expect(lost.status).toBe(2);
    expect(lost.stderr).toBe(`workreport: --out ${out}: another run wrote its output there at the same time; this run's output was discarded: run again, or use another --out\n`);
    held.kill('SIGCONT');
    expect(await closed).toBe(0);
    expect(readFileSync(join(out, 'documents.csv'), 'utf8')).toMatch(/^doc_id,[^\n]*\na,/);
    // The loser's run folder is gone: the state folder holds the marker and the winner's folder only.
    expect(readdirSync(join(parent, '.out.workreport')).sort()).toEqual(['README.txt', readlinkSync(out).split('/')[1]]);
  });

  it('migrates an output the previous version wrote (a real folder) to a link, and a second run reads the same', () => {
    const parent = makeTree({ 'out/summary.json': '{}', 'out/terms.csv': 'old' });
    const out = join(parent, 'out');
    const corpus = makeTree({ 'a.txt': REPORT });
    expect(runCli(['analyze', corpus, '--out', out, '--jobs', '1', '--quiet']).status).toBe(0);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    const terms = readFileSync(join(out, 'terms.csv'), 'utf8');
    expect(terms).toMatch(/^doc_id,/);
    expect(runCli(['analyze', corpus, '--out', out, '--jobs', '2', '--quiet']).status).toBe(0);
    expect(readFileSync(join(out, 'terms.csv'), 'utf8')).toBe(terms);
    expect(readdirSync(parent).sort()).toEqual(['.out.workreport', 'out']);
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

  it('refuses a manifest reached through the run folder --out links to', () => {
    const dir = makeTree({ 'a.txt': REPORT });
    const out = join(makeTree({}), 'out');
    expect(runCli(['analyze', dir, '--out', out, '--jobs', '1', '--quiet']).status).toBe(0);
    const manifest = join(realpathSync(out), 'manifest.csv');
    writeFileSync(manifest, 'file,title\na.txt,标题\n');
    const run = runCli(['analyze', dir, '--out', out, '--manifest', manifest, '--jobs', '1']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`workreport: --manifest ${manifest}: is inside the output folder ${out}, which this run replaces: move it out of ${out} first\n`);
    expect(readFileSync(manifest, 'utf8')).toBe('file,title\na.txt,标题\n');
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
    expect(readdirSync(vol).sort()).toEqual(['.output.workreport', 'output']);
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
