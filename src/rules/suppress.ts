/**
 * Inline suppression for deliberate masks, as ESLint's comments do it. A directive is an HTML comment, so it
 * stays invisible in rendered Markdown and works the same in .txt (and in a .docx paragraph):
 *
 * ```
 * <!-- workreport-disable-next-line placeholder/letter-mask -- X is the name of the programme -->
 * 实施X计划
 * 实施Y计划 <!-- workreport-disable-line -->
 * <!-- workreport-disable placeholder/box -->
 * 表格里的□□ …
 * <!-- workreport-enable placeholder/box -->
 * ```
 * - `workreport-disable-next-line` silences the next line, `workreport-disable-line` its own line;
 * - `workreport-disable` silences from the directive on, until a `workreport-enable` that covers the rule
 *   (or the end of the file); `workreport-enable` without a list re-enables every rule.
 * The rule list (separated by spaces or commas) is optional — without it every rule is meant; text after
 * ` -- ` is a free comment.
 *
 * A disable directive (or a rule it names) that silences nothing is reported as `suppression/unused`; a
 * comment that starts with `workreport` but is none of these (`workreport-disable-nextline`, a misspelling)
 * is reported as `suppression/unknown`, so that it never fails silently.
 */
import { createLocator } from '../document/location.js';
import type { Finding } from '../types.js';

export const UNUSED_DIRECTIVE_RULE = 'suppression/unused';
export const UNKNOWN_DIRECTIVE_RULE = 'suppression/unknown';

/** The directives the tool knows, by the word after `workreport-`. */
export const DIRECTIVE_KINDS = ['disable-next-line', 'disable-line', 'disable', 'enable'] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number] | 'unknown';

/** One `<!-- workreport… -->` comment, in `text` offsets. */
export interface Directive {
  kind: DirectiveKind;
  /** The directive's name as written (`workreport-disable`, or the unknown word). */
  name: string;
  start: number;
  end: number;
  /** 0-based line a line directive silences (the next line, or its own); -1 for the others. */
  targetLine: number;
  /** Rule ids named, or `null` for every rule. */
  ruleIds: string[] | null;
}

const DIRECTIVE = /<!--\s*(workreport\S*?)(?=\s|-->)([\s\S]*?)-->/g;

/** Every directive in `text` (unknown ones included, as kind `unknown`). */
export function parseDirectives(text: string): Directive[] {
  if (!text.includes('workreport')) return [];
  const lineOf = lineIndexer(text);
  const out: Directive[] = [];
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const name = m[1]!;
    const word = name.slice('workreport-'.length);
    const kind: DirectiveKind = name.startsWith('workreport-') && (DIRECTIVE_KINDS as readonly string[]).includes(word)
      ? (word as DirectiveKind) : 'unknown';
    const list = m[2]!.split(/\s--\s|\s--$/)[0]!.split(/[\s,]+/).filter((s) => s !== '');
    const end = m.index + m[0].length;
    const targetLine = kind === 'disable-next-line' ? lineOf(end) + 1 : kind === 'disable-line' ? lineOf(m.index) : -1;
    out.push({ kind, name, start: m.index, end, targetLine, ruleIds: list.length > 0 ? list : null });
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

/**
 * Drop findings silenced by a directive; report disable directives (or named rules) that silenced nothing,
 * and directives the tool does not know.
 */
export function applySuppressions(
  text: string, findings: readonly Finding[], directives: readonly Directive[],
): { kept: Finding[]; unused: Finding[] } {
  if (directives.length === 0) return { kept: [...findings], unused: [] };
  const silencer = silencerOf(text, directives);
  const used = new Map<Directive, Set<string>>(directives.map((d) => [d, new Set()]));
  const kept: Finding[] = [];
  for (const f of findings) {
    const d = silencer(f);
    if (d) used.get(d)!.add(f.ruleId);
    else kept.push(f);
  }
  const unused: Finding[] = [];
  for (const d of directives) {
    if (d.kind === 'unknown') unused.push(unknownFinding(d));
    else if (d.kind !== 'enable') unused.push(...unusedFinding(d, used.get(d)!));
  }
  return { kept, unused };
}

const covers = (d: Directive, ruleId: string): boolean => d.ruleIds === null || d.ruleIds.includes(ruleId);

/** For a finding, the directive that silences it, if any: a line directive on its line, else the last block one. */
function silencerOf(text: string, directives: readonly Directive[]): (f: Finding) => Directive | undefined {
  const lineOf = lineIndexer(text);
  const byLine = new Map<number, Directive[]>();
  for (const d of directives) if (d.targetLine >= 0) byLine.set(d.targetLine, [...(byLine.get(d.targetLine) ?? []), d]);
  const blocks = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  return (f) => {
    const onLine = (byLine.get(lineOf(f.start)) ?? []).find((d) => covers(d, f.ruleId));
    if (onLine) return onLine;
    // The last block directive before the finding that speaks of its rule decides.
    for (let i = blocks.length - 1; i >= 0; i--) {
      const d = blocks[i]!;
      if (d.end <= f.start && covers(d, f.ruleId)) return d.kind === 'disable' ? d : undefined;
    }
    return undefined;
  };
}

function unusedFinding(d: Directive, hit: ReadonlySet<string>): Finding[] {
  // Without a rule list the directive is unused when it silenced nothing; with one, each idle rule counts.
  const idle = d.ruleIds === null ? [] : d.ruleIds.filter((id) => !hit.has(id));
  if (d.ruleIds === null ? hit.size > 0 : idle.length === 0) return [];
  const what = idle.length === 0 ? '问题' : idle.map((id) => `“${id}”问题`).join('、');
  const where = d.kind === 'disable-next-line' ? '下一行' : d.kind === 'disable-line' ? '本行' : '其后';
  return [{
    ruleId: UNUSED_DIRECTIVE_RULE, start: d.start, end: d.end, severity: 'warning',
    message: `未使用的抑制指令：${where}没有${what}，应删除该指令或改正规则名`,
  }];
}

function unknownFinding(d: Directive): Finding {
  const known = DIRECTIVE_KINDS.map((k) => `workreport-${k}`).join('、');
  return {
    ruleId: UNKNOWN_DIRECTIVE_RULE, start: d.start, end: d.end, severity: 'warning',
    message: `未知的抑制指令“${d.name}”，它不会生效：可用的指令有 ${known}`,
  };
}

/** Offset → 0-based line index in `text` (LF-separated, as normalised text is). */
function lineIndexer(text: string): (offset: number) => number {
  const loc = createLocator(text);
  return (offset) => loc.at(offset).line - 1;
}
