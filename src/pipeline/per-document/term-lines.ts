/**
 * One document's rows of terms.csv as CSV data lines, written straight from its term counts. The bytes and the
 * checks are those of `tableLines` over row objects (format/table.ts); a province's report has some 2,000 terms,
 * the provinces 1.4 million, and making an object of each row and going through the generic column writers took
 * three times as long.
 *
 * ok: terms 政协 ×5, 协商 ×2 of a document `a` with 2,000 Han characters → 'a,政协,5,25\na,协商,2,10\n'
 */
import { csvField } from '../../format/csv.js';
import { tableLines } from '../../format/table.js';
import { TermRowSchema, type TermRow } from '../../schemas/documents.js';
import { rate10k, round4 } from '../corpus/rates.js';
import type { TermCounts } from './count.js';

const COLUMN = TermRowSchema.shape;

/**
 * The data lines of terms.csv for `terms` of document `docId`, each ending with a line break. The cells are checked
 * against their column's schema (the schema is a plain object, so a row is valid when each of its cells is): the
 * document's id once, a count and its rate once per distinct count (the terms come by count). A term is only
 * checked not to be empty: the column asks for a non-empty string, and the terms are the texts `countTerms` keeps,
 * of two code units or more; asking zod for each of 1.4 million terms took a third of this step. A test checks
 * every row made from real documents against the whole schema (test/pipeline/per-document/rows-schema.test.ts).
 * A refused cell makes `tableLines` of the document's rows report it, with the row and the field.
 */
export function termLines(docId: string, hanChars: number, terms: TermCounts): string {
  const n = terms.terms.length;
  if (n === 0) return '';
  if (!COLUMN.doc_id.safeParse(docId).success) return reportRows(docId, hanChars, terms);
  const id = csvField(docId);
  let text = '';
  let count = -1;
  let tail = ''; // ",count,rate\n" of the current count
  for (let i = 0; i < n; i++) {
    if (terms.counts[i] !== count) {
      count = terms.counts[i]!;
      const rate = round4(rate10k(count, hanChars));
      if (!COLUMN.count.safeParse(count).success || !COLUMN.per_10k_chars.safeParse(rate).success) return reportRows(docId, hanChars, terms);
      tail = `,${count},${rate}\n`;
    }
    const term = terms.terms[i]!;
    if (term.length === 0) return reportRows(docId, hanChars, terms);
    // A flat string built by appending: half the time of lines joined, and it is encoded to UTF-8 once anyway.
    text += `${id},${csvField(term)}${tail}`;
  }
  return text;
}

/** The document's rows as objects through `tableLines`, which throws the first refused cell's error. */
function reportRows(docId: string, hanChars: number, terms: TermCounts): string {
  const rows: TermRow[] = terms.terms.map((term, i) => {
    const count = terms.counts[i]!;
    return { doc_id: docId, term, count, per_10k_chars: round4(rate10k(count, hanChars)) };
  });
  return tableLines(`terms.csv (${docId})`, TermRowSchema, rows);
}
