// Precision and recall of the topic extractor on the hand-annotated gold (test/fixtures/topics-gold.json),
// per part (dev, held-out). Reads the annotated texts from the cppcc folder (default ../shared/cppcc).
//   npm run build && node scripts/eval-topics.mjs [cppcc-folder] [--list]
// --list prints the misses and the extra rows of the DEV part only: the held-out part is for measuring, not
// for looking at while rules are tuned.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocument } from '../dist/document/create.js';
import { extractTopics } from '../dist/pipeline/topics/extract.js';
import { goldPart, matchTopics, parseTopicGold, rates, scoreParts } from '../dist/pipeline/topics/evaluate.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? join(root, '..', 'shared', 'cppcc');
if (!existsSync(dir)) {
  console.error(`eval-topics: ${dir}: no such folder (the cppcc texts the gold annotates)`);
  process.exit(2);
}
const goldPath = join(root, 'test', 'fixtures', 'topics-gold.json');
const gold = parseTopicGold(JSON.parse(readFileSync(goldPath, 'utf8')), goldPath);

const cache = new Map();
function foundIn(file) {
  if (!cache.has(file)) {
    const source = readFileSync(join(dir, file), 'utf8');
    const doc = createDocument({ path: join(dir, file), file, format: 'txt', encoding: 'utf-8', source });
    cache.set(file, extractTopics(doc).map((t) => ({ line: t.line, activity: t.activity, topic: t.topic })));
  }
  return cache.get(file);
}

const scores = scoreParts(gold, foundIn);
console.log('part      texts  gold  found  matched  precision  recall  same-activity');
for (const [part, s] of Object.entries(scores)) {
  const { precision, recall } = rates(s);
  const cells = [part.padEnd(8), s.texts, s.gold, s.found, s.matched, precision.toFixed(2), recall.toFixed(2), `${s.sameActivity}/${s.matched}`];
  console.log(cells.map((c, i) => String(c).padStart(i === 0 ? 8 : [5, 4, 5, 7, 9, 6, 13][i - 1])).join('  '));
}

if (args.includes('--list')) {
  for (const text of gold.texts.filter((t) => goldPart(t.file) === 'dev')) {
    const found = foundIn(text.file);
    const pairs = matchTopics(text.topics, found);
    text.topics.forEach((t, i) => pairs.some(([g]) => g === i) || console.log(`miss   ${text.file}:${t.line}  ${t.activity}  ${t.topic}`));
    found.forEach((t, i) => pairs.some(([, f]) => f === i) || console.log(`extra  ${text.file}:${t.line}  ${t.activity}  ${t.topic}`));
  }
}
