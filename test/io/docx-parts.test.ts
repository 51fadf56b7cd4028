/**
 * The whole .docx: headers, footers, footnotes, endnotes, comments, text boxes and tables, each line with the
 * place a Word user goes to; tracked changes read as accepted.
 */
import { describe, expect, it } from 'vitest';
import { checkResult } from '../../src/check.js';
import { docxLocationText } from '../../src/document/docx-layout.js';
import { readDocx } from '../../src/io/docx.js';
import { documentFromBytes } from '../../src/io/read.js';
import { BUILTIN_RULES } from '../../src/rules/index.js';
import { compileRuleSet } from '../../src/rules/ruleset.js';
import { buildDocxPackage, para, run, type ExtraPart } from '../docx-builder.js';

const textBox = (text: string) => `<w:txbxContent>${para(text)}</w:txbxContent>`;
/** A text box as Word writes it: a DrawingML shape, and the same box again as VML for older readers. */
const anchoredBox = (text: string) => '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
  + `<mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">${textBox(text)}</wps:txbx></w:drawing></mc:Choice>`
  + `<mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml">${textBox(text)}</v:textbox></w:pict></mc:Fallback>`
  + '</mc:AlternateContent></w:r>';
const cell = (text: string) => `<w:tc>${para(text)}</w:tc>`;
const note = (tag: string, id: string, text: string, type?: string) =>
  `<w:${tag} w:id="${id}"${type ? ` w:type="${type}"` : ''}>${para(text)}</w:${tag}>`;

const BODY = [
  para('XX县政协2024年工作报告'),
  `<w:p>${run('全年共收到提案')}<w:ins w:id="1" w:author="a">${run('XX')}</w:ins>${run('件')}<w:r><w:footnoteReference w:id="2"/></w:r></w:p>`,
  `<w:p>${run('开展视察')}<w:del w:id="2" w:author="a"><w:r><w:delText>XX</w:delText></w:r></w:del>${run('12次')}<w:r><w:commentReference w:id="7"/></w:r></w:p>`,
  // A deleted paragraph mark: with changes accepted, this paragraph and the next read as one.
  `<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr>${run('走访委员')}</w:p>`,
  `<w:p>${run('XX人次')}${anchoredBox('联系电话：XXX')}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>`,
  `<w:tbl><w:tr>${cell('项目')}${cell('数量')}</w:tr><w:tr>${cell('调研')}${cell('X篇')}</w:tr>`
    + `<w:tr><w:trPr><w:del w:id="4" w:author="a"/></w:trPr>${cell('删去')}${cell('XX')}</w:tr></w:tbl>`,
  `<w:p>${run('完')}<w:r><w:endnoteReference w:id="5"/></w:r></w:p>`,
  '<w:sectPr><w:headerReference w:type="default" r:id="rH1"/><w:headerReference w:type="first" r:id="rH2"/><w:footerReference w:type="default" r:id="rF1"/></w:sectPr>',
].join('');

const EXTRAS: ExtraPart[] = [
  { name: 'word/header1.xml', type: 'header', id: 'rH1', xml: para('XX县政协办公室') },
  { name: 'word/header2.xml', type: 'header', id: 'rH2', xml: para('封面') },
  { name: 'word/footer1.xml', type: 'footer', id: 'rF1', xml: para('第 页') + para('联系人：某某') },
  {
    name: 'word/footnotes.xml', type: 'footnotes', id: 'rN',
    xml: note('footnote', '-1', 'separator', 'separator') + note('footnote', '1', '数据截至20XX年') + note('footnote', '2', '含联名提案'),
  },
  { name: 'word/endnotes.xml', type: 'endnotes', id: 'rE', xml: note('endnote', '5', '资料来源：X县统计局') },
  { name: 'word/comments.xml', type: 'comments', id: 'rC', xml: note('comment', '7', '请核实XX数字') },
];

describe('readDocx: every part of the package', () => {
  it('lays out body, text boxes, headers, footers, notes and comments, each line with its Word location', async () => {
    const { source, lines, bodyLines } = await readDocx(await buildDocxPackage(BODY, EXTRAS));
    expect(source.split('\n').map((text, i) => `${docxLocationText(lines[i]!)} | ${text}`)).toEqual([
      '正文 第1段 | XX县政协2024年工作报告',
      '正文 第2段 | 全年共收到提案XX件',
      '正文 第3段 | 开展视察12次',
      '正文 第4段 | 走访委员XX人次',
      '正文 第5段（表1 第1行第1列） | 项目',
      '正文 第6段（表1 第1行第2列） | 数量',
      '正文 第7段（表1 第2行第1列） | 调研',
      '正文 第8段（表1 第2行第2列） | X篇',
      '正文 第9段 | 完',
      '文本框（正文第4段） 第1段 | 联系电话：XXX',
      '页眉 第1段 | XX县政协办公室',
      '页眉（首页） 第1段 | 封面',
      '页脚 第1段 | 第 页',
      '页脚 第2段 | 联系人：某某',
      // Numbered as Word numbers them: by the order the body refers to them (id 2 comes first).
      '脚注1 第1段 | 含联名提案',
      '脚注2 第1段 | 数据截至20XX年',
      '尾注1 第1段 | 资料来源：X县统计局',
      '批注1 第1段 | 请核实XX数字',
    ]);
    expect(bodyLines).toBe(9);
  });

  it('gives check findings in every part, with the location a Word user follows', async () => {
    const doc = await documentFromBytes(await buildDocxPackage(BODY, EXTRAS), { path: 'r.docx', file: 'r.docx', format: 'docx' });
    const { diagnostics } = checkResult(doc, compileRuleSet(undefined, undefined, BUILTIN_RULES));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.location} ${d.text}`)).toEqual([
      '1:1 正文 第1段 XX',
      '2:8 正文 第2段 XX',
      '4:5 正文 第4段 XX',
      '8:1 正文 第8段（表1 第2行第2列） X',
      '10:6 文本框（正文第4段） 第1段 XXX',
      '11:1 页眉 第1段 XX',
      '14:5 页脚 第2段 某某',
      '16:5 脚注2 第1段 20XX',
      '17:6 尾注1 第1段 X',
      '18:4 批注1 第1段 XX',
    ]);
  });
});
