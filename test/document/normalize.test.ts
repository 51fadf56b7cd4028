import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/create.js';
import { normalizeText } from '../../src/document/normalize.js';
import { toDiagnostic } from '../../src/document/span.js';
import { CORPUS } from '../helpers.js';

const seed000 = readFileSync(join(CORPUS, '000_178bb20f8e3f1132.txt'), 'utf8');

function docOf(source: string, format: 'txt' | 'md' = 'txt') {
  return createDocument({ path: 'x', file: `x.${format}`, format, encoding: 'utf-8', source });
}

describe('normalizeText', () => {
  it('turns CRLF into LF and maps every character back to its source offset', () => {
    const n = normalizeText('一、\r\n二\u3000三\u00a0四', 'txt');
    expect(n.text).toBe('一、\n二 三 四');
    expect([...n.map]).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9]);
  });

  it('drops zero-width characters but keeps the map exact', () => {
    const n = normalizeText('政\u200b协', 'txt');
    expect(n.text).toBe('政协');
    expect([...n.map]).toEqual([0, 2, 3]);
  });

  it('keeps the map exact over mixed line breaks, replaced and removed characters and bold on several lines', () => {
    const n = normalizeText('一\u00a0二\r三\u200b\n**四**\u3000五\r\n', 'md');
    expect(n.text).toBe('一 二\n三\n四 五\n');
    expect([...n.map]).toEqual([0, 1, 2, 3, 4, 6, 9, 12, 13, 14, 16]);
  });

  it('reads Markdown front matter, heading markers and paired bold as markup', () => {
    const src = '---\ntitle: "2024年政府工作报告"\nsource: x\n---\n**政府工作报告**\n\n## 一、回顾\n\n**过去一年**成效显著。\n';
    const n = normalizeText(src, 'md');
    expect(n.frontMatter).toEqual({ title: '2024年政府工作报告', source: 'x' });
    expect(n.text).toBe('政府工作报告\n\n一、回顾\n\n过去一年成效显著。\n');
    expect(n.markupHeadings).toEqual([0, n.text.indexOf('一、回顾')]);
    expect(src[n.map.at(n.text.indexOf('过去'))]).toBe('过');
  });

  it('decodes quoted front matter values as YAML does: escapes in "…", \'\' in \'…\'', () => {
    const src = [
      '---',
      'title: "=HYPERLINK(\\"http://x\\")"',
      'region: \'X县\'\'s\'',
      'path: "C:\\\\报告\\u4e8c"',
      'yaml: "\\x41 stays as written"',
      'plain: a "b" c',
      '---',
      '正文',
    ].join('\n');
    expect(normalizeText(src, 'md').frontMatter).toEqual({
      title: '=HYPERLINK("http://x")', region: "X县's", path: 'C:\\报告二', yaml: '\\x41 stays as written', plain: 'a "b" c',
    });
  });

  it('keeps a lone ** in Markdown (it may be a mask) and leaves .txt untouched', () => {
    expect(normalizeText('美丽幸福新**\n', 'md').text).toBe('美丽幸福新**\n');
    expect(normalizeText('**县政协**', 'txt').text).toBe('**县政协**');
  });
});

describe('normalizeText: ** masks and bold on one Markdown line', () => {
  const md = (source: string) => normalizeText(source, 'md');

  it('keeps two masks on a line as masks, not as bold: a ** in running text before 县 / 次, a pair before two mask suffixes', () => {
    const n = md('**县政协共召开**次会议。\n在**县调研**次。\n于**月**日在20**年\n');
    expect(n.text).toBe('**县政协共召开**次会议。\n在**县调研**次。\n于**月**日在20**年\n');
    expect(n.markupHeadings).toEqual([]);
  });

  it('reads bold beside a mask as bold and keeps the mask', () => {
    const n = md('**重点工作**：共召开**次会议\n');
    expect(n.text).toBe('重点工作：共召开**次会议\n');
    expect(n.map.at(n.text.indexOf('**'))).toBe(12);
  });

  it('reads a mask inside a bold phrase that ends at punctuation or the line end', () => {
    const n = md('**全年共召开**次常委会议。**\n**县人民政府关于20**年工作的报告**\n');
    expect(n.text).toBe('全年共召开**次常委会议。\n县人民政府关于20**年工作的报告\n');
    expect(n.markupHeadings).toEqual([0, n.text.indexOf('县人民政府')]);
  });

  it('still reads bold that a mask suffix opens or follows, and a wholly bold line as a heading', () => {
    const n = md('**县政协工作报告**\n\n**省长 王某**\n\n办好实事。**一是**千方百计稳增长。**五是**年内通高速。\n全年完成**1200**万元\n');
    expect(n.text).toBe('县政协工作报告\n\n省长 王某\n\n办好实事。一是千方百计稳增长。五是年内通高速。\n全年完成1200万元\n');
    expect(n.markupHeadings).toEqual([0, n.text.indexOf('省长')]);
  });

  it('reads a line with no mask suffix exactly as the bold pattern **(?=\\S)(.+?)(?<=\\S)** does', () => {
    const BOLD = /\*\*(?=\S)(.+?)(?<=\S)\*\*/g;
    const alphabet = ['*', '*', '*', 'a', '一', ' ', '。', '：', '\t', '\u2028'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 20000; n++) {
      const line = Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(md(line).text, JSON.stringify(line)).toBe(line.replace(BOLD, '$1'));
    }
  });
});

describe('positions in a CRLF copy', () => {
  it('maps offsets found in the normalised text to the same line and column as in the LF original', () => {
    const lf = docOf(seed000);
    const crlf = docOf(seed000.replace(/\n/g, '\r\n'));
    expect(crlf.text).toBe(lf.text);
    for (const needle of ['专题资政协商', '强化民主监督', '基层协商平台']) {
      const at = lf.text.indexOf(needle);
      const finding = { ruleId: 't', start: at, end: at + needle.length, message: '' };
      const a = toDiagnostic(lf, finding, 'error');
      const b = toDiagnostic(crlf, finding, 'error');
      expect(b).toEqual(a);
      expect(b.text).toBe(needle);
    }
    const at = lf.text.indexOf('专题资政协商');
    expect(toDiagnostic(crlf, { ruleId: 't', start: at, end: at + 6, message: '' }, 'error')).toMatchObject({
      line: 8, column: 4, endLine: 8, endColumn: 10,
    });
  });
});
