/**
 * The quantity vocabulary compiled for matching: one pattern of every term and exclusion (longest first, so
 * that 重点提案 wins over 提案 and 委员会 over 委员), and for each term the subjects it may name. Pure.
 */
import type { QuantityLexicon, QuantitySubject, QuantityUnit } from '../../schemas/quantity-lexicon.js';

export interface CompiledQuantityLexicon {
  pattern: RegExp;
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
  return {
    pattern: new RegExp(words.join('|'), 'gu'),
    subjectsOf,
    rates: new Set(lex.subjects.filter((s) => s.units.includes('%')).map((s) => s.subject)),
    subjects: lex.subjects.map((s) => s.subject),
  };
}

/** Every term of `text` in order; an exclusion (委员会) hides the terms inside it. */
export function findTerms(text: string, lex: CompiledQuantityLexicon): TermHit[] {
  const hits: TermHit[] = [];
  for (const m of text.matchAll(lex.pattern)) {
    if (lex.subjectsOf.has(m[0])) hits.push({ start: m.index, end: m.index + m[0].length, term: m[0] });
  }
  return hits;
}

/** The first subject `term` names that is counted in `unit`, if any. */
export function subjectFor(term: string, unit: QuantityUnit, lex: CompiledQuantityLexicon): string | undefined {
  return lex.subjectsOf.get(term)?.find((s) => s.units.includes(unit))?.subject;
}
