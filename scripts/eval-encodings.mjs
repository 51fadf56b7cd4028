// How well GB18030 and Big5 are told apart (src/document/decode.ts, legacyEncodingOf): every text of the given
// folders (default: corpus and ../shared's cppcc and govreports) saved as GBK and, converted to Traditional
// characters, as Big5, then read back; also each of their first 40 lines with a Han character. Run after
// `npm run build`:
//   node scripts/eval-encodings.mjs [folder …]
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);
const [{ listFiles }, { legacyEncodingOf, decodeBytes }] = await Promise.all([dist('io/list.js'), dist('document/decode.js')]);

const given = process.argv.slice(2);
const folders = (given.length ? given : [join(root, 'corpus'), join(root, '..', 'shared', 'cppcc'), join(root, '..', 'shared', 'govreports')])
  .filter((d) => existsSync(d));
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const tally = { texts: 0, textsWrong: 0, lines: 0, linesWrong: 0 };
const wrong = [];
for (const folder of folders) {
  for (const file of await listFiles(folder, ['txt', 'md'])) {
    const text = readFileSync(file, 'utf8');
    tally.texts++;
    const gb = decodeBytes(iconv.encode(text, 'gbk')).encoding;
    const big5 = decodeBytes(iconv.encode(toTraditional(text), 'big5')).encoding;
    if (gb !== 'gb18030' || big5 !== 'big5') (tally.textsWrong++, wrong.push(`${file}: GBK read as ${gb}, Big5 as ${big5}`));
    for (const line of text.split('\n').slice(0, 40).filter((l) => /\p{Script=Han}/u.test(l))) {
      tally.lines++;
      const lineGb = legacyEncodingOf(iconv.encode(line, 'gbk'));
      const lineBig5 = legacyEncodingOf(iconv.encode(toTraditional(line), 'big5'));
      if (lineGb !== 'gb18030' || lineBig5 !== 'big5') (tally.linesWrong++, wrong.push(`${file}: line "${line.slice(0, 30)}"`));
    }
  }
}
console.log(`folders: ${folders.join(', ')}`);
console.log(`texts ${tally.texts}, read in another encoding ${tally.textsWrong}; lines ${tally.lines}, told wrong ${tally.linesWrong}`);
for (const w of wrong.slice(0, 50)) console.log(w);
