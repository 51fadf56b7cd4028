/** One small checked document shared by the formatter tests (stand-in rules, see ../check-fakes.ts). */
import { checkResult, type CheckRun } from '../../src/check.js';
import { compileRuleSet } from '../../src/rules/ruleset.js';
import { docOf, LETTER_RULE, NUMBERING_RULES } from '../check-fakes.js';

export const SOURCE = '一、总体情况\nX县政协召开XX次会议。\n二、主要工作\n';

/** Two files: drafts/县/a.txt with 2 errors and 1 warning (section known for the warning), b.txt clean. */
export function sampleRun(): CheckRun {
  const ruleset = compileRuleSet(undefined, undefined, [LETTER_RULE], [NUMBERING_RULES]);
  const sectionOf = () => (offset: number) => (offset >= SOURCE.indexOf('二、') ? '二、主要工作' : undefined);
  return {
    results: [
      checkResult(docOf(SOURCE, 'drafts/县/a.txt'), ruleset, sectionOf),
      checkResult(docOf('正文。', 'b.txt'), ruleset),
    ],
    failures: [],
    skipped: [],
    rules: [...ruleset.meta],
  };
}
