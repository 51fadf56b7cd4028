/**
 * Inline suppression for deliberate masks. A directive on the line before a finding silences it:
 *
 * ```
 * <!-- workreport-disable-next-line placeholder/letter-mask -- X is the name of the programme -->
 * 实施X计划
 * ```
 * The rule list (separated by spaces or commas) is optional — without it every rule is silenced on the
 * next line; text after ` -- ` is a free comment. The form is an HTML comment, so it stays invisible in
 * rendered Markdown and works the same in .txt (and in a .docx paragraph).
 *
 * A directive (or a rule it names) that silences nothing is itself reported as `suppression/unused`.
 */
import { createLocator } from '../document/location.js';
import type { Finding } from '../types.js';

export const UNUSED_DIRECTIVE_RULE = 'suppression/unused';

/** One `workreport-disable-next-line` comment, in `text` offsets. */
export interface Directive {
  start: number;
  end: number;
  /** 0-based index of the line the directive silences (the line after the one the comment ends on). */
  targetLine: number;
  /** Rule ids named, or `null` for every rule. */
  ruleIds: string[] | null;
}

const DIRECTIVE = /<!--\s*workreport-disable-next-line(?=\s|-->)([\s\S]*?)-->/g;

/** Every directive in `text`. */
export function parseDirectives(text: string): Directive[] {
  if (!text.includes('workreport-disable')) return [];
  const lineOf = lineIndexer(text);
  const out: Directive[] = [];
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const list = m[1]!.split(/\s--\s|\s--$/)[0]!.split(/[\s,]+/).filter((s) => s !== '');
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, targetLine: lineOf(end) + 1, ruleIds: list.length > 0 ? list : null });
  }
  return out;
}

/**
 * `text` with every directive replaced by spaces (same length, line breaks kept), so that rules never
 * read the rule names inside a directive as text.
 */
export function maskDirectives(text: string, directives: readonly Directive[]): string {
  if (directives.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const d of directives) {
    out += text.slice(cursor, d.start) + text.slice(d.start, d.end).replace(/[^\n]/g, ' ');
    cursor = d.end;
  }
  return out + text.slice(cursor);
}

/** Drop findings silenced by a directive; report directives (or named rules) that silenced nothing. */
export function applySuppressions(
  text: string, findings: readonly Finding[], directives: readonly Directive[],
): { kept: Finding[]; unused: Finding[] } {
  if (directives.length === 0) return { kept: [...findings], unused: [] };
  const lineOf = lineIndexer(text);
  const byLine = new Map<number, Directive[]>();
  for (const d of directives) byLine.set(d.targetLine, [...(byLine.get(d.targetLine) ?? []), d]);
  const used = new Map<Directive, Set<string>>(directives.map((d) => [d, new Set()]));
  const kept: Finding[] = [];
  for (const f of findings) {
    const silencing = (byLine.get(lineOf(f.start)) ?? []).find((d) => d.ruleIds === null || d.ruleIds.includes(f.ruleId));
    if (!silencing) kept.push(f);
    else used.get(silencing)!.add(f.ruleId);
  }
  const unused: Finding[] = [];
  for (const d of directives) {
    const hit = used.get(d)!;
    // Without a rule list the directive is unused when it silenced nothing; with one, each idle rule counts.
    const idle = d.ruleIds === null ? [] : d.ruleIds.filter((id) => !hit.has(id));
    if (d.ruleIds === null ? hit.size > 0 : idle.length === 0) continue;
    const what = idle.length === 0 ? '问题' : idle.map((id) => `“${id}”问题`).join('、');
    unused.push({
      ruleId: UNUSED_DIRECTIVE_RULE,
      start: d.start,
      end: d.end,
      message: `未使用的抑制指令：下一行没有${what}，应删除该指令或改正规则名`,
      severity: 'warning',
    });
  }
  return { kept, unused };
}

/** Offset → 0-based line index in `text` (LF-separated, as normalised text is). */
function lineIndexer(text: string): (offset: number) => number {
  const loc = createLocator(text);
  return (offset) => loc.at(offset).line - 1;
}
