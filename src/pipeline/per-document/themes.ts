/**
 * Theme scoring: how often the terms of each lexicon theme occur in a document, with the terms that matched.
 *
 * ok:     `积极推进提案办理` with tokens 积极/推进/提案办理 → proposals: 1 hit (提案办理)
 * not ok: `扶贫办` as one token does not count the term 扶贫 (a term never counts inside a longer word)
 *
 * Matching rules (token boundaries, exclude, longest wins) are in `theme-match.ts`.
 */
import { compareStrings } from '../../compare.js';
import type { ThemeLexicon } from '../../schemas/lexicon.js';
import { compileLexicon, themeOccurrences, type Occurrence } from './theme-match.js';
import type { Tokens } from './tokens.js';

/** The hits of one theme in one document; `matched` lists each matched text with its count. */
export interface ThemeHit {
  theme: string;
  hits: number;
  /** Sorted by count (descending), then term. For a regex term, the text it matched. */
  matched: Array<[term: string, count: number]>;
}

/**
 * Score `text` against every theme of `lex`. `tokens` are the text's tokens (all kinds) and give the boundaries
 * a term must start and end on. Only themes with at least one hit are returned, sorted by theme id. Pure.
 */
export function scoreThemes(text: string, tokens: Tokens, lex: ThemeLexicon): ThemeHit[] {
  const compiled = compileLexicon(lex);
  const byTheme = themeOccurrences(text, compiled, tokens);
  const out: ThemeHit[] = [];
  byTheme.forEach((occ, i) => {
    if (occ.length > 0) out.push({ theme: compiled.themes[i]!.id, hits: occ.length, matched: tally(occ) });
  });
  return out;
}

function tally(occ: readonly Occurrence[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const o of occ) counts.set(o.surface, (counts.get(o.surface) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
}

/**
 * The best theme for a short text such as a consultation topic (`全县外卖餐饮食品安全工作` → food-safety), or
 * '' when no term occurs. Plain substring matching — a topic has no tokens — with the theme's exclude entries
 * and longest-wins applied. Best = most characters covered by matches, then most hits, then a policy theme
 * before a function theme (topics name policy areas), then the smaller id.
 */
export function themeOfText(text: string, lex: ThemeLexicon): string {
  const compiled = compileLexicon(lex);
  let best = { id: '', chars: 0, hits: 0, policy: false };
  themeOccurrences(text, compiled, null).forEach((occ, i) => {
    if (occ.length === 0) return;
    const theme = compiled.themes[i]!;
    const cand = { id: theme.id, chars: occ.reduce((n, o) => n + o.end - o.start, 0), hits: occ.length, policy: theme.group === 'policy' };
    // Themes are visited in id order, so on a full tie the earlier (smaller) id stays.
    const better =
      cand.chars !== best.chars ? cand.chars > best.chars : cand.hits !== best.hits ? cand.hits > best.hits : cand.policy && !best.policy;
    if (better) best = cand;
  });
  return best.id;
}
