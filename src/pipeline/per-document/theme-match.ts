/**
 * The matching engine behind `scoreThemes` and `themeOfText`: where the terms of each theme occur in a text.
 *
 * Rules (documented in docs/method/themes.md):
 * - with token boundaries, a term occurrence counts only when it starts where a token starts and ends where a
 *   token ends — so 提案 does not count inside the token 提案办理 (list the compound when it belongs to the theme);
 *   without boundaries (`themeOfText`) every position is allowed;
 * - an occurrence lying wholly inside an occurrence of one of the theme's `exclude` entries does not count
 *   (exclude entries are matched anywhere, boundaries or not);
 * - within one theme, overlapping occurrences count once: the longest wins, then the earliest. Different
 *   themes are independent (医养结合 counts for health and for elderly-care).
 */
import { compareStrings } from '../../compare.js';
import { compileRegexTerm, isRegexTerm, type ThemeLexicon } from '../../schemas/lexicon.js';

/** One counted occurrence: theme index (into `CompiledLexicon.themes`), offsets and the text matched. */
export interface Occurrence {
  theme: number;
  start: number;
  end: number;
  surface: string;
}

interface CompiledTheme {
  id: string;
  label: string;
  group: 'function' | 'policy';
  regexes: RegExp[];
  excludePlain: string[];
  excludeRegex: RegExp[];
}

export interface CompiledLexicon {
  /** Sorted by id. */
  themes: CompiledTheme[];
  /** Plain terms by their first UTF-16 code unit (a number: no one-character string per position), longest first. */
  byFirst: Map<number, Array<{ term: string; theme: number }>>;
}

/** Flags per text offset: 1 = a token starts here, 2 = a token ends here. */
export type Boundaries = Uint8Array;

const compiled = new WeakMap<ThemeLexicon, CompiledLexicon>();

/** Compile a (validated) lexicon once; later calls with the same object reuse it. */
export function compileLexicon(lex: ThemeLexicon): CompiledLexicon {
  const hit = compiled.get(lex);
  if (hit) return hit;
  const sorted = [...lex.themes].sort((a, b) => compareStrings(a.id, b.id));
  const byFirst = new Map<number, Array<{ term: string; theme: number }>>();
  const themes = sorted.map((t, i): CompiledTheme => {
    for (const term of t.terms.filter((x) => !isRegexTerm(x))) {
      const list = byFirst.get(term.charCodeAt(0)) ?? [];
      list.push({ term, theme: i });
      byFirst.set(term.charCodeAt(0), list);
    }
    const exclude = t.exclude ?? [];
    return {
      id: t.id,
      label: t.label,
      group: t.group,
      regexes: t.terms.filter(isRegexTerm).map(regexOf),
      excludePlain: exclude.filter((x) => !isRegexTerm(x)),
      excludeRegex: exclude.filter(isRegexTerm).map(regexOf),
    };
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.term.length - a.term.length || compareStrings(a.term, b.term));
  const result = { themes, byFirst };
  compiled.set(lex, result);
  return result;
}

function regexOf(term: string): RegExp {
  const re = compileRegexTerm(term);
  if (typeof re === 'string') throw new Error(`theme lexicon: ${term}: ${re}`); // parseLexicon rejects these first
  return re;
}

/** Theme id → label. */
export function themeLabels(lex: ThemeLexicon): Map<string, string> {
  return new Map(compileLexicon(lex).themes.map((t) => [t.id, t.label]));
}

/** Boundary flags of `text` from its tokens' offsets. */
export function boundariesOf(text: string, tokens: readonly { start: number; end: number }[]): Boundaries {
  const flags = new Uint8Array(text.length + 1);
  for (const t of tokens) {
    flags[t.start]! |= 1;
    flags[t.end]! |= 2;
  }
  return flags;
}

/**
 * Counted occurrences of every theme in `text`, grouped by theme index (each group sorted by start).
 * `bounds` null: any position may start or end a term.
 */
export function themeOccurrences(text: string, lex: CompiledLexicon, bounds: Boundaries | null): Occurrence[][] {
  const raw: Occurrence[][] = lex.themes.map(() => []);
  const ok = (s: number, e: number) => bounds === null || ((bounds[s]! & 1) !== 0 && (bounds[e]! & 2) !== 0);
  for (let p = 0; p < text.length; p++) {
    if (bounds !== null && (bounds[p]! & 1) === 0) continue;
    const candidates = lex.byFirst.get(text.charCodeAt(p));
    if (!candidates) continue;
    for (const { term, theme } of candidates) {
      if (text.startsWith(term, p) && ok(p, p + term.length)) raw[theme]!.push({ theme, start: p, end: p + term.length, surface: term });
    }
  }
  lex.themes.forEach((t, theme) => {
    for (const re of t.regexes) {
      for (const m of text.matchAll(re)) {
        const end = m.index + m[0].length;
        if (m[0].length > 0 && ok(m.index, end)) raw[theme]!.push({ theme, start: m.index, end, surface: m[0] });
      }
    }
  });
  return raw.map((occ, i) => longestFirst(withoutExcluded(text, occ, lex.themes[i]!)));
}

function withoutExcluded(text: string, occ: Occurrence[], theme: CompiledTheme): Occurrence[] {
  if (occ.length === 0 || (theme.excludePlain.length === 0 && theme.excludeRegex.length === 0)) return occ;
  const spans = theme.excludeRegex.flatMap((re) => [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length] as const));
  const insidePlain = (o: Occurrence) =>
    theme.excludePlain.some((x) => {
      for (let q = Math.max(0, o.end - x.length); q <= o.start; q++) if (text.startsWith(x, q)) return true;
      return false;
    });
  return occ.filter((o) => !insidePlain(o) && !spans.some(([s, e]) => s <= o.start && o.end <= e));
}

/** Non-overlapping occurrences, longest first then earliest; returned sorted by start. */
function longestFirst(occ: Occurrence[]): Occurrence[] {
  if (occ.length < 2) return occ;
  const order = [...occ].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || compareStrings(a.surface, b.surface));
  const kept: Occurrence[] = []; // sorted by start, non-overlapping
  for (const o of order) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < o.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > o.start) || (after && after.start < o.end)) continue;
    kept.splice(lo, 0, o);
  }
  return kept;
}
