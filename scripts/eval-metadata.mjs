// Scores inferred metadata against the cppcc gold manifest (with the corrections in
// test/fixtures/metadata-gold-corrections.json applied), on the development part and the held-out part
// (file number a multiple of 3) separately, in two settings:
// - text: the text alone (no manifest, no path pattern);
// - page: the text and what a researcher has of its page besides: the manifest's title and source (URL)
//   columns, fed in as a manifest whose gold columns (region, region_level, year, doc_type) are blanked out.
//
//   npm run build && node scripts/eval-metadata.mjs [folder] [--misses[=text|page]] [--json]
//
// folder defaults to ../shared/cppcc; --misses lists the development texts a field gets wrong in the text
// setting (--misses=page: in the page setting) — never the held-out ones: they are not looked at while tuning;
// --json prints { text: { dev, heldOut }, page: { dev, heldOut } } scores instead of a table.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../dist/io/read.js';
import { resolveMeta } from '../dist/pipeline/docvars/metadata.js';
import {
  applyCorrections, fieldMatches, GoldCorrectionSchema, isHeldOut, parseGold, scoreMeta, SCORED_FIELDS,
} from '../dist/pipeline/docvars/score.js';
import { resolveRegion } from '../dist/pipeline/docvars/region-code.js';

const args = process.argv.slice(2);
const folder = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/cppcc');
const missesArg = args.find((a) => a === '--misses' || a.startsWith('--misses='));
const showMisses = missesArg === undefined ? undefined : (missesArg.split('=')[1] ?? 'text');
const correctionsFile = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'metadata-gold-corrections.json');

const codeOf = (name) => resolveRegion(name).region_code;
const corrections = GoldCorrectionSchema.array().parse(JSON.parse(readFileSync(correctionsFile, 'utf8')));
const gold = applyCorrections(parseGold(readFileSync(join(folder, 'manifest.csv'), 'utf8'), codeOf), corrections, codeOf);

/** The manifest row the page setting feeds in: the page's title and source, the gold columns blank. */
const pageRow = (g) => ({ file: g.file, title: g.title, region: '', region_level: '', year: null, doc_type: '', extra: { source: g.source } });

const settings = { text: [], page: [] };
for (const g of gold) {
  const doc = await readDocument(join(folder, g.file), folder);
  settings.text.push({ gold: g, predicted: resolveMeta(doc, undefined, undefined) });
  settings.page.push({ gold: g, predicted: resolveMeta(doc, pageRow(g), undefined) });
}

const parts = (pairs) => ({ dev: pairs.filter((p) => !isHeldOut(p.gold.file)), heldOut: pairs.filter((p) => isHeldOut(p.gold.file)) });
const scores = Object.fromEntries(Object.entries(settings).map(([name, pairs]) => {
  const { dev, heldOut } = parts(pairs);
  return [name, { dev: scoreMeta(dev), heldOut: scoreMeta(heldOut) }];
}));

if (args.includes('--json')) {
  console.log(JSON.stringify(scores));
} else {
  console.log('setting\tpart\ttexts\tregion\tlevel\tyear\tdoc_type');
  for (const [name, byPart] of Object.entries(scores)) {
    for (const [part, s] of [['dev', byPart.dev], ['held-out', byPart.heldOut]]) {
      console.log([name, part, s.texts, s.region, s.region_level, s.year, s.doc_type].join('\t'));
    }
  }
}

if (showMisses) {
  for (const { gold: g, predicted: p } of parts(settings[showMisses] ?? []).dev) {
    const m = fieldMatches(g, p);
    const wrong = SCORED_FIELDS.filter((f) => !m[f]);
    if (wrong.length === 0) continue;
    const show = (f) => `${f}: ${JSON.stringify(g[f])} ≠ ${JSON.stringify(p[f])}${f === 'region' ? ` (${p.region_code ?? ''})` : ''}`;
    const source = wrong.includes('year') ? `\t(year from ${p.year_source})` : '';
    console.log(`${g.file}\t${wrong.map(show).join('; ')}${source}`);
  }
}
