#!/usr/bin/env node
/**
 * Write the generated pages of docs/ from the code: docs/rules.md from the rules' metadata, docs/codebook.md from
 * the registry of outputs (src/schemas/outputs.ts). Run it after changing a rule or an output (`npm run docs`
 * builds first); test/docs/rules.test.ts and test/docs/codebook.test.ts fail while a committed page is stale.
 *
 *   npm run docs            # build, then write docs/rules.md and docs/codebook.md
 *   node scripts/gen-docs.mjs --check   # exit 1 (and say which) when a committed page differs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codebook } from '../dist/format/codebook.js';
import { rulesPage } from '../dist/format/rules-page.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = { 'docs/rules.md': rulesPage(), 'docs/codebook.md': codebook() };

const check = process.argv.includes('--check');
let stale = 0;
for (const [path, text] of Object.entries(PAGES)) {
  const file = join(ROOT, path);
  if (check) {
    let committed = '';
    try { committed = readFileSync(file, 'utf8'); } catch { /* missing counts as stale */ }
    if (committed !== text) { console.error(`${path} is stale: run npm run docs`); stale++; }
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${path}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
