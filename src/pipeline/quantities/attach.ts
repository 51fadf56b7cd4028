/**
 * Which subject a number counts: the word of the vocabulary written next to it in the same clause. Pure.
 *
 * Two places are looked at, both inside the clause (punctuation ，。；：！？ and line breaks end a clause; 、 and
 * brackets do not) and never across another number:
 * - after the measure word, within `AFTER` characters: the noun the measure word counts (5件提案, 一场大会发言,
 *   700多名广东省政协委员), with no 、, bracket or 和/及/与 between (提案896件、立案715件: 立案 is the next item's);
 * - before the number, within `BEFORE` characters: the subject of a list item (收到提案312件，经审查立案289件).
 * A term already counted by the number before (700多名政协委员和200多名列席人员) or followed by 时/后/期间 (并案后
 * 交办307件) is not a subject before the number.
 * Only the nearest term on each side is tried, and only if one of its subjects is counted in that measure word
 * (委员 is counted in 名, so 委员个人提交100件 is no row). The word after wins, except when the word before is
 * tied to the number by a bare 的 (立案的129件提案 counts 立案).
 *
 * ok: `收到提案312件，经审查立案289件，其中重点提案20件` → 提案, 立案, 重点提案.
 * not ok: `地区生产总值2.2万亿元` (no measure word of a count), `建成4个公社卫生院` (no term nearby).
 */
import type { NumberMatch } from './scan.js';
import { subjectFor, type CompiledQuantityLexicon, type TermHit } from './vocabulary.js';

/** Characters between the measure word and the term after it, at most. */
export const AFTER = 8;
/** Characters between the term before and the number, at most. */
export const BEFORE = 12;

const CLAUSE_END = /[，,。；;：:！!？?\n]/u;
/** A term followed by 时, 后, 期间 … names when, not what (视察时的两次讲话, 并案后交办307件). */
const TIME_AFTER = /^(?:时|后|之后|以后|期间|以来|前|之前)/u;
/** Between a measure word and the noun it counts there is no list separator, bracket or conjunction (协商会X次和常委会议XX次). */
const LIST_BREAK = /[、（()）和及与]/u;
/** What may stand between two counts sharing one noun: a modifier of at most three characters and 、. */
const SHARED_HEAD_GAP = /^[^\s，,。；;：:、]{0,3}、$/u;

/** The subject a number counts and the term that names it. */
export interface Attachment {
  subject: string;
  term: TermHit;
}

/** Where the clause holding `[start, end)` begins and ends. */
export function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !CLAUSE_END.test(text[to]!)) to++;
  return { start: from, end: to };
}

/**
 * The subject of `numbers[i]`, given the terms of the text (in order); terms ending at or before `claimed` were
 * attached to an earlier number. `undefined` when no term of a subject counted in its measure word stands next to it.
 */
export function attachSubject(
  text: string, terms: readonly TermHit[], numbers: readonly NumberMatch[], i: number, lex: CompiledQuantityLexicon, claimed = 0,
): Attachment | undefined {
  const m = numbers[i]!;
  const clause = clauseAround(text, m.start, m.end);
  const afterLimit = Math.min(clause.end, m.end + AFTER, numbers[i + 1]?.start ?? Infinity);
  const beforeLimit = Math.max(clause.start, m.start - BEFORE, numbers[i - 1]?.end ?? 0, claimed);
  const next = terms[firstAtOrAfter(terms, m.end)];
  const after = next && next.start < afterLimit && !LIST_BREAK.test(text.slice(m.end, next.start)) ? attachment(next, m, lex) : undefined;
  const prevIndex = firstAtOrAfter(terms, m.start) - 1;
  let previous = terms[prevIndex];
  // A term overlapping the number cannot be before it; step back to one that ends before the number starts.
  for (let k = prevIndex; previous && previous.end > m.start; ) previous = terms[--k];
  const timePhrase = previous !== undefined && TIME_AFTER.test(text.slice(previous.end, m.start));
  const before = previous && previous.start >= beforeLimit && !timePhrase ? attachment(previous, m, lex) : undefined;
  if (before && after && text.slice(before.term.end, m.start) === '的') return before;
  return after ?? before ?? sharedHead(text, terms, numbers, i, lex);
}

/**
 * A list of counts that share the noun after the last one: `*名省、*名市驻武政协委员` counts 委员 twice. Only when
 * the next number follows at once after a short modifier and 、, in the same measure word.
 */
function sharedHead(
  text: string, terms: readonly TermHit[], numbers: readonly NumberMatch[], i: number, lex: CompiledQuantityLexicon,
): Attachment | undefined {
  const m = numbers[i]!;
  const next = numbers[i + 1];
  if (!next || next.unit !== m.unit || !SHARED_HEAD_GAP.test(text.slice(m.end, next.start))) return undefined;
  const attached = attachSubject(text, terms, numbers, i + 1, lex, next.start);
  return attached && attached.term.start >= next.end ? attached : undefined;
}

function attachment(term: TermHit, m: NumberMatch, lex: CompiledQuantityLexicon): Attachment | undefined {
  const subject = subjectFor(term.term, m.unit, lex);
  return subject === undefined ? undefined : { subject, term };
}

/** Index of the first term starting at or after `offset` (binary search; `terms.length` when none). */
function firstAtOrAfter(terms: readonly TermHit[], offset: number): number {
  let lo = 0, hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
