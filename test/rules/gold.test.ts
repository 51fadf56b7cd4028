/**
 * The 152 hand-checked placeholders of the five sample reports: every one found, with its kind, and
 * nothing else.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDiagnostic } from '../../src/document/span.js';
import { readDocument } from '../../src/io/read.js';
import { BUILTIN_RULES } from '../../src/rules/index.js';
import { CORPUS, GOLD, readJson, SEED_FILES } from '../helpers.js';
import { findingsOf, overlaps } from './rule-helper.js';

interface GoldPlaceholder { file: string; line: number; column: number; text: string; kind: string }

const gold = readJson<{ placeholders: GoldPlaceholder[] }>(join(GOLD, 'placeholders.json')).placeholders;
const byPlace = (a: GoldPlaceholder, b: GoldPlaceholder) =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;

async function foundInSeeds(): Promise<{ rows: GoldPlaceholder[]; overlapping: number }> {
  const rows: GoldPlaceholder[] = [];
  let overlapping = 0;
  for (const file of SEED_FILES) {
    const doc = await readDocument(join(CORPUS, file), CORPUS);
    const findings = findingsOf(doc, BUILTIN_RULES);
    overlapping += overlaps(findings).length;
    for (const f of findings) {
      const d = toDiagnostic(doc, f, 'error');
      rows.push({ file, line: d.line, column: d.column, text: d.text, kind: d.kind ?? '' });
    }
  }
  return { rows: rows.sort(byPlace), overlapping };
}

describe('gold placeholders of the sample corpus', () => {
  it('lists 152 placeholders', () => {
    expect(gold).toHaveLength(152);
  });

  it('finds exactly the gold placeholders, with their kinds, and nothing else', async () => {
    const { rows, overlapping } = await foundInSeeds();
    expect(rows).toEqual([...gold].map(({ file, line, column, text, kind }) => ({ file, line, column, text, kind })).sort(byPlace));
    expect(overlapping).toBe(0);
  });
});
