// What a reader sees at --out while analyze replaces it: one process swaps outputs in a loop, another opens
// out/summary.json and out/terms.csv in a loop and counts what it finds. Run after `npm run build`:
//   node scripts/swap-readers.mjs [--swaps 2000] [--mode link|renames]
// `link` is this version's swap (dist/io/output-folder.js); `renames` is the previous version's two renames
// (out → .out.old-<pid>, .out.tmp-<pid> → out), for comparison.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openOutputFolder } from '../dist/io/output-folder.js';

const { values } = parseArgs({ options: { swaps: { type: 'string', default: '2000' }, mode: { type: 'string', default: 'link' }, reader: { type: 'string' } } });

// The reader: `out` given; reads until told to stop (stdin closes), then prints its counts as JSON.
if (values.reader) {
  const out = values.reader;
  const counts = { reads: 0, missing: 0, partial: 0, mixed: 0 };
  let stop = false;
  process.stdin.on('end', () => (stop = true)).resume();
  while (!stop) {
    for (let i = 0; i < 200; i++) {
      counts.reads++;
      try {
        const name = readFileSync(join(out, 'summary.json'), 'utf8');
        const terms = readFileSync(join(out, 'terms.csv'), 'utf8');
        if (!terms.startsWith('doc_id,term\n') || !terms.endsWith('\n') || name === '') counts.partial++;
        // Two files opened one after the other through the link may come from two runs.
        else if (terms !== table(name)) counts.mixed++;
      } catch (e) {
        if (e.code === 'ENOENT') counts.missing++;
        else throw e;
      }
    }
    await new Promise((r) => setImmediate(r));
  }
  console.log(JSON.stringify(counts));
  process.exit(0);
}

function table(name) {
  return `doc_id,term\n${`${name},政协\n`.repeat(200)}`;
}

async function swapByLink(out, name) {
  const folder = await openOutputFolder(out);
  await folder.append('summary.json', name);
  await folder.append('terms.csv', table(name));
  await folder.commit();
}

function swapByRenames(out, name) {
  const tmp = `${out}.tmp`, old = join(out, '..', `.out.old-${process.pid}`);
  mkdirSync(tmp);
  writeFileSync(join(tmp, 'summary.json'), name);
  writeFileSync(join(tmp, 'terms.csv'), table(name));
  renameSync(out, old);
  renameSync(tmp, out);
  rmSync(old, { recursive: true, force: true });
}

const out = join(mkdtempSync(join(tmpdir(), 'wr-swap-readers-')), 'out');
const swap = values.mode === 'renames' ? swapByRenames : swapByLink;
if (values.mode === 'renames') {
  mkdirSync(out);
  writeFileSync(join(out, 'summary.json'), 'run0');
  writeFileSync(join(out, 'terms.csv'), table('run0'));
} else await swap(out, 'run0');
const reader = spawn(process.execPath, [new URL(import.meta.url).pathname, '--reader', out], { stdio: ['pipe', 'pipe', 'inherit'] });
let report = '';
reader.stdout.on('data', (d) => (report += d));
const swaps = Number(values.swaps);
for (let i = 1; i <= swaps; i++) await swap(out, `run${i}`);
reader.stdin.end();
await new Promise((r) => reader.on('close', r));
console.log(JSON.stringify({ mode: values.mode, swaps, ...JSON.parse(report) }));
rmSync(join(out, '..'), { recursive: true, force: true });
