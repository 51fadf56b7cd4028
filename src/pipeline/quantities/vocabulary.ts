/**
 * The quantity vocabulary compiled for matching: every term and exclusion by its first character (longest first, so
 * that 重点提案 wins over 提案 and 委员会 over 委员), and for each term the subjects it may name. Pure.
 */
import type { QuantityLexicon, QuantitySubject, QuantityUnit } from '../../schemas/quantity-lexicon.js';

export interface CompiledQuantityLexicon {
  /** Per UTF-16 code unit, the index in `wordLists` of the terms and exclusions beginning with it; 0 for none. */
  firstUnits: Int32Array;
  /** Lists of terms and exclusions with the same first code unit, longest first (the first list is empty). */
  wordLists: readonly (readonly string[])[];
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
  const firstUnits = new Int32Array(0x10000);
  const wordLists: string[][] = [[]];
  for (const w of words) {
    const first = w.charCodeAt(0);
    if (firstUnits[first] === 0) firstUnits[first] = wordLists.push([]) - 1;
    wordLists[firstUnits[first]!]!.push(w);
  }
  return {
    firstUnits,
    wordLists,
    subjectsOf,
    rates: new Set(lex.subjects.filter((s) => s.units.includes('%')).map((s) => s.subject)),
    subjects: lex.subjects.map((s) => s.subject),
  };
}

/**
 * Every term of `text` in order; an exclusion (委员会) hides the terms inside it. Words are matched left to right,
 * the longest at a place, none overlapping — what one regular expression of them all, longest first, matched — by
 * looking up each code unit's words in a table: 0.18 → 0.11 CPU s over the provinces' texts.
 */
export function findTerms(text: string, lex: CompiledQuantityLexicon): TermHit[] {
  const hits: TermHit[] = [];
  const n = text.length;
  for (let p = 0; p < n; ) {
    const list = lex.firstUnits[text.charCodeAt(p)]!;
    const word = list === 0 ? undefined : longestAt(text, p, lex.wordLists[list]!);
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
function longestAt(text: string, p: number, words: readonly string[]): string | undefined {
  for (const w of words) if (text.startsWith(w, p)) return w;
  return undefined;
}

/** The first subject `term` names that is counted in `unit`, if any. */
export function subjectFor(term: string, unit: QuantityUnit, lex: CompiledQuantityLexicon): string | undefined {
  return lex.subjectsOf.get(term)?.find((s) => s.units.includes(unit))?.subject;
}
