/**
 * The quantity vocabulary compiled for matching: every term and exclusion by its first character (longest first, so
 * that 重点提案 wins over 提案 and 委员会 over 委员), and for each term the subjects it may name. Pure.
 */
import type { QuantityLexicon, QuantitySubject, QuantityUnit } from '../../schemas/quantity-lexicon.js';

export interface CompiledQuantityLexicon {
  /** Every term and exclusion by its first UTF-16 code unit, longest first. */
  wordsByFirst: ReadonlyMap<number, readonly string[]>;
  /** Subjects each term names, in vocabulary order. */
  subjectsOf: ReadonlyMap<string, readonly QuantitySubject[]>;
  /** Subjects that are rates (counted in %). */
  rates: ReadonlySet<string>;
  /** Every subject name, in vocabulary order. */
  subjects: readonly string[];
}

/** A term found in the text: `[start, end)` offsets and the term. */
export interface TermHit {
  start: number;
  end: number;
  term: string;
}

/** Compile a validated vocabulary. */
export function compileQuantityLexicon(lex: QuantityLexicon): CompiledQuantityLexicon {
  const subjectsOf = new Map<string, QuantitySubject[]>();
  for (const s of lex.subjects) {
    for (const t of s.terms) {
      const list = subjectsOf.get(t);
      if (list) list.push(s);
      else subjectsOf.set(t, [s]);
    }
  }
  const words = [...new Set([...subjectsOf.keys(), ...(lex.exclude ?? [])])].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const wordsByFirst = new Map<number, string[]>();
  for (const w of words) {
    const list = wordsByFirst.get(w.charCodeAt(0));
    if (list) list.push(w);
    else wordsByFirst.set(w.charCodeAt(0), [w]);
  }
  return {
    wordsByFirst,
    subjectsOf,
    rates: new Set(lex.subjects.filter((s) => s.units.includes('%')).map((s) => s.subject)),
    subjects: lex.subjects.map((s) => s.subject),
  };
}

/**
 * Every term of `text` in order; an exclusion (委员会) hides the terms inside it. Words are matched left to right,
 * the longest at a place, none overlapping — what one regular expression of them all, longest first, matched — by
 * looking up each code unit's words: a quarter of the time of the expression, which tried its 200 words' leading
 * characters at every place.
 */
export function findTerms(text: string, lex: CompiledQuantityLexicon): TermHit[] {
  const hits: TermHit[] = [];
  const n = text.length;
  for (let p = 0; p < n; ) {
    const word = longestAt(text, p, lex.wordsByFirst.get(text.charCodeAt(p)));
    if (word === undefined) {
      p++;
      continue;
    }
    if (lex.subjectsOf.has(word)) hits.push({ start: p, end: p + word.length, term: word });
    p += word.length;
  }
  return hits;
}

/** The first of `words` (longest first) written at `p`. */
function longestAt(text: string, p: number, words: readonly string[] | undefined): string | undefined {
  if (words === undefined) return undefined;
  for (const w of words) if (text.startsWith(w, p)) return w;
  return undefined;
}

/** The first subject `term` names that is counted in `unit`, if any. */
export function subjectFor(term: string, unit: QuantityUnit, lex: CompiledQuantityLexicon): string | undefined {
  return lex.subjectsOf.get(term)?.find((s) => s.units.includes(unit))?.subject;
}
