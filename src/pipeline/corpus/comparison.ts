/**
 * The comparison tables: trends.csv (year × theme), groups.csv (metadata group × theme), keyness.csv
 * (terms over- and under-represented in each group), and the topic tables: topic_families.csv and
 * topic_trends.csv (with topic_trends.json).
 */
import type { AnalyzeOptions } from '../../analyze-options.js';
import type { GroupRow } from '../../schemas/groups.js';
import type { KeynessRow } from '../../schemas/keyness.js';
import type { ThemeLexicon } from '../../schemas/lexicon.js';
import type { TopicFamilyRow, TopicTrends } from '../../schemas/topic-families.js';
import type { TrendRow } from '../../schemas/trends.js';
import type { CorpusDoc } from './corpus-doc.js';
import { fieldOf, groupRows } from './groups.js';
import { keynessRows } from './keyness.js';
import { topicTables } from '../topics/outputs.js';
import { trendRows } from './trends.js';

/** Metadata fields every groups.csv compares by, before the user's `--group-by` fields. */
export const GROUP_FIELDS = ['region', 'region_level', 'doc_type', 'year'] as const;

export interface ComparisonTables {
  /** Rows by output file name (their schemas are in the registry of outputs). */
  tables: Map<string, readonly object[]>;
  trends: TrendRow[];
  groups: GroupRow[];
  /** topic_families.csv's rows and topic_trends.json. */
  topicFamilies: TopicFamilyRow[];
  topicTrends: TopicTrends;
  unknownYear: number;
  groupBy: string[];
  keynessBy: string;
}

/** Build trends, groups and keyness from the analyses. */
export function comparisonTables(analyses: readonly CorpusDoc[], options: AnalyzeOptions, lexicon: ThemeLexicon): ComparisonTables {
  const trend = trendRows(
    analyses.map((a) => ({ year: a.row.year, han_chars: a.row.han_chars, themes: a.themes, topicThemes: a.topics.map((t) => t.theme) })),
    lexicon,
  );
  const groupBy = [...new Set([...GROUP_FIELDS, ...(options.groupBy ?? [])])];
  const groups: GroupRow[] = groupRows(analyses.map((a) => ({ meta: a.meta, han_chars: a.row.han_chars, themes: a.themes })), groupBy, lexicon);
  const keynessBy = options.keynessBy ?? defaultKeynessField(analyses);
  const keyness: KeynessRow[] = keynessRows(analyses.map((a) => ({ group: fieldOf(a.meta, keynessBy) ?? '', terms: a.terms })), keynessBy);
  const topics = topicTables(analyses.map((a) => ({ id: a.row.doc_id, region: a.row.region, year: a.row.year, topics: a.topics })), lexicon);
  return {
    tables: new Map<string, readonly object[]>([
      ['trends.csv', trend.rows],
      ['groups.csv', groups],
      ['keyness.csv', keyness],
      ['topic_families.csv', topics.families],
      ['topic_trends.csv', topics.trends],
    ]),
    trends: trend.rows,
    groups,
    topicFamilies: topics.families,
    topicTrends: topics.json,
    unknownYear: trend.unknownYear,
    groupBy,
    keynessBy,
  };
}

/** `year` when any document's year is known, else `region` (keyness needs groups to compare). */
function defaultKeynessField(analyses: readonly CorpusDoc[]): string {
  return analyses.some((a) => a.row.year !== null) ? 'year' : 'region';
}
