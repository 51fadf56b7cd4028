// Train the topic tagger (src/pipeline/topics/tagger.ts) on annotated texts and write its weights.
//   npm run build && node scripts/train-topic-tagger.mjs [--out FILE] [--epochs N] [--bits N] [--outside-bias X] [--words N] GOLD=FOLDER[:dev] ...
// --words N: how many of nodejieba's most frequent two-character words the model keeps (TaggerModel.words).
// Each GOLD is a topics gold file in the shape of test/fixtures/topics-gold.json; FOLDER holds the texts it
// annotates. `:dev` keeps only the gold's dev part (goldPart), so the held-out part stays unseen: the shipped model
// was trained with `test/fixtures/topics-gold.json=../shared/cppcc:dev` and the page sets described in
// docs/method/topics.md ("A learned tagger"). Default output: src/lexicon/topic-tagger.json. Deterministic.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocument } from '../dist/document/create.js';
import { goldPart, parseTopicGold } from '../dist/pipeline/topics/evaluate.js';
import { foldToSimplified } from '../dist/pipeline/topics/fold.js';
import { taggerFileText } from '../dist/pipeline/topics/tagger-model.js';
import { commonWords, trainTagger, trainingLines } from '../dist/pipeline/topics/tagger-train.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  if (value === undefined) usage(`${name} needs a value`);
  return value;
};
function usage(message) {
  console.error(`train-topic-tagger: ${message}\nusage: node scripts/train-topic-tagger.mjs [--out FILE] [--epochs N] [--bits N] [--outside-bias X] [--words N] GOLD=FOLDER[:dev] ...`);
  process.exit(2);
}
const out = option('--out', join(root, 'src', 'lexicon', 'topic-tagger.json'));
const epochs = Number(option('--epochs', '10'));
const bits = Number(option('--bits', '19'));
const outsideBias = Number(option('--outside-bias', '40'));
const top = Number(option('--words', '5000'));
const seed = 7;
// The common words come from nodejieba's own dictionary (an optional dependency, installed with the project).
const dictionary = join(dirname(createRequire(import.meta.url).resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
if (!Number.isInteger(epochs) || epochs < 1 || !Number.isInteger(bits) || bits < 8 || bits > 24 || !Number.isFinite(outsideBias) || !Number.isInteger(top) || top < 0) usage('bad --epochs, --bits, --outside-bias or --words');
if (args.length === 0) usage('no GOLD=FOLDER given');

const lines = [];
const trainedOn = [];
for (const arg of args) {
  const m = /^([^=]+)=(.+?)(:dev)?$/u.exec(arg);
  if (!m) usage(`${arg}: expected GOLD=FOLDER or GOLD=FOLDER:dev`);
  const [, goldPath, dir, devOnly] = m;
  const gold = parseTopicGold(JSON.parse(readFileSync(goldPath, 'utf8')), goldPath);
  const texts = gold.texts.filter((t) => !devOnly || goldPart(t.file) === 'dev');
  let missing = 0;
  for (const t of texts) {
    const path = join(dir, t.file);
    const source = readFileSync(path, 'utf8');
    const doc = createDocument({ path, file: t.file, format: 'txt', encoding: 'utf-8', source });
    const got = trainingLines(doc.text, foldToSimplified(doc.text), t.topics);
    lines.push(...got.lines);
    missing += got.missing;
  }
  const topics = texts.reduce((n, t) => n + t.topics.length, 0);
  if (missing > 0) console.error(`train-topic-tagger: ${goldPath}: ${missing} of ${topics} topics not found verbatim on their line (left out)`);
  trainedOn.push({ gold: basename(goldPath) + (devOnly ? ' (dev part)' : ''), texts: texts.length, topics });
}
const words = commonWords(readFileSync(dictionary, 'utf8'), top);
const model = trainTagger(lines, { bits, epochs, seed, outsideBias, words });
writeFileSync(`${out}.tmp`, taggerFileText(model, { trainedOn, epochs, seed }));
renameSync(`${out}.tmp`, out);
console.error(`train-topic-tagger: ${lines.length} lines from ${trainedOn.reduce((n, s) => n + s.texts, 0)} texts → ${out}`);
