/**
 * The built-in rules, in the order they are documented.
 */
import type { Rule } from './types.js';

export type { Rule, RuleContext } from './types.js';

/** Every built-in rule. Findings of different rules never overlap. */
export const BUILTIN_RULES: readonly Rule[] = [];
