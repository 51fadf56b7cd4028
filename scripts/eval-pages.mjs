// Scores inferred metadata and consultation topics on folders of annotated pages, every file of each folder: how the
// page sets of docs/method/metadata.md and docs/method/topics.md were scored. Each FOLDER holds the texts, a
// manifest.csv (file,title,region,region_level,year,doc_type,source; docs/method/annotation.md says how they were
// filled) and a topics-gold.json in the shape of test/fixtures/topics-gold.json.
//
//   npm run build && node scripts/eval-pages.mjs FOLDER... [--seen FOLDER,FOLDER] [--misses] [--json] [--agreement]
//
// Metadata is scored in two settings: the text alone, and with the page (the manifest's title and source, its gold
// columns blanked), as scripts/eval-metadata.mjs does for cppcc. A region is right when it resolves to the gold's code,
// or, when the gold name is ambiguous or written short (通州区, 黃岡市), when the prediction ends with the gold's name in
// Simplified characters (北京市通州区). Topics use the matching rule of src/pipeline/topics/evaluate.ts.
// --seen: leave out pages whose source another folder's manifest holds (a page index gives the same page to different
// queries: a set scored blind must not hold a page of a set that was read). --misses: each folder's metadata fields
// wrong with the page, and its topics missed (MISS) and rows that are none (XTRA), with who found them.
// --json: { folders: { name: { text, page, topics } }, all: { text, page, topics } } instead of a table.
// --agreement: instead, the pages two folders both hold (the same source, annotated by two readers who did not see
// each other's work): how far the second reader agrees with the first (topics: the first's as gold, the second's as
// rows; metadata: the second's fields as predictions), and the tool's figures on the same pages against each reader.
// What readers agree on bounds what any extractor can score against one reader's gold.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import Papa from 'papaparse';
import { readDocument } from '../dist/io/read.js';
import { resolveMeta } from '../dist/pipeline/docvars/metadata.js';
import { fieldMatches, parseGold, SCORED_FIELDS } from '../dist/pipeline/docvars/score.js';
import { resolveRegion } from '../dist/pipeline/docvars/region-code.js';
import { createDocument } from '../dist/document/create.js';
import { extractTopics } from '../dist/pipeline/topics/extract.js';
import { foldToSimplified } from '../dist/pipeline/topics/fold.js';
import { matchTopics, parseTopicGold, rates, scoreTopics } from '../dist/pipeline/topics/evaluate.js';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const seenArg = option('--seen');
const showMisses = args.includes('--misses');
const asJson = args.includes('--json');
const agreement = args.includes('--agreement');
const folders = args.filter((a) => !a.startsWith('--')).map((f) => resolve(f));
if (folders.length === 0) {
  console.error('eval-pages: usage: node scripts/eval-pages.mjs FOLDER... [--seen FOLDER,FOLDER] [--misses] [--json] [--agreement]');
  process.exit(2);
}

for (const folder of [...folders, ...(seenArg ? seenArg.split(',').map((f) => resolve(f)) : [])]) {
  for (const needed of ['manifest.csv', ...(folders.includes(folder) ? ['topics-gold.json'] : [])]) {
    if (!existsSync(join(folder, needed))) {
      console.error(`eval-pages: ${folder}: no ${needed} (a set is a folder of texts with manifest.csv and topics-gold.json)`);
      process.exit(2);
    }
  }
}

