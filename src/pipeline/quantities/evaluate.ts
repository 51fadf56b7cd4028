/**
 * Scoring quantities.csv rows against a hand-made gold (test/fixtures/quantities/cppcc-gold.json): recall,
 * precision and value accuracy, by file and overall. Pure; the evaluation script and test read the files.
 *
 * A found row matches a gold count of the same file, line and subject (each used once; same value first).
 * Recall = matched / gold counts; precision = matched / found rows (in the gold's files only);
 * value accuracy = matched rows whose value, approx and masked flags equal the gold's / matched.
 */
import { z } from 'zod';
import { QUANTITY_UNITS } from '../../schemas/quantity-lexicon.js';

export const QuantityGoldSchema = z
  .object({
    description: z.string(),
    /** Every annotated file, those with no count included (they test precision). */
    files: z.array(z.string().min(1)).min(1),
    counts: z.array(
      z
        .object({
          file: z.string().min(1),
          line: z.number().int().positive(),
          subject: z.string().min(1),
          value: z.number().nonnegative().nullable(),
          unit: z.enum([...QUANTITY_UNITS, '']),
          approx: z.boolean(),
          masked: z.boolean(),
        })
        .strict()
        .refine((c) => (c.value === null) === c.masked, { message: 'value is null exactly when masked' }),
    ),
  })
  .strict();
export type QuantityGold = z.infer<typeof QuantityGoldSchema>;
type GoldCount = QuantityGold['counts'][number];

/** What is compared of a found row. */
export interface FoundCount {
  file: string;
  line: number;
  subject: string;
  value: number | null;
  approx: boolean;
  masked: boolean;
}

export interface QuantityScore {
  gold: number;
  found: number;
  matched: number;
  valueRight: number;
  recall: number;
  precision: number;
  valueAccuracy: number;
  /** Gold counts not found and rows found that are not in the gold, for reading. */
  missed: GoldCount[];
  extra: FoundCount[];
}

/** Score `found` (rows of the gold's files) against `gold` counts. */
export function scoreQuantities(gold: readonly GoldCount[], found: readonly FoundCount[]): QuantityScore {
  const open = [...gold];
  const extra: FoundCount[] = [];
  let valueRight = 0;
  const unmatched: FoundCount[] = [];
  const take = (f: FoundCount, sameValue: boolean) => {
    const i = open.findIndex((g) => g.file === f.file && g.line === f.line && g.subject === f.subject && (!sameValue || g.value === f.value));
    return i < 0 ? undefined : open.splice(i, 1)[0];
  };
  for (const f of found) {
    const g = take(f, true);
    if (!g) unmatched.push(f);
    else if (g.approx === f.approx && g.masked === f.masked) valueRight++;
  }
  for (const f of unmatched) if (!take(f, false)) extra.push(f);
  const matched = found.length - extra.length;
  return {
    gold: gold.length,
    found: found.length,
    matched,
    valueRight,
    recall: ratio(matched, gold.length),
    precision: ratio(matched, found.length),
    valueAccuracy: ratio(valueRight, matched),
    missed: open,
    extra,
  };
}

/** The held-out part of the gold: files whose three-digit number is divisible by 3 (decided before tuning). */
export function isHeldOut(file: string): boolean {
  return Number(file.slice(0, 3)) % 3 === 0;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : Math.round((a / b) * 1000) / 1000;
}
