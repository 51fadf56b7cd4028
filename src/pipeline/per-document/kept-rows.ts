/**
 * What the corpus step keeps of a document's rows of placeholders.csv, topics.csv and quantities.csv once they are
 * serialised (rows.ts `stageLines`): the few columns that the corpus tables and the report read, not the rows. A
 * 100 MB file makes some 330,000 placeholder rows of ten columns; the corpus step reads their kinds alone. Pure.
 */
import type { PlaceholderRow } from '../../schemas/placeholders.js';
import type { QuantityRow, QuantityValue } from '../../schemas/quantities.js';
import type { TopicRow } from '../../schemas/topics.js';

/** How many placeholders.csv rows of a document have one kind. */
export interface KindCount {
  kind: PlaceholderRow['kind'];
  count: number;
}

/** A topics.csv row as the corpus step reads it: topic families and trends, the report's charts. */
export type KeptTopic = Pick<TopicRow, 'doc_id' | 'activity' | 'topic' | 'theme'>;

/** The rows counted by kind, kinds in order of first appearance (the order the report's chart meets them in). */
export function kindCounts(rows: readonly Pick<PlaceholderRow, 'kind'>[]): KindCount[] {
  const counts = new Map<PlaceholderRow['kind'], number>();
  for (const { kind } of rows) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count }));
}

/**
 * The kinds of the rows again, one per row, of every document in order: the same kinds, counts and order of first
 * appearance as the rows themselves, which is all the report's chart of placeholders by kind reads of them.
 */
export function kindsOfRows(documents: readonly (readonly KindCount[])[]): Pick<PlaceholderRow, 'kind'>[] {
  const kinds: Pick<PlaceholderRow, 'kind'>[] = [];
  for (const counts of documents) {
    for (const { kind, count } of counts) for (let i = 0; i < count; i++) kinds.push({ kind });
  }
  return kinds;
}

/** The columns of topics.csv rows that the corpus step reads. */
export function keptTopics(rows: readonly TopicRow[]): KeptTopic[] {
  return rows.map(({ doc_id, activity, topic, theme }) => ({ doc_id, activity, topic, theme }));
}

/** The columns of quantities.csv rows that the corpus step reads. */
export function keptQuantities(rows: readonly QuantityRow[]): QuantityValue[] {
  return rows.map(({ subject, value, approx }) => ({ subject, value, approx }));
}