const manifestRows = (folder) => Papa.parse(readFileSync(join(folder, 'manifest.csv'), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const seen = new Set((seenArg ? seenArg.split(',') : []).flatMap((f) => manifestRows(resolve(f)).map((r) => r.source)).filter(Boolean));
const codeOf = (name) => resolveRegion(foldToSimplified(name)).region_code;

/** fieldMatches, with a short or Traditional gold name accepted when the prediction ends with it. */
function matches(gold, predicted) {
  const m = fieldMatches(gold, predicted);
  const name = foldToSimplified(gold.region);
  if (!m.region && name.length >= 3 && (predicted.region ?? '').endsWith(name)) m.region = true;
  return m;
}

const share = (n, of) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 1000);
function metaScores(pairs) {
  const right = Object.fromEntries(SCORED_FIELDS.map((f) => [f, 0]));
  for (const { gold, predicted } of pairs) {
    const m = matches(gold, predicted);
    for (const f of SCORED_FIELDS) if (m[f]) right[f]++;
  }
  return { texts: pairs.length, ...Object.fromEntries(SCORED_FIELDS.map((f) => [f, share(right[f], pairs.length)])) };
}
const topicFigures = (s) => {
  const r = rates(s);
  return { gold: s.gold, found: s.found, matched: s.matched, precision: Math.round(r.precision * 1000) / 1000, recall: Math.round(r.recall * 1000) / 1000 };
};

/** The topics a document's rules and tagger find, as scoreTopics reads them. */
function topicsOf(folder, file) {
  const path = join(folder, file);
  const doc = createDocument({ path, file, format: 'txt', encoding: 'utf-8', source: readFileSync(path, 'utf8') });
  return extractTopics(doc).map((t) => ({ line: t.line, activity: t.activity, topic: t.topic, foundBy: t.foundBy }));
}

if (agreement) {
  // Every page of every folder, by source; the first two folders that hold a source are its two readers.
  const bySource = new Map();
  for (const folder of folders) {
    const goldPath = join(folder, 'topics-gold.json');
    const topicGold = parseTopicGold(JSON.parse(readFileSync(goldPath, 'utf8')), goldPath);
    for (const g of parseGold(readFileSync(join(folder, 'manifest.csv'), 'utf8'), codeOf)) {
      const readers = bySource.get(g.source) ?? [];
      const topics = topicGold.texts.find((t) => t.file === g.file)?.topics;
      if (g.source !== '' && topics !== undefined && !readers.some((r) => r.folder === folder)) bySource.set(g.source, [...readers, { folder, gold: g, topics }]);
    }
  }
  const twice = [...bySource.values()].filter((readers) => readers.length >= 2).map((readers) => readers.slice(0, 2));
  const readers = { gold: 0, found: 0, matched: 0 };
  const tool = { gold: 0, found: 0, matched: 0 };
  // The topics both readers give (the first's, matched by the second's), and how many of them the tool finds.
  const agreed = { topics: 0, found: 0 };
  const metaPairs = [];
  const toolPairs = [];
  for (const [first, second] of twice) {
    readers.gold += first.topics.length;
    readers.found += second.topics.length;
    const both = new Set(matchTopics(first.topics, second.topics).map(([i]) => i));
    readers.matched += both.size;
    metaPairs.push({ gold: first.gold, predicted: second.gold });
    for (const reader of [first, second]) {
      const rows = topicsOf(reader.folder, reader.gold.file);
      const pairs = matchTopics(reader.topics, rows);
      tool.gold += reader.topics.length;
      tool.found += rows.length;
      tool.matched += pairs.length;
      if (reader === first) {
        agreed.topics += both.size;
        agreed.found += pairs.filter(([i]) => both.has(i)).length;
      }
      const doc = await readDocument(join(reader.folder, reader.gold.file), reader.folder);
      const page = { file: reader.gold.file, title: reader.gold.title, region: '', region_level: '', year: null, doc_type: '', extra: { source: reader.gold.source } };
      toolPairs.push({ gold: reader.gold, predicted: resolveMeta(doc, page, undefined) });
    }
  }
  const figures = (t) => ({ ...t, precision: share(t.matched, t.found), recall: share(t.matched, t.gold) });
  const out = {
    pages: twice.length,
    readers: { topics: figures(readers), page: metaScores(metaPairs) },
    tool: { topics: figures(tool), page: metaScores(toolPairs), agreed: { ...agreed, recall: share(agreed.found, agreed.topics) } },
  };
  if (asJson) console.log(JSON.stringify(out));
  else {
    console.log(`pages annotated twice: ${out.pages}`);
    console.log('who\ttopics: gold\trows\tmatched\tprecision\trecall\tregion\tlevel\tyear\tdoc_type');
    for (const who of ['readers', 'tool']) {
      const { topics: t, page: m } = out[who];
      console.log([who, t.gold, t.found, t.matched, t.precision, t.recall, m.region, m.region_level, m.year, m.doc_type].join('\t'));
    }
    const a = out.tool.agreed;
    console.log(`topics both readers give: ${a.topics}, the tool finds ${a.found} (recall ${a.recall})`);
  }
  process.exit(0);
}

const result = { folders: {}, all: {} };
const all = { text: [], page: [], topics: { texts: 0, gold: 0, found: 0, matched: 0, sameActivity: 0 } };
const misses = [];
for (const folder of folders) {
  const name = basename(folder);
  const gold = parseGold(readFileSync(join(folder, 'manifest.csv'), 'utf8'), codeOf).filter((g) => !seen.has(g.source));
  const kept = new Set(gold.map((g) => g.file));
  const settings = { text: [], page: [] };
  for (const g of gold) {
    const doc = await readDocument(join(folder, g.file), folder);
    const page = { file: g.file, title: g.title, region: '', region_level: '', year: null, doc_type: '', extra: { source: g.source } };
    settings.text.push({ gold: g, predicted: resolveMeta(doc, undefined, undefined) });
    settings.page.push({ gold: g, predicted: resolveMeta(doc, page, undefined) });
  }
  const goldPath = join(folder, 'topics-gold.json');
  const topicGold = parseTopicGold(JSON.parse(readFileSync(goldPath, 'utf8')), goldPath);
  const texts = topicGold.texts.filter((t) => kept.has(t.file));
  const found = new Map();
  const foundIn = (file) => {
    if (!found.has(file)) found.set(file, topicsOf(folder, file));
    return found.get(file);
  };
  const topics = scoreTopics(texts, foundIn);
  for (const k of Object.keys(all.topics)) all.topics[k] += topics[k];
  all.text.push(...settings.text);
  all.page.push(...settings.page);
  result.folders[name] = { left_out: manifestRows(folder).length - gold.length, text: metaScores(settings.text), page: metaScores(settings.page), topics: topicFigures(topics) };
  if (showMisses) {
    for (const { gold: g, predicted: p } of settings.page) {
      const m = matches(g, p);
      const wrong = SCORED_FIELDS.filter((f) => !m[f]);
      if (wrong.length > 0) misses.push(`${name}/${g.file}\t${wrong.map((f) => `${f}: ${JSON.stringify(g[f])} ≠ ${JSON.stringify(p[f] ?? '')}`).join('; ')}`);
    }
    for (const t of texts) {
      const rows = foundIn(t.file);
      const pairs = matchTopics(t.topics, rows);
      const gi = new Set(pairs.map(([g]) => g));
      const fi = new Set(pairs.map(([, f]) => f));
      t.topics.forEach((x, i) => { if (!gi.has(i)) misses.push(`${name}/${t.file}:${x.line}\tMISS\t${x.topic}\t${x.activity}`); });
      rows.forEach((x, i) => { if (!fi.has(i)) misses.push(`${name}/${t.file}:${x.line}\tXTRA\t${x.topic}\t${x.activity}\t${x.foundBy}`); });
    }
  }
}
result.all = { text: metaScores(all.text), page: metaScores(all.page), topics: topicFigures(all.topics) };

if (asJson) {
  console.log(JSON.stringify(result));
} else {
  console.log('folder\tsetting\ttexts\tregion\tlevel\tyear\tdoc_type\ttopics: gold\trows\tmatched\tprecision\trecall');
  const rows = [...Object.entries(result.folders), ...(folders.length > 1 ? [['all', result.all]] : [])];
  for (const [name, r] of rows) {
    for (const setting of ['text', 'page']) {
      const s = r[setting];
      const t = setting === 'page' ? [r.topics.gold, r.topics.found, r.topics.matched, r.topics.precision, r.topics.recall] : ['', '', '', '', ''];
      console.log([name, setting, s.texts, s.region, s.region_level, s.year, s.doc_type, ...t].join('\t'));
    }
  }
  for (const line of misses) console.log(line);
}
