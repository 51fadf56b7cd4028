// Compare formulations.csv with a plain text search: for each phrase given on the command line, the first year
// any report contains it, how many regions that year, and the year half of the regions reporting use it — then
// the same columns from an analyze output (or "not found"). The phrases are the evaluator's, never the tool's.
// The corpus must be laid out as <region>/<year>.md (or .txt), like ../shared/govreports/provinces.
//   node scripts/formulation-search.mjs <corpus> <analyze output> 新常态 互联网+ …
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

const [corpus, output, ...phrases] = process.argv.slice(2);
if (!corpus || !output || phrases.length === 0) {
  console.error('usage: node scripts/formulation-search.mjs <corpus> <analyze output> <phrase>…');
  process.exit(2);
}
const files = readdirSync(corpus, { recursive: true }).filter((f) => /^[^/]+\/\d{4}\.(md|txt)$/.test(f));
const years = new Map(); // year → Set of regions reporting
const uses = new Map(phrases.map((p) => [p, new Map()])); // phrase → year → Set of regions using it
for (const f of files) {
  const [region, name] = f.split('/');
  const year = Number(name.slice(0, 4));
  if (!years.has(year)) years.set(year, new Set());
  years.get(year).add(region);
  const text = readFileSync(join(corpus, f), 'utf8');
  for (const p of phrases) {
    if (!text.includes(p)) continue;
    const byYear = uses.get(p);
    if (!byYear.has(year)) byYear.set(year, new Set());
    byYear.get(year).add(region);
  }
}
const found = new Map(
  Papa.parse(readFileSync(join(output, 'formulations.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data.map((r) => [r.term, r]),
);
console.log('| phrase | search: first year (regions) | search: half of the regions | formulations.csv: first year (regions) | onset | half |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const p of phrases) {
  const byYear = [...uses.get(p)].sort((a, b) => a[0] - b[0]);
  const first = byYear[0];
  const half = byYear.find(([y, rs]) => years.get(y).size >= 10 && rs.size / years.get(y).size >= 0.5);
  const f = found.get(p);
  const ours = f ? `${f.first_year} (${f.first_regions.split('|').length}) | ${f.onset_year} | ${f.half_year}` : 'not found | | ';
  console.log(`| ${p} | ${first ? `${first[0]} (${first[1].size})` : 'never'} | ${half?.[0] ?? '—'} | ${ours} |`);
}
