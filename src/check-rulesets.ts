/**
 * The rule sets of a `check` run: one explicit config for every file, or the nearest workreport.config.json of each
 * file's folder, each compiled once; and the union of the rules they know, for SARIF's rule list.
 */
import { findConfig, loadConfig } from './io/config.js';
import { BUILTIN_RULES } from './rules/index.js';
import { compileRuleSet, knownRuleIds, type DocumentRules, type RuleMeta, type RuleSet } from './rules/ruleset.js';
import type { Rule } from './rules/types.js';

/**
 * Rule sets by folder (`dir` → its rule set): one explicit config for all, or the nearest config file, each compiled once.
 * `dormant`: rules a config may name that do not run (see `compileRuleSet`).
 */
export function rulesetResolver(
  textRules: readonly Rule[] | undefined, documentRules: readonly DocumentRules[], config: string | undefined,
  dormant: readonly RuleMeta[] = [],
): (dir: string) => Promise<RuleSet> {
  const rules = textRules ?? BUILTIN_RULES;
  const byConfig = new Map<string, Promise<RuleSet>>();
  const byDir = new Map<string, Promise<RuleSet>>();
  const nearest = new Map<string, Promise<string | undefined>>();
  const compile = (configFile: string | undefined): Promise<RuleSet> => {
    const key = configFile ?? '';
    let rs = byConfig.get(key);
    if (!rs) {
      const load = (file: string) => loadConfig(file, knownRuleIds(rules, documentRules, dormant));
      rs = (async () => compileRuleSet(configFile ? await load(configFile) : undefined, configFile, rules, documentRules, dormant))();
      byConfig.set(key, rs);
    }
    return rs;
  };
  return (dir) => {
    if (config !== undefined) return compile(config);
    let rs = byDir.get(dir);
    if (!rs) {
      rs = findConfig(dir, nearest).then(compile);
      byDir.set(dir, rs);
    }
    return rs;
  };
}

/** Every rule known to the rule sets used, by id. */
export function unionMeta(sets: Iterable<RuleSet>): RuleMeta[] {
  const byId = new Map<string, RuleMeta>();
  for (const rs of sets) for (const m of rs.meta) if (!byId.has(m.id)) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
