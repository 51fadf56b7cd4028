// The reference for `npm run bench`: a plain single-threaded nodejieba loop that reads every .md/.txt file
// under a folder and cuts it with the default dictionaries. Prints the number of files and characters.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const nodejieba = createRequire(import.meta.url)('nodejieba');
nodejieba.load();
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(md|txt)$/.test(name)) files.push(p);
  }
};
walk(process.argv[2]);
let chars = 0;
let tokens = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  chars += text.length;
  tokens += nodejieba.cut(text).length;
}
process.stdout.write(`${files.length} files, ${chars} characters, ${tokens} tokens\n`);
