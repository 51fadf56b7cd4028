/**
 * The five sample reports: their stated counts are masked (收到委员提案*件, XX余项, *名委员); every masked count of
 * CPPCC work must be a masked row that points at a number placeholder of the hand-checked placeholder gold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuantityLexicon } from '../../../src/context.js';
import { createDocument } from '../../../src/document/create.js';
import { placeholderRows } from '../../../src/pipeline/per-document/placeholders.js';
import { compileQuantityLexicon, extractQuantities } from '../../../src/pipeline/quantities/index.js';
import type { QuantityRow } from '../../../src/schemas/quantities.js';
import { CORPUS, GOLD, readJson, SEED_FILES } from '../../helpers.js';

const lex = compileQuantityLexicon(loadQuantityLexicon());
const rows: QuantityRow[] = SEED_FILES.flatMap((file) => {
  const doc = createDocument({ path: join(CORPUS, file), file, format: 'txt', encoding: 'utf-8', source: readFileSync(join(CORPUS, file), 'utf8') });
  return extractQuantities(doc, lex, placeholderRows(doc), { region: '', year: null });
});
const masked = rows.filter((r) => r.masked).map((r) => `${r.file.slice(0, 3)} ${r.line}:${r.column} ${r.subject}`);

/** The masked counts of CPPCC work in the samples, read from the texts (line:column of the mask). */
const EXPECTED = [
  '000 5:68 制度', '000 7:20 协商活动', '000 7:36 协商会', '000 7:43 常委会会议', '000 7:57 视察', '000 7:65 调研报告', '000 7:75 大会发言',
  '000 9:133 提案',
  '002 4:168 主席会议', '002 4:171 常委会会议', '002 4:190 培训', '002 4:200 培训', '002 4:207 人次', '002 4:234 发言', '002 4:252 发言',
  '002 4:269 发言', '002 14:103 调研', '002 16:140 委员', '002 16:148 委员', '002 16:152 委员', '002 16:211 履职平台', '002 16:249 履职平台',
  '002 16:252 履职平台', '002 16:262 履职平台', '002 16:316 人次', '002 17:185 委员提案', '002 17:194 立案', '002 17:201 并案',
  '002 17:208 立案', '002 17:237 重点提案', '002 17:261 提案', '002 20:254 履职活动', '002 20:263 履职活动', '002 20:283 履职活动',
  '004 3:143 培训', '004 5:135 调研报告', '004 5:213 专题协商会', '004 5:256 建议', '004 7:139 人次', '004 7:159 建议',
];

describe('quantities of the five samples', () => {
  it('has a masked row for every masked count of CPPCC work (*件, XX余项, *名委员 …)', () => {
    expect(masked).toEqual(EXPECTED);
    expect(rows.find((r) => r.file.startsWith('002') && r.line === 17 && r.column === 185)).toMatchObject({ subject_text: '委员提案', unit: '件', value: null });
    expect(rows.find((r) => r.file.startsWith('000') && r.line === 5)).toMatchObject({ subject_text: '工作制度', unit: '项', approx: true });
  });

  it('points every masked row at a number placeholder of the hand-checked gold', () => {
    const gold = readJson<{ placeholders: { file: string; line: number; column: number; kind: string }[] }>(join(GOLD, 'placeholders.json'));
    const numbers = new Set(gold.placeholders.filter((p) => p.kind === 'number').map((p) => `${p.file} ${p.line}:${p.column}`));
    for (const r of rows.filter((x) => x.masked)) expect(numbers.has(`${r.file} ${r.placeholder}`), `${r.file} ${r.placeholder}`).toBe(true);
  });

  it('reads the one count the samples state in words (四份调研报告), not the Party committee\'s (县委常委会会议每年至少两次)', () => {
    expect(rows.filter((r) => !r.masked).map((r) => [r.file.slice(0, 3), r.subject, r.value, r.unit])).toEqual([['004', '调研报告', 4, '份']]);
  });
});
