#!/usr/bin/env node
// Memory of analyze on one large, legal file: `node scripts/big-file.mjs [--mb 100] [--jobs 1]` (after `npm run
// build`). Makes a corpus of one file of about <mb> MB of report text (the five sample reports repeated) in a temporary
// folder, runs `workreport analyze` on it under /usr/bin/time -v (with --max-file-mb raised to fit) and prints
// the wall time, the peak resident memory of the whole process and its ratio to the file's size.
// Not a test: a 100 MB analysis takes minutes and GBs, beyond what a test may take; it prints figures.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { opt, root } from './args.mjs';

const mb = Number(opt('--mb', '100'));
const jobs = opt('--jobs', '1');

const corpusDir = join(root, 'corpus');
const sample = Buffer.concat(readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, f))));
const work = mkdtempSync(join(tmpdir(), 'wr-big-'));
try {
  const dir = join(work, 'corpus');
  mkdirSync(dir);
  const fd = openSync(join(dir, 'big.txt'), 'w');
  let written = 0;
  // Whole copies of the sample (never cut inside a character), to just past the size asked for.
  while (written < mb * 1e6) written += writeSync(fd, sample);
  closeSync(fd);
  const cli = join(root, 'bin', 'workreport.js');
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, 'analyze', dir, '--out', join(work, 'out'), '--jobs', jobs, '--quiet', '--max-file-mb', String(mb + 1)], { encoding: 'utf8' });
  const field = (name) => new RegExp(`${name}: (.+)`).exec(run.stderr)?.[1]?.trim();
  const peakMb = Number(field('Maximum resident set size \\(kbytes\\)')) / 1024;
  const cpu = Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)'));
  console.log(`file ${mb} MB, analyze --jobs ${jobs}: exit ${run.status}, wall ${field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)')}, `
    + `CPU ${cpu.toFixed(1)} s, peak RSS ${peakMb.toFixed(0)} MB (${(peakMb / mb).toFixed(1)} × the file)`);
  if (run.status !== 0) console.log(run.stderr.split('\n').filter((l) => l.startsWith('workreport')).join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
