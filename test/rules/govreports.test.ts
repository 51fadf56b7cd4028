/**
 * Clean, published reports: a fixed sample of ../shared/govreports gives no findings except the two
 * looked at and justified (a generic “XX” seal name in the source and an underscore standing for a lost
 * character). The sample holds the files with the traps met in the whole collection (slogans with +X,
 * 415X, 4×4, 2×66, “数据要素×”, 宝马X3, RS：X, PM_2.5, 〇 in numerals, broken bold markup, text from PDF with spaces
 * inside words before measure words: 市 场，, 各 位代表, 两 个离不开) and every 40th file.
 * Skips when the folder is absent.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDiagnostic } from '../../src/document/span.js';
import { readDocument } from '../../src/io/read.js';
import { compareStrings } from '../../src/compare.js';
import { BUILTIN_RULES } from '../../src/rules/index.js';
import { GOVREPORTS, HAS_GOVREPORTS } from '../helpers.js';
import { findingsOf, overlaps } from './rule-helper.js';

const TRAPS = [
  'national/1954.md', 'provinces/云南省/2005.md', 'provinces/云南省/2021.md', 'provinces/四川省/2007.md',
  'provinces/四川省/2014.md', 'provinces/四川省/2024.md', 'provinces/宁夏回族自治区/2023.md',
  'provinces/宁夏回族自治区/2024.md', 'provinces/新疆维吾尔自治区/2025.md', 'provinces/浙江省/2023.md',
  'provinces/浙江省/2025.md', 'provinces/海南省/2020.md', 'provinces/海南省/2022.md', 'provinces/海南省/2023.md',
  'provinces/湖南省/2025.md', 'provinces/甘肃省/1997.md', 'provinces/西藏自治区/2023.md', 'provinces/辽宁省/2007.md',
  'provinces/辽宁省/2017.md', 'provinces/陕西省/2003.md', 'provinces/陕西省/2017.md', 'provinces/福建省/2009.md',
  'provinces/河北省/2003.md', 'provinces/河北省/2007.md', 'provinces/内蒙古自治区/2000.md',
];

function allReports(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return allReports(join(dir, e.name), rel);
    return e.name.endsWith('.md') && rel !== 'README.md' ? [rel] : [];
  });
}

describe.skipIf(!HAS_GOVREPORTS)('rules on a sample of clean government reports', () => {
  it('find only the two justified placeholders', async () => {
    const every40th = allReports(GOVREPORTS).sort(compareStrings).filter((_, i) => i % 40 === 0);
    const sample = [...new Set([...TRAPS, ...every40th])].sort(compareStrings);
    expect(sample).toHaveLength(44);
    const rows: string[] = [];
    let overlapping = 0;
    for (const file of sample) {
      const doc = await readDocument(join(GOVREPORTS, file), GOVREPORTS);
      const findings = findingsOf(doc, BUILTIN_RULES);
      overlapping += overlaps(findings).length;
      for (const f of findings) {
        const d = toDiagnostic(doc, f, 'error');
        rows.push(`${file}:${d.line}:${d.column} ${d.ruleId} ${d.kind} ${d.text}`);
      }
    }
    expect(rows).toEqual([
      'provinces/海南省/2020.md:232:79 placeholder/letter-mask name XX',
      'provinces/甘肃省/1997.md:34:173 placeholder/underscore name _',
    ]);
    expect(overlapping).toBe(0);
  });
});
