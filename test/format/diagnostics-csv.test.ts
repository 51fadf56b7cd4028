import { describe, expect, it } from 'vitest';
import { formatDiagnosticsCsv } from '../../src/format/diagnostics-csv.js';
import { parseCsv } from '../../src/format/csv.js';
import { sampleRun } from './fixture.js';

describe('formatDiagnosticsCsv', () => {
  it('writes one row per diagnostic with the documented columns', () => {
    expect(formatDiagnosticsCsv(sampleRun().results)).toBe([
      'file,line,column,end_line,end_column,severity,rule_id,kind,text,message,context,section,location',
      'drafts/县/a.txt,2,1,2,2,error,placeholder/test-letter,region,X,未填写的占位符“X”（地区）：此处应填写具体地名,一、总体情况 X县政协召开XX次会议,,',
      'drafts/县/a.txt,2,7,2,9,error,placeholder/test-letter,region,XX,未填写的占位符“XX”（地区）：此处应填写具体地名,体情况 X县政协召开XX次会议。 二、主要工,,',
      'drafts/县/a.txt,3,1,3,3,warning,numbering/test,,二、,编号“二、”之前缺少“一、”,协召开XX次会议。 二、主要工作,二、主要工作,',
      '',
    ].join('\n'));
  });

  it('round-trips through a CSV parser, BOM included for Excel', () => {
    const text = formatDiagnosticsCsv(sampleRun().results, { bom: true });
    expect(text.startsWith('\uFEFFfile,')).toBe(true);
    expect(parseCsv(text).rows.map((r) => r.text)).toEqual(['X', 'XX', '二、']);
  });
});
