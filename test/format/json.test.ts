import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/format/json.js';
import { fileError } from '../../src/io/messages.js';
import { sampleRun } from './fixture.js';

describe('formatJson', () => {
  it('writes the schemaVersion 1 contract with every key present', () => {
    const out = formatJson(sampleRun().results);
    expect(out.endsWith('}\n')).toBe(true);
    expect(JSON.parse(out)).toEqual({
      schemaVersion: 1,
      results: [
        {
          file: 'drafts/县/a.txt',
          diagnostics: [
            {
              ruleId: 'placeholder/test-letter', severity: 'error', message: '未填写的占位符“X”（地区）：此处应填写具体地名',
              kind: 'region', text: 'X', line: 2, column: 1, endLine: 2, endColumn: 2,
              context: '一、总体情况 X县政协召开XX次会议', section: null, location: null,
            },
            {
              ruleId: 'placeholder/test-letter', severity: 'error', message: '未填写的占位符“XX”（地区）：此处应填写具体地名',
              kind: 'region', text: 'XX', line: 2, column: 7, endLine: 2, endColumn: 9,
              context: '体情况 X县政协召开XX次会议。 二、主要工', section: null, location: null,
            },
            {
              ruleId: 'numbering/test', severity: 'warning', message: '编号“二、”之前缺少“一、”',
              kind: null, text: '二、', line: 3, column: 1, endLine: 3, endColumn: 3,
              context: '协召开XX次会议。 二、主要工作', section: '二、主要工作', location: null,
            },
          ],
        },
        { file: 'b.txt', diagnostics: [] },
      ],
      notChecked: [],
      summary: { files: 2, errors: 2, warnings: 1, notChecked: 0 },
    });
  });

  it('lists the files not checked, those that failed first, and counts them in the summary', () => {
    const failed = fileError('c.txt', 'read', { key: 'decode.binary' });
    const passed = fileError('notes.pdf', 'skipped', { key: 'reason.format.pdf' }, 'info');
    const out = JSON.parse(formatJson(sampleRun().results, { failures: [failed], skipped: [passed] }));
    expect(out.notChecked).toEqual([
      { file: 'c.txt', stage: 'read', severity: 'error', message: failed.message },
      { file: 'notes.pdf', stage: 'skipped', severity: 'info', message: passed.message },
    ]);
    expect(failed.message).toMatch(/^binary content/);
    expect(out.summary).toEqual({ files: 2, errors: 2, warnings: 1, notChecked: 2 });
  });

  it('keeps the key order of the contract', () => {
    const d = JSON.parse(formatJson(sampleRun().results)).results[0].diagnostics[0];
    expect(Object.keys(d)).toEqual(['ruleId', 'severity', 'message', 'kind', 'text', 'line', 'column', 'endLine', 'endColumn', 'context', 'section', 'location']);
  });
});
