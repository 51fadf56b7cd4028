#!/usr/bin/env node
// `npm run bench`: speed and memory of analyze and check on ../shared/govreports/provinces, against a plain
// single-threaded nodejieba loop (the reference), and on larger corpora made by repeating it (to show how time
// grows with size). The same loop split over --jobs worker threads, cutting and nothing else, is printed as the
// floor that analyze --jobs N cannot go below. check is compared with a plain loop that reads the files and runs one
// regular expression over each (scripts/read-scan.mjs).
// Not a test: it prints figures; nothing asserts on time.
//
//   npm run bench                      # 1× and 2× the provinces, analyze with --jobs 2, check
//   npm run bench -- --scales 1,2,4    # more sizes
//   npm run bench -- --corpus <dir>    # another corpus
//   npm run bench -- --corpus ../shared/govreports/provinces,../shared/govreports-cities --scales 1
//                                      # several folders, copied into one (real text at scale, not copies of it)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { opt, root } from './args.mjs';

const corpora = opt('--corpus', '../shared/govreports/provinces').split(',').map((d) => resolve(root, d));
const scales = opt('--scales', '1,2').split(',').map(Number);
const jobs = opt('--jobs', '2');
const absent = corpora.filter((d) => !existsSync(d));
if (absent.length > 0) {
  console.log(`bench: ${absent.join(', ')} absent; nothing to measure.`);
  process.exit(0);
}

function run(label, cmd, mb) {
  const t0 = performance.now();
  const res = spawnSync(process.execPath, ['--import', join(root, 'scripts', 'rss.mjs'), ...cmd], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - t0) / 1000;
  const rss = /peak-rss-mb (\d+)/.exec(res.stderr)?.[1] ?? '?';
  const cpu = Number(/cpu-s ([\d.]+)/.exec(res.stderr)?.[1] ?? Number.NaN);
  if (res.status !== 0 && !(label.startsWith('check') && res.status === 1)) {
    console.log(`${label}: failed with exit ${res.status}\n${res.stderr}`);
  }
  console.log(`${label.padEnd(40)} ${seconds.toFixed(1).padStart(7)} s ${(mb / seconds).toFixed(2).padStart(7)} MB/s  peak ${rss.padStart(5)} MiB  cpu ${cpu.toFixed(1).padStart(6)} s`);
  return { seconds, cpu };
}

function sizeMb(dir) {
  const res = spawnSync('du', ['-sb', dir], { encoding: 'utf8' });
  return Number(res.stdout.split('\t')[0]) / 1e6;
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
// On a machine shared with other work, wall times stretch with its load; CPU seconds much less so.
const work = mkdtempSync(join(tmpdir(), 'workreport-bench-'));
try {
  for (const scale of scales) {
    // One folder at 1× is read where it is; more folders, or more copies, are copied into one (links are not followed).
    let dir = corpora[0];
    if (scale > 1 || corpora.length > 1) {
      dir = join(work, `corpus-${scale}x`);
      for (let k = 1; k <= scale; k++) for (const c of corpora) cpSync(c, join(dir, `copy${k}`, basename(c)), { recursive: true });
    }
    const mb = sizeMb(dir);
    console.log(`\n${scale}× corpus: ${mb.toFixed(1)} MB`);
    const base = run('nodejieba cut, 1 thread (reference)', [join(root, 'scripts', 'jieba-baseline.mjs'), dir], mb);
    const floor = run(`nodejieba cut only, ${jobs} threads (floor)`, [join(root, 'scripts', 'jieba-baseline.mjs'), dir, '--threads', jobs], mb);
    const analyze = run(`analyze --jobs ${jobs}`, ['bin/workreport.js', 'analyze', dir, '--meta-from-path', '{region}/{year}.md', '--out', join(work, 'out'), '--jobs', jobs, '--quiet'], mb);
    const scan = run('read + one regex scan (check reference)', [join(root, 'scripts', 'read-scan.mjs'), dir], mb);
    const check = run('check --format json', ['bin/workreport.js', 'check', dir, '--format', 'json'], mb);
    console.log(`analyze / reference: ${(analyze.seconds / base.seconds).toFixed(2)} wall (goal ≤ 1.3 with --jobs 2), ${(analyze.cpu / base.cpu).toFixed(2)} CPU; `
      + `the cut alone in ${jobs} threads: ${(floor.seconds / base.seconds).toFixed(2)} wall, ${(floor.cpu / base.cpu).toFixed(2)} CPU`);
    console.log(`check / read + scan: ${(check.seconds / scan.seconds).toFixed(2)} wall, ${(check.cpu / scan.cpu).toFixed(2)} CPU`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
