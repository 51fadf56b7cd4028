/**
 * A draft cannot drive the reader's terminal: ESC/OSC sequences, carriage returns, C1 controls and BiDi overrides
 * from documents and file names are printed escaped in every human-readable output.
 */
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/format/terminal.js';
import { excerpt } from '../../src/format/stylish.js';
import { runCli } from '../cli/run.js';
import { makeTree } from './tree.js';

const OSC_TITLE = '\x1b]0;pwned\x07';
const CLEAR = '\x1b[2J';
// Nothing a terminal acts on may reach it: ESC, BEL, CR, C1 (CSI 0x9B) and the BiDi override U+202E.
const RAW_CONTROL = /[\x07\x1b\r\x9b\u202e]/;

describe('terminalSafe', () => {
  it('escapes C0 (not tab or line feed), DEL, C1 and BiDi controls, and leaves Chinese text alone', () => {
    expect(terminalSafe(`政协\t委员\n${OSC_TITLE}\r\x7f\x9b\u202e`)).toBe('政协\t委员\n\\x1B]0;pwned\\x07\\x0D\\x7F\\x9B\\u202E');
    expect(terminalSafe('a\nb', { oneLine: true })).toBe('a\\x0Ab');
  });

  it('keeps the stylish carets under the finding when an escaped control character comes before it', () => {
    const ex = excerpt('\x1b[2J回顾20XX年', { line: 1, column: 7, endLine: 1, endColumn: 11 });
    expect(ex.text).toBe('\\x1B[2J回顾20XX年');
    expect(ex.caretFrom).toBe('\\x1B[2J'.length + 4); // the escape as printed, then 回顾 at two columns each
  });
});

describe('every human-readable output escapes what a document holds', () => {
  const dir = makeTree({ [`draft${CLEAR}.txt`]: `一、回顾20XX年工作${OSC_TITLE}\n（一）全面推进\u202e协商${CLEAR}。\n`, 'x.doc\x1b[31m.doc': 'x' });

  it('check: stylish, unix and the skipped-file message on stderr', () => {
    for (const format of ['stylish', 'unix']) {
      const run = runCli(['check', dir, '--format', format]);
      expect(run.status).toBe(1);
      expect(run.stdout).not.toMatch(RAW_CONTROL);
      expect(run.stdout).toContain('draft\\x1B[2J.txt');
      expect(run.stderr).not.toMatch(RAW_CONTROL);
      expect(run.stderr).toContain('x.doc\\x1B[31m.doc');
    }
    expect(runCli(['check', dir]).stdout).toContain('回顾20XX年工作\\x1B]0;pwned\\x07');
  });

  it('kwic text and outline text', () => {
    const kwic = runCli(['kwic', '协商', dir]);
    expect(kwic.status).toBe(1); // the .doc was skipped
    expect(kwic.stdout).not.toMatch(RAW_CONTROL);
    expect(kwic.stdout).toContain('全面推进\\u202E  协商  \\x1B[2J。');
    const outline = runCli(['outline', `${dir}/draft${CLEAR}.txt`]);
    expect(outline.stdout).not.toMatch(RAW_CONTROL);
    expect(outline.stdout).toContain('一、回顾20XX年工作\\x1B]0;pwned\\x07');
  });

  it('the machine formats keep the text as it is (JSON escapes it itself)', () => {
    const json = runCli(['check', dir, '--format', 'json']);
    expect(json.stdout).toContain('\\u001b]0;pwned\\u0007');
  });
});
