/**
 * Built-in rules + document rules + one config → the rules to run, their levels and the allow-list.
 * Pure: the config is already loaded and validated (`io/config.ts`); here rule ids are checked against
 * the rules that exist.
 */
import { UsageError } from '../errors.js';
import { t } from '../messages/index.js';
import type { Config, RuleLevel } from '../schemas/config.js';
import type { Finding, ReportDoc, Severity } from '../types.js';
import { customRule } from './custom.js';
import { matcherOf } from './matcher.js';
import { UNKNOWN_DIRECTIVE_RULE, UNUSED_DIRECTIVE_RULE } from './suppress.js';
import type { Rule } from './types.js';

/** What a user reads about a rule (SARIF rule metadata, the generated docs/rules.md, config validation). */
export interface RuleMeta {
  id: string;
  description: string;
  help: string;
  defaultSeverity: Severity;
}

/**
 * Checks that need the whole document (section numbering, from the outline work): one function that may
 * report several rule ids, each described in `rules`. Findings are in `doc.text` offsets; a finding's own
 * `severity` is used unless the config sets the rule's level.
 */
export interface DocumentRules {
  rules: readonly RuleMeta[];
  check(doc: ReportDoc, options: DocumentRuleOptions): Finding[];
}

/** What a config says about the document rules (its `numbering` options); unset keys take the rules' defaults. */
export interface DocumentRuleOptions {
  allowDunHao?: boolean;
}

/** Everything `checkDocument` needs to know about the rules for one file. */
export interface RuleSet {
  /** Text rules to run (built-in and custom), those turned off left out. */
  textRules: readonly Rule[];
  /** Document rules with at least one rule not turned off. */
  documentRules: readonly DocumentRules[];
  /** Severity a finding is reported with; `undefined` when its rule is turned off. */
  severityOf(finding: Finding): Severity | undefined;
  /** Findings overlapping a match of one of these are dropped. */
  allow: readonly RegExp[];
  /** Every rule known under this config (including ones turned off), sorted by id. */
  meta: readonly RuleMeta[];
  /** Options passed to the document rules (the config's `numbering`). */
  documentOptions: DocumentRuleOptions;
}

export const UNUSED_DIRECTIVE_META: RuleMeta = {
  id: UNUSED_DIRECTIVE_RULE,
  description: 'An inline workreport-disable(-line, -next-line) directive that suppresses nothing',
  help: '抑制指令所管的范围内没有它所指的问题：删除该指令，或改正其中的规则名。A workreport-disable, -disable-line or -disable-next-line comment that silences no finding of the rules it names: remove it or fix the rule id.',
  defaultSeverity: 'warning',
};

export const UNKNOWN_DIRECTIVE_META: RuleMeta = {
  id: UNKNOWN_DIRECTIVE_RULE,
  description: 'A <!-- workreport… --> comment that is not a directive the tool knows (a misspelling)',
  help: '以 workreport 开头的注释不是已知的指令（可能拼错），不会生效。可用：workreport-disable、workreport-enable、workreport-disable-line、workreport-disable-next-line。A comment starting with workreport that is no known directive does nothing: use workreport-disable, -enable, -disable-line or -disable-next-line.',
  defaultSeverity: 'warning',
};

const LEVEL_SEVERITY: Record<Exclude<RuleLevel, 'off'>, Severity> = { warn: 'warning', error: 'error' };

/**
 * Compile the rules for one config (`undefined` = defaults). `configFile` names the config in errors. `dormant`
 * are rules the config may name that do not run here (`stale/unchanged-sentence` without `--previous`): their
 * ids are valid in `rules`, but they are not in `meta`, as they report nothing.
 */
export function compileRuleSet(
  config: Config | undefined,
  configFile: string | undefined,
  builtins: readonly Rule[],
  documentRules: readonly DocumentRules[] = [],
  dormant: readonly RuleMeta[] = [],
): RuleSet {
  const textRules = [...builtins, ...(config?.patterns ?? []).map(customRule)];
  const metas = new Map<string, RuleMeta>();
  for (const r of [...textRules, ...documentRules.flatMap((d) => d.rules), UNUSED_DIRECTIVE_META, UNKNOWN_DIRECTIVE_META]) {
    if (!metas.has(r.id)) metas.set(r.id, metaOf(r));
  }
  const levels = config?.rules ?? {};
  const unknown = unknownRuleIds(Object.keys(levels), [...metas.keys(), ...dormant.map((r) => r.id)]);
  if (unknown) throw new UsageError(`${configFile ?? 'config'}: ${unknown}`);
  const isOff = (id: string) => levels[id] === 'off';
  return {
    textRules: textRules.filter((r) => !isOff(r.id)),
    documentRules: documentRules.filter((d) => d.rules.length === 0 || d.rules.some((r) => !isOff(r.id))),
    severityOf(f) {
      const level = levels[f.ruleId];
      if (level === 'off') return undefined;
      if (level) return LEVEL_SEVERITY[level];
      return f.severity ?? metas.get(f.ruleId)?.defaultSeverity ?? 'error';
    },
    allow: (config?.allow ?? []).map(matcherOf),
    meta: [...metas.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    documentOptions: { ...config?.numbering },
  };
}

/**
 * The ids a config's `rules` may name besides its own `patterns` (placeholder/custom-<id>): the text
 * rules, the document rules, the dormant ones (see `compileRuleSet`), suppression/unused and suppression/unknown.
 */
export function knownRuleIds(
  builtins: readonly RuleMeta[], documentRules: readonly DocumentRules[] = [], dormant: readonly RuleMeta[] = [],
): string[] {
  return [...builtins, ...documentRules.flatMap((d) => d.rules), ...dormant, UNUSED_DIRECTIVE_META, UNKNOWN_DIRECTIVE_META].map((r) => r.id);
}

/** `rules: unknown rule id "x", "y": expected one of a, b` for the ids not in `known`; `undefined` when all are known. */
export function unknownRuleIds(ids: readonly string[], known: Iterable<string>): string | undefined {
  const valid = new Set(known);
  const unknown = ids.filter((id) => !valid.has(id));
  if (unknown.length === 0) return undefined;
  return t('config.unknownRules', { ids: unknown.map((id) => `"${id}"`).join(', '), allowed: [...valid].sort().join(', ') });
}

function metaOf(r: RuleMeta): RuleMeta {
  return { id: r.id, description: r.description, help: r.help, defaultSeverity: r.defaultSeverity };
}
