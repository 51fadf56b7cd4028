/**
 * Placeholders of one document as table rows (placeholders.csv) and as counts (documents.csv), for
 * `analyze`. Same rules, allow-list and inline suppression as `check`, so both commands agree.
 */
import { BUILTIN_RULES } from '../../rules/index.js';
import { compileRuleSet, type RuleSet } from '../../rules/ruleset.js';
import type { Rule } from '../../rules/types.js';
import type { PlaceholderCounts, PlaceholderRow } from '../../schemas/placeholders.js';
import type { ReportDoc } from '../../types.js';
import { checkDocument } from './check-document.js';

const KINDS = ['region', 'number', 'date', 'name', 'other', 'blank'] as const;

/** True for rule ids that report placeholders or blank slots (not numbering or suppression). */
export function isPlaceholderRule(ruleId: string): boolean {
  return ruleId.startsWith('placeholder/') || ruleId.startsWith('blank-slot');
}

/** One row per placeholder or blank slot in `doc`, in position order. `rules` may be a compiled rule set. */
export function placeholderRows(doc: ReportDoc, rules: readonly Rule[] | RuleSet = BUILTIN_RULES): PlaceholderRow[] {
  const ruleset = isRuleSet(rules) ? rules : compileRuleSet(undefined, undefined, rules);
  return checkDocument(doc, ruleset)
    .filter((d) => isPlaceholderRule(d.ruleId))
    .map((d) => ({
      doc_id: doc.id,
      file: doc.file,
      line: d.line,
      column: d.column,
      end_column: d.endColumn,
      text: d.text,
      kind: kindOf(d.kind, d.ruleId),
      rule_id: d.ruleId,
      context: d.context,
      location: d.location ?? '',
    }));
}

/** documents.csv counts: placeholders (all kinds but blank), blank slots, and one count per kind. */
export function placeholderCounts(rows: readonly PlaceholderRow[]): PlaceholderCounts {
  const c: PlaceholderCounts = { placeholders: 0, blank_slots: 0, ph_region: 0, ph_number: 0, ph_date: 0, ph_name: 0, ph_other: 0 };
  for (const r of rows) {
    if (r.kind === 'blank') {
      c.blank_slots++;
      continue;
    }
    c.placeholders++;
    c[`ph_${r.kind}`]++;
  }
  return c;
}

function kindOf(kind: string | undefined, ruleId: string): PlaceholderRow['kind'] {
  if ((KINDS as readonly string[]).includes(kind ?? '')) return kind as PlaceholderRow['kind'];
  return ruleId.startsWith('blank-slot') ? 'blank' : 'other';
}

function isRuleSet(r: readonly Rule[] | RuleSet): r is RuleSet {
  return !Array.isArray(r);
}
