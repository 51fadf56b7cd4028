#!/usr/bin/env node
/**
 * Measure topic families (src/pipeline/topics/families.ts) on real texts:
 *   node scripts/topic-families.mjs <topics.csv …> [--harvest <corpus folder> …] [--sample 100] [--seed 0] [--threshold 0.7] [--floor 0.5]
 *
 * The wordings are the `topic` and `theme` columns of analyze's topics.csv files, plus, with --harvest, topic-like
 * phrases taken from the texts by a few loose patterns of 政协 reporting (围绕/就/聚焦 X 开展…协商/调研,
 * 《关于X的调研报告》, X专题协商) — more wordings than the extractor found when the threshold was first set; it is now
 * measured without them, on the extracted topics alone (docs/method/topic-families.md, "Threshold, measured").
 * It prints (1) natural's DiceCoefficient against a plain bigram Dice over the same pairs: disagreements and
 * time (natural is no longer a dependency: `npm install --no-save natural@8.1.1` first to compare); (2) the
 * families of more than one wording; (3) the pairs of wordings of one theme with Dice ≥ `--floor` as CSV, for
 * judging by hand: all of them when there are no more than `--sample`, else a sample of `--sample` in a fixed
 * pseudo-random order (`--seed`).
 * Build first (npm run build): it uses dist/.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseCsv } from '../dist/format/csv.js';
import { listFiles } from '../dist/io/list.js';
import { loadThemeLexicon } from '../dist/context.js';
import { themeOfText } from '../dist/pipeline/per-document/themes.js';
import { topicFamilies, wordingKey } from '../dist/pipeline/topics/families.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    harvest: { type: 'string', multiple: true, default: [] },
    sample: { type: 'string', default: '100' },
    seed: { type: 'string', default: '0' },
    threshold: { type: 'string', default: '0.7' },
    floor: { type: 'string', default: '0.5' },
  },
});
const lexicon = loadThemeLexicon({});
const topics = [];
for (const file of positionals) {
  for (const r of parseCsv(readFileSync(file, 'utf8')).rows) topics.push({ topic: r.topic, theme: r.theme, doc: `${file}:${r.doc_id}`, region: '', year: null });
}
// Loose patterns: a lead word and the activity after the subject; a titled document about a subject. A list
// (A、B、C) is split into its items.
const PATTERNS = [
  /(?:围绕|聚焦|就|针对)“?([^，。；：“”《》\s]{4,30}?)”?等?(?:问题|工作)?(?:开展|进行|组织|召开|举行|深入|建言|协商|调研|视察|提出|积极)/gu,
  /《关于([^《》]{4,40}?)的(?:意见|决定|规划|方案|调研报告|建议|提案|报告|实施意见)》/gu,
  /“([^“”，。]{4,18})”(?:专题协商|专题调研|专题议政|民主监督|协商)/gu,
];
for (const dir of values.harvest) {
  for (const path of await listFiles(dir, ['txt', 'md'])) {
    const text = readFileSync(path, 'utf8');
    for (const re of PATTERNS) {
      for (const m of text.matchAll(re)) {
        for (const item of m[1].split('、').filter((x) => x.length >= 4)) {
          topics.push({ topic: item, theme: themeOfText(item, lexicon), doc: path, region: '', year: null });
        }
      }
    }
  }
}
const keys = [...new Set(topics.map((t) => wordingKey(t.topic)))];
console.log(`${topics.length} topics, ${keys.length} distinct keys`);

// (1) natural against a plain Dice over every pair of keys.
const bigramSet = (s) => new Set(Array.from({ length: Math.max(s.length - 1, 1) }, (_, i) => (s.length === 1 ? `${s} ` : s.slice(i, i + 2))));
const plain = (a, b) => {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return (2 * both) / (a.size + b.size);
};
const diceCoefficient = (a, b) => plain(bigramSet(a), bigramSet(b));
let t0 = performance.now();
const sets = keys.map(bigramSet);
const plainScores = [];
for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) plainScores.push(plain(sets[i], sets[j]));
const plainMs = performance.now() - t0;
const natural = await import('natural/lib/natural/distance/dice_coefficient.js').then((m) => m.default, () => null);
if (natural === null) console.log('natural is not installed: no comparison (npm install --no-save natural@8.1.1)');
else {
  t0 = performance.now();
  let k = 0;
  let differ = 0;
  for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) if (Math.abs(natural(keys[i], keys[j]) - plainScores[k++]) > 1e-12) differ++;
  const naturalMs = performance.now() - t0;
  console.log(`${plainScores.length} pairs: natural and plain Dice differ on ${differ}; natural ${naturalMs.toFixed(0)} ms, plain (bigram sets made once) ${plainMs.toFixed(0)} ms`);
}
t0 = performance.now();
const families = topicFamilies(topics, Number(values.threshold));
console.log(`grouping: ${families.length} families in ${(performance.now() - t0).toFixed(0)} ms`);

// (2) the families of several wordings.
for (const f of families.filter((f) => f.wordings.length > 1)) console.log(`  ${f.label} [${f.theme}] ← ${f.wordings.slice(1).join(' | ')}`);

// (3) pairs of distinct wordings of one theme whose Dice is at least --floor (0.5), a fixed-stride sample of
// them, to be checked by hand: the precision of "same family" at each threshold is read off the checked pairs.
const wordings = [...new Map(topics.map((t) => [`${t.theme}\t${wordingKey(t.topic)}`, t])).values()];
const pairs = [];
for (let i = 0; i < wordings.length; i++) {
  for (let j = i + 1; j < wordings.length; j++) {
    const [a, b] = [wordings[i], wordings[j]];
    if (a.theme !== b.theme) continue;
    const dice = diceCoefficient(wordingKey(a.topic), wordingKey(b.topic));
    if (dice >= Number(values.floor)) pairs.push([a.topic, b.topic, a.theme, dice.toFixed(3)]);
  }
}
pairs.sort((x, y) => Number(y[3]) - Number(x[3]) || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0) || (x[1] < y[1] ? -1 : 1));
const n = Number(values.sample);
// A fixed pseudo-random order (an FNV-1a hash of the pair, its start mixed with --seed), taking a pair only when
// neither wording is in a pair already taken: the sample spreads over many subjects instead of the one wording
// that recurs in a hundred pairs. When there are no more pairs than --sample, every pair is taken: the whole
// population is judged, not a sample of it.
const seed = (2166136261 ^ Number(values.seed)) >>> 0;
const hash = (x) => [...x].reduce((h, c) => Math.imul(h ^ c.codePointAt(0), 16777619) >>> 0, seed);
const used = new Set();
const every = pairs.length <= n;
const sample = every ? [...pairs] : [];
for (const p of every ? [] : [...pairs].sort((x, y) => hash(x[0] + x[1]) - hash(y[0] + y[1]))) {
  if (sample.length === n || used.has(p[0]) || used.has(p[1])) continue;
  used.add(p[0]).add(p[1]);
  sample.push(p);
}
sample.sort((x, y) => Number(y[3]) - Number(x[3]));
const how = every ? 'every one of them' : `a sample of ${sample.length} (seed ${values.seed}), no wording twice`;
console.log(`\n${pairs.length} pairs of one theme with Dice ≥ ${values.floor}; ${how}:`);
console.log('a,b,theme,dice');
const field = (x) => (/[",\n]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x);
for (const p of sample) console.log(p.map(field).join(','));
