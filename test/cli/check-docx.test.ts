/**
 * `check` as a drafter runs it on a .docx: every part, each finding with its place in Word (stylish and csv),
 * numbering read from the body alone; and `--format csv --excel` writes the BOM Excel needs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocxPackage, para } from '../docx-builder.js';
import { runCli } from './run.js';

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wr-check-docx-'));
  const body = para('一、主要工作') + para('全年召开常委会议6次。') + para('二、下步打算') + para('继续努力。')
    + '<w:sectPr><w:footerReference w:type="default" r:id="rF"/></w:sectPr>';
  writeFileSync(join(dir, '报告.docx'), await buildDocxPackage(body, [
    { name: 'word/footer1.xml', type: 'footer', id: 'rF', xml: para('XX县政协办公室') },
    // A comment that opens with （三） is no heading: it must not break the body's numbering.
    { name: 'word/comments.xml', type: 'comments', id: 'rC', xml: '<w:comment w:id="0">' + para('（三）此处补充数字') + '</w:comment>' },
  ]));
  // Two versions of a report: this year's draft copied from last year's, partly updated.
  writeFileSync(join(dir, '2023.docx'), await buildDocxPackage(para('青山县政协2023年工作报告') + para('一、主要工作')
    + para('全年共收到提案312件，立案298件。') + para('组织视察调研18次，形成调研报告12篇。') + para('2023年3月召开全体会议，审议通过工作报告。')));
  writeFileSync(join(dir, '2024.docx'), await buildDocxPackage(para('青山县政协2024年工作报告') + para('一、主要工作')
    + para('组织视察调研21次，形成调研报告15篇。') + para('全年共收到提案', '312', '件，立案298件。')
    + para('2023年3月召开全体会议，审议通过了工作报告。')));
});

describe('workreport check on a .docx', () => {
  it('reports a placeholder in the footer with its place in Word, and no numbering warning from a comment', () => {
    expect(runCli(['check', '报告.docx'], { cwd: dir })).toEqual({
      status: 1, stderr: '', stdout: [
        '报告.docx',
        '  5:1  error    未填写的占位符“XX”（地区）：此处应填写具体地名  placeholder/letter-mask',
        '       in Word: 页脚 第1段',
        '       XX县政协办公室',
        '       ^^',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    });
    // In Chinese the place reads as a Word user names it.
    expect(runCli(['check', '报告.docx', '--lang', 'zh'], { cwd: dir }).stdout.split('\n')[2]).toBe('       位置：页脚 第1段');
  });

  it('--format csv --excel: a UTF-8 BOM first, and the location column', () => {
    const r = runCli(['check', '报告.docx', '--format', 'csv', '--excel'], { cwd: dir });
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      '\uFEFFfile,line,column,end_line,end_column,severity,rule_id,kind,text,message,context,section,location',
      '报告.docx,5,1,5,3,error,placeholder/letter-mask,region,XX,未填写的占位符“XX”（地区）：此处应填写具体地名,步打算 继续努力。 XX县政协办公室 （三）,,页脚 第1段',
    ]);
    expect(runCli(['check', '报告.docx', '--format', 'csv'], { cwd: dir }).stdout).toMatch(/^file,/);
    expect(runCli(['check', '报告.docx', '--excel'], { cwd: dir })).toEqual({
      status: 2, stdout: '', stderr: 'workreport: --excel: applies to --format csv only (the format is stylish)\n',
    });
  });

  it('--previous: the sentences of the draft left as they were last year, with both places', () => {
    const r = runCli(['check', '--previous', '2023.docx', '2024.docx', '--format', 'unix'], { cwd: dir });
    expect(r).toEqual({
      status: 0, stderr: '', stdout: [
        '2024.docx:4:1: warning: 与去年报告相同的句子，其中的年份、日期或数字（312、298）未变：请核实是否需要更新。去年报告：2023.docx 第3行第1列（正文 第3段） [stale/unchanged-sentence]',
        '2024.docx:5:1: warning: 与去年报告相同的句子，其中的年份、日期或数字（2023、3）未变：请核实是否需要更新。去年报告：2023.docx 第5行第1列（正文 第5段） [stale/unchanged-sentence]',
        '',
      ].join('\n'),
    });
    expect(runCli(['check', '--previous', 'missing.docx', '2024.docx'], { cwd: dir })).toMatchObject({
      status: 2, stderr: expect.stringMatching(/^workreport: --previous missing\.docx: cannot read last year's report \(ENOENT/),
    });
  });
});
