#!/usr/bin/env node
/**
 * What `workreport check` needs installed: runs `check` on a .txt and a .docx draft (and with --previous and a
 * config, so every lazily loaded part is loaded), records every file Node loads, and prints the npm packages
 * among them with their size on disk, next to the size of everything `npm install --omit=dev` installs.
 *
 *   npm run build && node scripts/check-footprint.mjs
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'wr-footprint-'));
const log = join(work, 'loaded.txt');

// Loaded modules: ESM through a resolve hook, CommonJS from require.cache when the process ends.
writeFileSync(join(work, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, r.url + '\\n');
  return r;
}`);
writeFileSync(join(work, 'preload.mjs'), `import { register, createRequire } from 'node:module';
import { appendFileSync } from 'node:fs';
register(${JSON.stringify(pathToFileURL(join(work, 'hooks.mjs')).href)});
const require = createRequire(import.meta.url);
process.on('exit', () => appendFileSync(${JSON.stringify(log)}, Object.keys(require.cache).join('\\n') + '\\n'));`);

writeFileSync(join(work, 'draft.txt'), '一、总体情况\n全年召开XX次会议。\n');
writeFileSync(join(work, 'last.txt'), '全年召开12次会议。\n');
writeFileSync(join(work, 'workreport.config.json'), '{ "allow": ["X光"] }\n');
// A minimal .docx (stored zip) so that the .docx reader is loaded too.
const docx = spawnSync(process.execPath, ['-e', `
  const JSZip = require('jszip'); const z = new JSZip();
  z.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>召开XX次会议</w:t></w:r></w:p></w:body></w:document>');
  z.generateAsync({ type: 'nodebuffer' }).then((b) => require('fs').writeFileSync(${JSON.stringify(join(work, 'draft.docx'))}, b));`], { cwd: root });
if (docx.status !== 0) throw new Error(docx.stderr.toString());

const run = spawnSync(process.execPath, ['--import', pathToFileURL(join(work, 'preload.mjs')).href, join(root, 'bin', 'workreport.js'),
  'check', 'draft.txt', 'draft.docx', '--previous', 'last.txt', '--format', 'sarif'], { cwd: work, encoding: 'utf8' });
if (run.status !== 1) throw new Error(`check exited ${run.status}: ${run.stderr}`);

const packages = new Set();
for (const line of readFileSync(log, 'utf8').split('\n')) {
  const path = line.startsWith('file:') ? fileURLToPath(line) : line;
  const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(path.slice(root.length));
  if (path.startsWith(root) && m) packages.add(m[1].replace(/\\/g, '/'));
}
const size = (dir) => {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) n += size(p);
    else if (e.isFile()) n += statSync(p).size;
  }
  return n;
};
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
let total = 0;
for (const name of [...packages].sort()) {
  const bytes = size(join(root, 'node_modules', name));
  total += bytes;
  console.log(`${name.padEnd(24)} ${mb(bytes)}`);
}
console.log(`${'packages check loads'.padEnd(24)} ${mb(total)} (${packages.size} packages; nodejieba loaded: ${packages.has('nodejieba') ? 'yes' : 'no'})`);
console.log(`${'dist/ + bin/'.padEnd(24)} ${mb(size(join(root, 'dist')) + size(join(root, 'bin')))}`);
