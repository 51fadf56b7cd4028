// The reference for `npm run bench`: a plain single-threaded nodejieba loop that reads every .md/.txt file
// under a folder and cuts it with the default dictionaries. Prints the number of files and characters.
//
//   node scripts/jieba-baseline.mjs <dir>               # the reference: one thread
//   node scripts/jieba-baseline.mjs <dir> --threads 2   # the floor for analyze --jobs 2: the same loop split over
//                                                       # two worker threads (each loads nodejieba), nothing else
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

function cutAll(files) {
  const nodejieba = createRequire(import.meta.url)('nodejieba');
  nodejieba.load();
  let chars = 0;
  let tokens = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    chars += text.length;
    tokens += nodejieba.cut(text).length;
  }
  return { chars, tokens };
}

if (isMainThread) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(md|txt)$/.test(name)) files.push(p);
    }
  };
  walk(process.argv[2]);
  const at = process.argv.indexOf('--threads');
  const threads = at > 0 ? Number(process.argv[at + 1]) : 1;
  let results;
  if (threads <= 1) results = [cutAll(files)];
  else {
    const parts = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t));
    results = await Promise.all(parts.map((part) => new Promise((resolve, reject) => {
      new Worker(new URL(import.meta.url), { workerData: part }).once('message', resolve).once('error', reject);
    })));
  }
  const chars = results.reduce((n, r) => n + r.chars, 0);
  const tokens = results.reduce((n, r) => n + r.tokens, 0);
  process.stdout.write(`${files.length} files, ${chars} characters, ${tokens} tokens, ${threads} thread(s)\n`);
} else {
  parentPort.postMessage(cutAll(workerData));
}
