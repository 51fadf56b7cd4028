/**
 * One document's rows of the per-document tables — terms.csv, sections.csv, themes.csv, placeholders.csv,
 * topics.csv, quantities.csv — validated and serialised where the document is analysed (a worker), so that the main
 * thread only joins the parts in corpus order (`joinTable`). The bytes are those of serialising every row at once.
 * Pure.
 */
import type { z } from 'zod';
import { tableLines } from '../../format/table.js';
import type { ThemeLexicon } from '../../schemas/lexicon.js';
import type { StreamedPart } from '../../schemas/outputs.js';
import { PlaceholderRowSchema } from '../../schemas/placeholders.js';
import { QuantityRowSchema } from '../../schemas/quantities.js';
import { SectionRowSchema, type SectionRow } from '../../schemas/sections.js';
import { ThemeRowSchema } from '../../schemas/themes.js';
import { TopicRowSchema } from '../../schemas/topics.js';
import type { TermCounts } from './count.js';
import { termLines } from './term-lines.js';
import { themeRows } from './theme-rows.js';
import type { ThemeHit } from './themes.js';

/**
 * CSV data lines (no header) of one document's rows in UTF-8, each table's part ending with a line break. Bytes, not
 * strings: a worker moves them to the main thread instead of having them copied twice (serialised, then made into
 * strings again), and a part with any Chinese in it is a string of two bytes a character, though most are ASCII.
 */
export type DocTables = Record<StreamedPart, Uint8Array>;

/** The tables of which a stage makes every row: serialised by `stageLines` as the stage ends. */
export type StagePart = Extract<StreamedPart, 'placeholders' | 'topics' | 'quantities'>;

/** terms.csv, sections.csv and themes.csv, which `docTables` makes. */
export type TermTables = Record<Exclude<StreamedPart, StagePart>, string>;

/** What the three tables are made of, for one document. */
export interface DocTablesInput {
  docId: string;
  hanChars: number;
  terms: TermCounts;
  sections: readonly SectionRow[];
  themes: readonly ThemeHit[];
}

/** `parts` in UTF-8 (`DocTables`), each in a buffer of its own, which can be moved to another thread. */
export function utf8Parts<K extends StreamedPart>(parts: Record<K, string>): Record<K, Uint8Array> {
  const encoder = new TextEncoder();
  const encoded = {} as Record<K, Uint8Array>;
  for (const part of Object.keys(parts) as K[]) encoded[part] = encoder.encode(parts[part]);
  return encoded;
}

/** Serialise one document's rows of terms.csv, sections.csv and themes.csv. */
export function docTables(input: DocTablesInput, lexicon: ThemeLexicon): TermTables {
  const { docId, hanChars } = input;
  return {
    terms: termLines(docId, hanChars, input.terms),
    sections: tableLines(`sections.csv (${docId})`, SectionRowSchema, input.sections),
    themes: tableLines(`themes.csv (${docId})`, ThemeRowSchema, themeRows(docId, hanChars, input.themes, lexicon)),
  };
}

const STAGE_TABLES: Record<StagePart, [name: string, schema: z.ZodObject]> = {
  placeholders: ['placeholders.csv', PlaceholderRowSchema],
  topics: ['topics.csv', TopicRowSchema],
  quantities: ['quantities.csv', QuantityRowSchema],
};

/**
 * Serialise one document's rows of placeholders.csv, topics.csv or quantities.csv: done as the stage that makes them
 * ends, so that its rows are garbage from then on (a 100 MB file has some 330,000 placeholders).
 */
export function stageLines(part: StagePart, docId: string, rows: readonly object[]): string {
  const [name, schema] = STAGE_TABLES[part];
  return tableLines(`${name} (${docId})`, schema, rows);
}
