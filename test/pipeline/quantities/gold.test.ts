/**
 * quantities.csv against the hand-made gold of counts in 33 texts of ../shared/cppcc (read from there, never
 * copied; skipped when absent). The gold itself is checked always. Figures as reported in docs/method/quantities.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuantityLexicon } from '../../../src/context.js';
import { readDocument } from '../../../src/io/read.js';
import { placeholderRows } from '../../../src/pipeline/per-document/placeholders.js';
import { isHeldOut, QuantityGoldSchema, scoreQuantities } from '../../../src/pipeline/quantities/evaluate.js';
import { compileQuantityLexicon, extractQuantities } from '../../../src/pipeline/quantities/index.js';
import type { QuantityRow } from '../../../src/schemas/quantities.js';
import { ROOT, SHARED } from '../../helpers.js';

const CPPCC = join(SHARED, 'cppcc');
const gold = QuantityGoldSchema.parse(JSON.parse(readFileSync(join(ROOT, 'test/fixtures/quantities/cppcc-gold.json'), 'utf8')));

describe('the quantity gold', () => {
  it('annotates at least 30 texts, with counts only in annotated files, subjects of the vocabulary', () => {
    const subjects = new Set(loadQuantityLexicon().subjects.map((s) => s.subject));
    expect(gold.files.length).toBeGreaterThanOrEqual(30);
    for (const c of gold.counts) {
      expect(gold.files, c.file).toContain(c.file);
      expect(subjects.has(c.subject), c.subject).toBe(true);
    }
    expect(gold.files.filter(isHeldOut)).toHaveLength(10);
  });
});

describe.skipIf(!existsSync(CPPCC))('quantities on the cppcc gold', () => {
  it('finds the stated counts with the measured recall, precision and value accuracy', async () => {
    const lex = compileQuantityLexicon(loadQuantityLexicon());
    const found: QuantityRow[] = [];
    for (const file of gold.files) {
      const doc = await readDocument(join(CPPCC, file), CPPCC);
      found.push(...extractQuantities(doc, lex, placeholderRows(doc), { region: '', year: null }));
    }
    const score = (heldOut: boolean) => {
      const s = scoreQuantities(gold.counts.filter((c) => isHeldOut(c.file) === heldOut), found.filter((r) => isHeldOut(r.file) === heldOut));
      return [s.gold, s.found, s.matched, s.valueRight, s.recall, s.precision, s.valueAccuracy];
    };
    expect(score(false)).toEqual([133, 129, 129, 129, 0.97, 1, 1]);
    expect(score(true)).toEqual([61, 60, 59, 59, 0.967, 0.983, 1]);
  }, 60_000);
});
