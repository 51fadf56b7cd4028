// Scores the metadata the text alone gives (no manifest, no --meta-from-path) against the region and year the
// paths of government work reports name: ../shared/govreports (national/<year>.md, provinces/<province>/<year>.md)
// and ../shared/govreports-cities (<city>/<year>.md), the cities split into a development and a held-out half by
// the parity of their code (src/pipeline/docvars/score-path.ts says how, and how the year is recorded), in two
// settings:
// - text: the file as it is, its front matter's `title` read as the title;
// - body: the front matter dropped, as a plain-text copy of the report would be (the title, the 人民代表大会
//   line and the byline of the body are all there is).
//
//   npm run build && node scripts/eval-metadata-govreports.mjs [--shared=../shared] [--misses[=text|body]] [--json]
//
// --misses lists the development cities' misses in the text setting (--misses=body: in the body setting) —
// never the held-out ones, nor the provinces': they are not looked at while tuning; --json prints
// { text: { national, provinces, 'cities-dev', 'cities-held-out' }, body: { … } } scores.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { readDocument } from '../dist/io/read.js';
import { resolveMeta } from '../dist/pipeline/docvars/metadata.js';
import { goldOfPath, pathFieldMatches, PATH_FIELDS, scorePaths } from '../dist/pipeline/docvars/score-path.js';

const args = process.argv.slice(2);
const shared = resolve(args.find((a) => a.startsWith('--shared='))?.slice('--shared='.length) ?? '../shared');
const folders = [join(shared, 'govreports'), join(shared, 'govreports-cities')];

/** The .md files under `dir` other than READMEs, sorted so that the output does not depend on the file system. */
function markdownFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path));
    else if (name.endsWith('.md') && name !== 'README.md') out.push(path);
  }
  return out;
}

const emptyParts = () => ({ national: [], provinces: [], 'cities-dev': [], 'cities-held-out': [] });
const settings = { text: emptyParts(), body: emptyParts() };
for (const folder of folders) {
  for (const path of markdownFiles(folder)) {
    const gold = goldOfPath(relative(folder, path).split(sep).join('/'));
    if (!gold) continue;
    const doc = await readDocument(path, folder);
    settings.text[gold.part].push({ gold, predicted: resolveMeta(doc, undefined, undefined) });
    settings.body[gold.part].push({ gold, predicted: resolveMeta({ ...doc, frontMatter: {} }, undefined, undefined) });
  }
}

const scores = Object.fromEntries(Object.entries(settings).map(([name, byPart]) => [
  name, Object.fromEntries(Object.entries(byPart).map(([part, pairs]) => [part, scorePaths(pairs)])),
]));
if (args.includes('--json')) console.log(JSON.stringify(scores));
else {
  console.log(['setting', 'part', 'texts', ...PATH_FIELDS].join('\t'));
  for (const [name, byPart] of Object.entries(scores)) {
    for (const [part, s] of Object.entries(byPart)) console.log([name, part, s.texts, ...PATH_FIELDS.map((f) => s[f])].join('\t'));
  }
}

const missesArg = args.find((a) => a === '--misses' || a.startsWith('--misses='));
if (missesArg !== undefined) {
  for (const { gold: g, predicted: p } of settings[missesArg.split('=')[1] ?? 'text']?.['cities-dev'] ?? []) {
    const m = pathFieldMatches(g, p);
    const wrong = PATH_FIELDS.filter((f) => !m[f] && f !== 'province' && f !== 'prefecture');
    if (wrong.length === 0) continue;
    const show = (f) => `${f}: ${JSON.stringify(f === 'delivery_year' ? g.year : g[f])} ≠ ${JSON.stringify(p[f])}`;
    console.log(`${g.file}\t${wrong.map(show).join('; ')}`);
  }
}
