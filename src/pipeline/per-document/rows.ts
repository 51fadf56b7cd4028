/**
 * One document's rows of the long per-document tables — terms.csv, sections.csv, themes.csv — validated and
 * serialised where the document is analysed (a worker), so that the main thread only joins the parts in corpus
 * order (`joinTable`). The bytes are those of serialising every row at once. Pure.
 */
import { tableLines } from '../../format/table.js';
import { TermRowSchema, type TermRow } from '../../schemas/documents.js';
import type { ThemeLexicon } from '../../schemas/lexicon.js';
import type { StreamedPart } from '../../schemas/outputs.js';
import { SectionRowSchema, type SectionRow } from '../../schemas/sections.js';
import { ThemeRowSchema } from '../../schemas/themes.js';
import type { TermCounts } from './count.js';
import { rate10k, round4 } from '../corpus/rates.js';
import { themeRows } from './theme-rows.js';
import type { ThemeHit } from './themes.js';

/** CSV data lines (no header) of one document's rows, each table's part ending with a line break. */
export type DocTables = Record<StreamedPart, string>;

/** What the three tables are made of, for one document. */
export interface DocTablesInput {
  docId: string;
  hanChars: number;
  terms: TermCounts;
  sections: readonly SectionRow[];
  themes: readonly ThemeHit[];
}

/** Serialise one document's rows of terms.csv, sections.csv and themes.csv. */
export function docTables(input: DocTablesInput, lexicon: ThemeLexicon): DocTables {
  const { docId, hanChars, terms } = input;
  const termRows: TermRow[] = terms.terms.map((term, i) => {
    const count = terms.counts[i]!;
    return { doc_id: docId, term, count, per_10k_chars: round4(rate10k(count, hanChars)) };
  });
  return {
    terms: tableLines(`terms.csv (${docId})`, TermRowSchema, termRows),
    sections: tableLines(`sections.csv (${docId})`, SectionRowSchema, input.sections),
    themes: tableLines(`themes.csv (${docId})`, ThemeRowSchema, themeRows(docId, hanChars, input.themes, lexicon)),
  };
}
