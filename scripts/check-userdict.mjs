// Check src/lexicon/userdict.txt after an edit: every term must come out whole, and adding the dictionary must
// not break common words apart. Cuts the Han runs of the seeds plus every 5th report under a folder (default
// ../shared/govreports/provinces) twice — with nodejieba's default dictionaries, then with ours added — and
// lists the words of the first cut that the second cut splits inside (most frequent first, with a context).
// A split is often right (科技创新能力 → 科技创新/能力); look for splits that leave a single character (加工/业).
//   node scripts/check-userdict.mjs [folder]
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const nodejieba = createRequire(import.meta.url)('nodejieba');
const userdict = join(root, 'src', 'lexicon', 'userdict.txt');
const terms = readFileSync(userdict, 'utf8').split('\n').filter(Boolean).map((l) => l.split(' ')[0]);

const dir = process.argv[2] ?? join(root, '..', 'shared', 'govreports', 'provinces');
const files = readdirSync(dir, { recursive: true }).filter((f) => /\.(md|txt)$/.test(f)).sort();
const sample = files.filter((_, i) => i % 5 === 0).map((f) => join(dir, f));
for (const f of readdirSync(join(root, 'corpus')).sort()) if (f.endsWith('.txt')) sample.push(join(root, 'corpus', f));
const runs = sample.flatMap((f) => readFileSync(f, 'utf8').match(/\p{Script=Han}+/gu) ?? []);

nodejieba.load();
const before = runs.map((r) => nodejieba.cut(r));
nodejieba.load({ userDict: `${nodejieba.DEFAULT_USER_DICT}|${userdict}` });
const notWhole = terms.filter((t) => nodejieba.cut(t).join('|') !== t);

const broken = new Map();
runs.forEach((run, i) => {
  const after = nodejieba.cut(run);
  const cuts = new Set();
  let pos = 0;
  for (const w of after) cuts.add((pos += w.length));
  pos = 0;
  for (const w of before[i]) {
    const start = pos;
    pos += w.length;
    for (let k = start + 1; k < pos; k++) {
      if (!cuts.has(k)) continue;
      const b = broken.get(w) ?? { n: 0, example: after.join('/') };
      b.n++;
      broken.set(w, b);
      break;
    }
  }
});

console.log(`${terms.length} terms; ${sample.length} files, ${runs.length} Han runs`);
console.log(`terms not whole: ${notWhole.length ? notWhole.join(' ') : 'none'}`);
console.log(`words broken apart: ${[...broken.values()].reduce((s, b) => s + b.n, 0)} times, ${broken.size} words`);
for (const [w, b] of [...broken].sort((x, y) => y[1].n - x[1].n).slice(0, 40)) {
  console.log(`  ${w} ×${b.n}  e.g. ${b.example.slice(0, 60)}`);
}
process.exitCode = notWhole.length ? 1 : 0;
