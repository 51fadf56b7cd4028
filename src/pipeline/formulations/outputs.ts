/**
 * The formulation outputs of a run: collocations.csv, formulations.csv, formulation_trends.csv and adoption.csv,
 * from the documents' term counts and phrase candidates. Part of the corpus step (pipeline/corpus/outputs.ts).
 */
import type { z } from 'zod';
import {
  AdoptionRowSchema, CollocationRowSchema, FormulationRowSchema, FormulationTrendRowSchema,
  type FormulationRow, type FormulationTrendRow,
} from '../../schemas/formulations.js';
import type { DocAnalysis } from '../per-document/analyze-document.js';
import { findCollocations } from './collocations.js';
import { formulationTables } from './emergence.js';

export interface FormulationOutputs {
  tables: Map<string, { schema: z.ZodObject; rows: object[] }>;
  formulations: FormulationRow[];
  trends: FormulationTrendRow[];
  collocations: number;
}

/** Find the collocations, then test every term and phrase for emergence. */
export function formulationOutputs(analyses: readonly DocAnalysis[]): FormulationOutputs {
  const collocations = findCollocations(analyses.map((a) => a.phrases));
  const docs = analyses.map((a) => ({ year: a.row.year, region: a.row.region, terms: a.terms, phrases: a.phrases }));
  const { formulations, trends, adoption } = formulationTables(docs, collocations);
  return {
    tables: new Map<string, { schema: z.ZodObject; rows: object[] }>([
      ['collocations.csv', { schema: CollocationRowSchema, rows: collocations.map((c) => c.row) }],
      ['formulations.csv', { schema: FormulationRowSchema, rows: formulations }],
      ['formulation_trends.csv', { schema: FormulationTrendRowSchema, rows: trends }],
      ['adoption.csv', { schema: AdoptionRowSchema, rows: adoption }],
    ]),
    formulations,
    trends,
    collocations: collocations.length,
  };
}
