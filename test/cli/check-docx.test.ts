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
});

describe('workreport check on a .docx', () => {
  it('reports a placeholder in the footer with its place in Word, and no numbering warning from a comment', () => {
    expect(runCli(['check', '报告.docx'], { cwd: dir })).toEqual({
      status: 1, stderr: '', stdout: [
        '报告.docx',
        '  5:1  error    未填写的占位符“XX”（地区）：此处应填写具体地名  placeholder/letter-mask',
        '       位置：页脚 第1段',
        '       XX县政协办公室',
        '       ^^',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    });
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
});
