import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { readFileSync } from 'node:fs';
import { listFiles } from './dist/io/list.js';
import { legacyEncodingOf, decodeBytes } from './dist/document/decode.js';
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const dirs = process.argv.slice(2);
let files = []; for (const d of dirs) files.push(...await listFiles(d, ['txt', 'md']));
const stats = { gbDocs: 0, gbWrong: 0, b5Docs: 0, b5Wrong: 0, lines: 0, gbLineWrong: 0, b5LineWrong: 0, b5Fffd: 0 };
const wrongEx = [];
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const gbk = iconv.encode(text, 'gbk');
  stats.gbDocs++; if (legacyEncodingOf(gbk) !== 'gb18030') { stats.gbWrong++; wrongEx.push(['gb', f]); }
  const tw = toTw(text);
  const b5 = iconv.encode(tw, 'big5');
  stats.b5Docs++;
  const d = decodeBytes(b5);
  if (d.encoding !== 'big5') { stats.b5Wrong++; wrongEx.push(['b5', f, legacyEncodingOf(b5), d.encoding]); }
  for (const line of text.split('\n').slice(0, 40)) {
    const han = (line.match(/\p{Script=Han}/gu) ?? []).length;
    if (han < Number(process.env.MINHAN ?? 4)) continue;
    stats.lines++;
    if (legacyEncodingOf(iconv.encode(line, 'gbk')) !== 'gb18030') { stats.gbLineWrong++; if (wrongEx.length < 30) wrongEx.push(['gbline', line.slice(0, 40)]); }
    const bl = iconv.encode(toTw(line), 'big5');
    if (legacyEncodingOf(bl) !== 'big5') { stats.b5LineWrong++; if (wrongEx.length < 30) wrongEx.push(['b5line', toTw(line).slice(0, 40)]); }
  }
}
console.log(stats); console.log(wrongEx.slice(0, 30));
