// The reference for `check` in `npm run bench`: a plain single-threaded loop that reads every .md/.txt file under a
// folder as UTF-8 and runs one regular expression over it (the letter-mask candidates, X/x/Ｘ/ｘ/×). What check adds
// to this is decoding by encoding, normalising with a map back to the source, seven rules, the section outline and
// its numbering rules. Prints the number of files, characters and matches.
//
//   node scripts/read-scan.mjs <dir>
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(md|txt)$/i.test(name)) files.push(p);
  }
};
walk(process.argv[2] ?? '.');
let chars = 0;
let matches = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  chars += text.length;
  for (const _ of text.matchAll(/[XxＸｘ×]+/g)) matches++;
}
console.log(`${files.length} files, ${chars} characters, ${matches} matches`);
