/**
 * The formulation outputs of a run: collocations.csv, formulations.csv, formulation_trends.csv and adoption.csv,
 * from the documents' term counts and phrase candidates. Part of the corpus step (pipeline/corpus/outputs.ts).
 */
import type { FormulationRow, FormulationTrendRow } from '../../schemas/formulations.js';
import type { CorpusDoc } from '../corpus/corpus-doc.js';
import { numberTerms } from '../corpus/term-ids.js';
import { COLLOCATION_THRESHOLDS, findCollocations } from './collocations.js';
import { EMERGENCE, formulationTables } from './emergence.js';

export interface FormulationOutputs {
  /** Rows by output file name (their schemas are in the registry of outputs). */
  tables: Map<string, readonly object[]>;
  formulations: FormulationRow[];
  trends: FormulationTrendRow[];
  collocations: number;
}

/**
 * Find the collocations, then test every term and phrase for emergence. Both read the phrase candidates by the
 * same numbers, made once.
 */
export function formulationOutputs(analyses: readonly CorpusDoc[]): FormulationOutputs {
  const phrases = numberTerms(analyses.map((a) => a.phrases));
  const collocations = findCollocations(analyses.map((a) => a.phrases), COLLOCATION_THRESHOLDS, phrases);
  const docs = analyses.map((a) => ({ year: a.row.year, region: a.row.region, terms: a.terms, phrases: a.phrases }));
  const { formulations, trends, adoption } = formulationTables(docs, collocations, EMERGENCE, phrases);
  return {
    tables: new Map<string, readonly object[]>([
      ['collocations.csv', collocations.map((c) => c.row)],
      ['formulations.csv', formulations],
      ['formulation_trends.csv', trends],
      ['adoption.csv', adoption],
    ]),
    formulations,
    trends,
    collocations: collocations.length,
  };
}
