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
import { pairSlot, pairStarts } from '../../pair-starts.js';
import { compileRegexTerm, isRegexTerm, type ThemeLexicon } from '../../schemas/lexicon.js';
import type { Tokens } from './tokens.js';

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
  /** Plain terms by every prefix of theirs (the whole term included), in the order of `byFirst`. */
  byPrefix: Map<string, Array<{ term: string; theme: number }>>;
  /**
   * 1 at `pairSlot` of the first two code units of every plain term (of its first one, for a term of one): a text
   * without it begins no term, which this tells without a look-up in `byPrefix`.
   */
  starts: Uint8Array;
}

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
  const starts = pairStarts([...byFirst.values()].flatMap((list) => list.map(({ term }) => term)), { single: true });
  const result = { themes, byFirst, byPrefix: byPrefixOf(byFirst), starts };
  compiled.set(lex, result);
  return result;
}

/** `byFirst`'s terms under each of their prefixes; a list keeps the order of the `byFirst` list it comes from. */
function byPrefixOf(byFirst: CompiledLexicon['byFirst']): CompiledLexicon['byPrefix'] {
  const byPrefix: CompiledLexicon['byPrefix'] = new Map();
  for (const list of byFirst.values()) {
    for (const entry of list) {
      for (let k = 1; k <= entry.term.length; k++) {
        const prefix = entry.term.slice(0, k);
        const terms = byPrefix.get(prefix);
        if (terms) terms.push(entry);
        else byPrefix.set(prefix, [entry]);
      }
    }
  }
  return byPrefix;
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

/**
 * Counted occurrences of every theme in `text`, grouped by theme index (each group sorted by start). With
 * `tokens` (the text's), a term must start where a token starts and end where one ends; with null, anywhere.
 */
export function themeOccurrences(text: string, lex: CompiledLexicon, tokens: Tokens | null): Occurrence[][] {
  const raw: Occurrence[][] = lex.themes.map(() => []);
  const found = (theme: number, start: number, end: number, surface: string) => raw[theme]!.push({ theme, start, end, surface });
  if (tokens === null) plainAnywhere(text, lex, found);
  else plainOnTokens(text, lex, tokens, found);
  const ok = tokens === null ? () => true : (s: number, e: number) => isOffset(tokens, s, 0) && isOffset(tokens, e, 1);
  lex.themes.forEach((t, theme) => {
    for (const re of t.regexes) {
      for (const m of text.matchAll(re)) {
        const end = m.index + m[0].length;
        if (m[0].length > 0 && ok(m.index, end)) found(theme, m.index, end, m[0]);
      }
    }
  });
  return raw.map((occ, i) => longestFirst(withoutExcluded(text, occ, lex.themes[i]!)));
}

const NONE: ReadonlyArray<{ term: string; theme: number }> = [];

type Found = (theme: number, start: number, end: number, surface: string) => void;

/** Plain terms at every position of a short text (a topic: no tokens). */
function plainAnywhere(text: string, lex: CompiledLexicon, found: Found): void {
  for (let p = 0; p < text.length; p++) {
    for (const { term, theme } of lex.byFirst.get(text.charCodeAt(p)) ?? []) {
      if (text.startsWith(term, p)) found(theme, p, p + term.length, term);
    }
  }
}

/**
 * Plain terms on token boundaries, looked up by token: a term that starts and ends on boundaries is one token's
 * text or begins with it, so each distinct token text is given, once, the terms that begin with it (most texts
 * none; found by the first two code units in `starts` or one look-up in `byPrefix`, rather than every term of
 * its first character tried), and only those are tried where it occurs — the same occurrences as trying every term at every token start, at the cost of one array
 * lookup per token.
 */
function plainOnTokens(text: string, lex: CompiledLexicon, tokens: Tokens, found: Found): void {
  const { offsets, ids, types } = tokens;
  const termsOf: Array<ReadonlyArray<{ term: string; theme: number }> | undefined> = new Array(types.length);
  for (let i = 0; i < tokens.length; i++) {
    const id = ids[i]!;
    let terms = termsOf[id];
    if (terms === undefined) {
      const type = types[id]!;
      const second = type.length > 1 ? type.charCodeAt(1) : 0xffff;
      terms = termsOf[id] = lex.starts[pairSlot(type.charCodeAt(0), second)] === 0 ? NONE : (lex.byPrefix.get(type) ?? NONE);
    }
    if (terms.length === 0) continue;
    const start = offsets[i]!;
    for (const { term, theme } of terms) {
      if (term.length === types[id]!.length || (text.startsWith(term, start) && endsOnToken(offsets, i, start + term.length))) {
        found(theme, start, start + term.length, term);
      }
    }
  }
}

/** Whether `end` is where one of the tokens after token i ends. */
function endsOnToken(offsets: Int32Array, i: number, end: number): boolean {
  let j = i + 1;
  while (j < offsets.length - 1 && offsets[j]! < end) j++;
  return offsets[j] === end;
}

/** Whether `at` is where a token starts (`side` 0) or ends (`side` 1): a binary search of the offsets. */
function isOffset(tokens: Tokens, at: number, side: 0 | 1): boolean {
  let lo = side;
  let hi = tokens.length + side; // offsets[side .. length - 1 + side]
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.offsets[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length + side && tokens.offsets[lo] === at;
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
