// Write the generated documentation pages: docs/codebook.md, from the registry of outputs (src/schemas/outputs.ts).
// Run after a build: npm run build && node scripts/gen-docs.mjs. test/docs/codebook.test.ts fails when the
// committed page differs from what this writes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codebook } from '../dist/format/codebook.js';

const pages = [['docs/codebook.md', codebook()]];
for (const [path, text] of pages) {
  writeFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), text);
  console.log(`wrote ${path}`);
}
