// Scores the metadata the text alone gives (no manifest, no path pattern) against the cppcc gold manifest,
// on the development part and the held-out part (file number a multiple of 3) separately.
//
//   npm run build && node scripts/eval-metadata.mjs [folder] [--misses] [--json]
//
// folder defaults to ../shared/cppcc; --misses lists the development texts a field gets wrong (never the
// held-out ones: they are not looked at while tuning); --json prints { dev, heldOut } scores instead of a table.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDocument } from '../dist/io/read.js';
import { resolveMeta } from '../dist/pipeline/docvars/metadata.js';
import { fieldMatches, isHeldOut, parseGold, scoreMeta, SCORED_FIELDS } from '../dist/pipeline/docvars/score.js';
import { resolveRegion } from '../dist/pipeline/docvars/region-code.js';

const args = process.argv.slice(2);
const folder = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/cppcc');
const showMisses = args.includes('--misses');

const gold = parseGold(readFileSync(join(folder, 'manifest.csv'), 'utf8'), (name) => resolveRegion(name).region_code);
const pairs = [];
for (const g of gold) {
  const doc = await readDocument(join(folder, g.file), folder);
  pairs.push({ gold: g, predicted: resolveMeta(doc, undefined, undefined) });
}

const dev = pairs.filter((p) => !isHeldOut(p.gold.file));
const held = pairs.filter((p) => isHeldOut(p.gold.file));
if (args.includes('--json')) {
  console.log(JSON.stringify({ dev: scoreMeta(dev), heldOut: scoreMeta(held) }));
} else {
  console.log('part\ttexts\tregion\tlevel\tyear\tdoc_type');
  for (const [name, part] of [['dev', dev], ['held-out', held]]) {
    const s = scoreMeta(part);
    console.log([name, s.texts, s.region, s.region_level, s.year, s.doc_type].join('\t'));
  }
}

if (showMisses) {
  for (const { gold: g, predicted: p } of dev) {
    const m = fieldMatches(g, p);
    const wrong = SCORED_FIELDS.filter((f) => !m[f]);
    if (wrong.length === 0) continue;
    const show = (f) => `${f}: ${JSON.stringify(g[f])} ≠ ${JSON.stringify(p[f])}${f === 'region' ? ` (${p.region_code ?? ''})` : ''}`;
    console.log(`${g.file}\t${wrong.map(show).join('; ')}`);
  }
}
