/**
 * themes.csv rows of one document: one row per theme with at least one hit.
 *
 * ok: { doc_id: '000', theme: 'proposals', label: '提案', hits: 6, per_10k_chars: 32.1027,
 *       matched_terms: '重点提案:2|办复:1|提案:1|提案办理:1|提案办理协商会:1' }
 */
import type { ThemeLexicon } from '../../schemas/lexicon.js';
import type { ThemeRow } from '../../schemas/themes.js';
import { rate10k, round4 } from '../corpus/rates.js';
import { themeLabels } from './theme-match.js';
import type { ThemeHit } from './themes.js';

/** Rows for `hits` (as returned by `scoreThemes`), in the same order (theme id). */
export function themeRows(docId: string, hanChars: number, hits: readonly ThemeHit[], lex: ThemeLexicon): ThemeRow[] {
  const labels = themeLabels(lex);
  return hits.map((h) => ({
    doc_id: docId,
    theme: h.theme,
    label: labels.get(h.theme) ?? '',
    hits: h.hits,
    per_10k_chars: round4(rate10k(h.hits, hanChars)),
    matched_terms: matchedTerms(h),
  }));
}

/** `term:count|term:count`, most frequent first — the explanation of a hit count. */
export function matchedTerms(hit: ThemeHit): string {
  return hit.matched.map(([term, count]) => `${term}:${count}`).join('|');
}
