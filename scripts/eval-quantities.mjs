// Recall, precision and value accuracy of quantities.csv on the hand-made gold of ../shared/cppcc texts
// (test/fixtures/quantities/cppcc-gold.json), on its development and held-out parts. Run after `npm run build`:
//   node scripts/eval-quantities.mjs [--list]     (--list also prints every missed and extra count)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);
const [{ readDocument }, { placeholderRows }, { extractQuantities, compileQuantityLexicon }, { loadQuantityLexicon }, evaluation] =
  await Promise.all([dist('io/read.js'), dist('pipeline/per-document/placeholders.js'), dist('pipeline/quantities/index.js'), dist('context.js'), dist('pipeline/quantities/evaluate.js')]);

const folder = join(root, '..', 'shared', 'cppcc');
const gold = evaluation.QuantityGoldSchema.parse(JSON.parse(readFileSync(join(root, 'test/fixtures/quantities/cppcc-gold.json'), 'utf8')));
const lexicon = compileQuantityLexicon(loadQuantityLexicon());
const found = [];
for (const file of gold.files) {
  const doc = await readDocument(join(folder, file), folder);
  found.push(...extractQuantities(doc, lexicon, placeholderRows(doc), { region: '', year: null }));
}
const list = process.argv.includes('--list');
for (const [name, heldOut] of [['development', false], ['held-out', true]]) {
  const part = (rows) => rows.filter((r) => evaluation.isHeldOut(r.file) === heldOut);
  const s = evaluation.scoreQuantities(part(gold.counts), part(found));
  const files = gold.files.filter((f) => evaluation.isHeldOut(f) === heldOut).length;
  console.log(`${name}: ${files} files, ${s.gold} gold counts, ${s.found} found, ${s.matched} matched — recall ${s.recall}, precision ${s.precision}, value exactly right ${s.valueAccuracy} (${s.valueRight}/${s.matched})`);
  if (list) {
    for (const m of s.missed) console.log(`  missed ${m.file}:${m.line} ${m.subject} ${m.value ?? 'masked'}${m.unit}`);
    for (const e of s.extra) console.log(`  extra  ${e.file}:${e.line} ${e.subject} ${e.value ?? 'masked'}`);
  }
}
