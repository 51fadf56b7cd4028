/**
 * A config `patterns` entry as a rule `placeholder/custom-<id>` (error by default).
 *
 * ok:     pattern "/待[定补]/" on 资金来源已落实           → no finding
 * not ok: pattern "/待[定补]/" on 资金来源待定             → “待定” at its offsets, kind as configured
 */
import type { Pattern } from '../schemas/config.js';
import { matcherOf, matchSpans } from './matcher.js';
import { KIND_LABELS, placeholderMessage } from './kind.js';
import type { Rule } from './types.js';

const PREFIX = 'placeholder/custom-';

/** The rule id a custom pattern reports under. */
export function customRuleId(id: string): string {
  return `${PREFIX}${id}`;
}

/** True for the rule id of a custom pattern (built-in rule ids never start with placeholder/custom-). */
export function isCustomRuleId(ruleId: string): boolean {
  return ruleId.startsWith(PREFIX);
}

/** Build the rule for one configured pattern. */
export function customRule(pattern: Pattern): Rule {
  const id = customRuleId(pattern.id);
  const re = matcherOf(pattern.pattern);
  const label = KIND_LABELS[pattern.kind];
  const messageOf = (text: string) => {
    if (pattern.message) return pattern.message.replaceAll('{text}', text);
    if (pattern.kind === 'blank') return `空缺“${text}”：此处应填写具体数字`;
    return placeholderMessage(text, pattern.kind);
  };
  return {
    id,
    description: `Custom pattern ${pattern.pattern} from workreport.config.json`,
    help: `匹配配置中的自定义模式 ${pattern.pattern}（类型：${label}）。Matches the custom pattern ${pattern.pattern} configured in workreport.config.json; fill in the text or adjust the pattern.`,
    defaultSeverity: 'error',
    check(text) {
      return matchSpans(re, text).map((s) => ({
        ruleId: id,
        start: s.start,
        end: s.end,
        message: messageOf(text.slice(s.start, s.end)),
        kind: pattern.kind,
      }));
    },
  };
}
