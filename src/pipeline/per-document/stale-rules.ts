/**
 * What a user reads about `check --previous`'s rule, apart from the comparison (stale.ts): a config may name the
 * rule whether or not `--previous` is given, so `check` needs its id without loading the comparison's modules.
 */
import type { Severity } from '../../types.js';

export const STALE_RULE_ID = 'stale/unchanged-sentence';

/** What a user reads about the rule (the shape of `RuleMeta`). */
export const STALE_RULES: readonly { id: string; description: string; help: string; defaultSeverity: Severity }[] = [{
  id: STALE_RULE_ID,
  description: 'A sentence with a year, date or count stands unchanged from last year\'s report (--previous)',
  help: '与去年报告相同（或几乎相同）且含有年份、日期或数字的句子：数字可能未更新，请逐一核实。'
    + 'A sentence of the draft, figures and all, is (nearly) word for word in last year\'s report. '
    + 'ok: 去年“共收到提案312件”，今年“共收到提案298件”  not ok: 今年仍是“共收到提案312件”',
  defaultSeverity: 'warning',
}];
