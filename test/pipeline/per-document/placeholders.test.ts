import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/create.js';
import { placeholderCounts, placeholderRows } from '../../../src/pipeline/per-document/placeholders.js';
import { compileRuleSet } from '../../../src/rules/ruleset.js';
import type { Rule } from '../../../src/rules/types.js';
import { PlaceholderRowSchema } from '../../../src/schemas/placeholders.js';
import { columnsOf } from '../../../src/schemas/documents.js';
import { docOf, LETTER_RULE, NUMBERING_RULES } from '../../check-fakes.js';
import { CORPUS, GOLD, readJson, SEED_FILES } from '../../helpers.js';

const BLANK_RULE: Rule = {
  id: 'blank-slot', description: 'test', help: 'test', defaultSeverity: 'error',
  check: (text) => [...text.matchAll(/增长 %/g)].map((m) => ({ ruleId: 'blank-slot', start: m.index + 2, end: m.index + 3, message: '缺少数字', kind: 'blank' })),
};

describe('placeholderRows', () => {
  const doc = docOf('二、工作\n<!-- workreport-disable-next-line -->\nX县\n收入增长 %，XX次', 'drafts/a.txt');

  it('gives one row per placeholder or blank slot with the placeholders.csv columns, suppression honoured', () => {
    const rules = compileRuleSet(undefined, undefined, [LETTER_RULE, BLANK_RULE], [NUMBERING_RULES]);
    const rows = placeholderRows(doc, rules);
    expect(rows).toEqual([
      { doc_id: 'drafts/a', file: 'drafts/a.txt', line: 4, column: 5, end_column: 6, text: ' ', kind: 'blank', rule_id: 'blank-slot', context: 'X县 收入增长 %，XX次', location: '' },
      { doc_id: 'drafts/a', file: 'drafts/a.txt', line: 4, column: 8, end_column: 10, text: 'XX', kind: 'region', rule_id: 'placeholder/test-letter', context: 'X县 收入增长 %，XX次', location: '' },
    ]);
    for (const r of rows) expect(() => PlaceholderRowSchema.parse(r)).not.toThrow();
    expect(Object.keys(rows[0]!)).toEqual(columnsOf(PlaceholderRowSchema));
  });

  it('counts placeholders by kind and blank slots apart', () => {
    const rows = placeholderRows(doc, [LETTER_RULE, BLANK_RULE]);
    expect(placeholderCounts(rows)).toEqual({ placeholders: 1, blank_slots: 1, ph_region: 1, ph_number: 0, ph_date: 0, ph_name: 0, ph_other: 0 });
  });

  it('finds two ** masks on a Markdown line, and a mask beside bold, as in .txt (built-in rules)', () => {
    const brief = (d: ReturnType<typeof docOf>) => placeholderRows(d).map((r) => `${r.line}:${r.column}-${r.end_column} ${r.text} ${r.kind}`);
    const draft = '**一、工作回顾**\n**县政协共召开**次会议。\n在**县调研**次。\n**重点工作**：共召开**次会议\n';
    const expected = ['2:1-3 ** region', '2:9-11 ** number', '3:2-4 ** region', '3:7-9 ** number'];
    expect(brief(docOf(draft.replace(/\*\*(一、工作回顾|重点工作)\*\*/g, '$1'), 'drafts/m.txt'))).toEqual([...expected, '4:9-11 ** number']);
    expect(brief(docOf(draft, 'drafts/m.md', 'md'))).toEqual([...expected, '4:13-15 ** number']);
  });

  it('agrees with the gold counts per kind on the sample reports (built-in rules)', () => {
    const gold = readJson<{ placeholders: { file: string; kind: string }[] }>(join(GOLD, 'placeholders.json')).placeholders;
    for (const file of SEED_FILES) {
      const seed = createDocument({ path: join(CORPUS, file), file, format: 'txt', encoding: 'utf-8', source: readFileSync(join(CORPUS, file), 'utf8') });
      const expected = { placeholders: 0, blank_slots: 0, ph_region: 0, ph_number: 0, ph_date: 0, ph_name: 0, ph_other: 0 } as Record<string, number>;
      for (const g of gold.filter((p) => p.file === file)) {
        expected.placeholders!++;
        expected[`ph_${g.kind}`]!++;
      }
      expect(placeholderCounts(placeholderRows(seed)), file).toEqual(expected);
    }
  });
});
