/**
 * placeholder/asterisk-mask — *, **, *** (and full-width ＊) standing for a word or a number.
 *
 * In Markdown, paired `**bold**` is removed by normalisation before rules run. What is left of broken
 * markup is not reported either: a run at the start or end of a line, next to a space, or right after a
 * colon (the end of a bold lead-in such as `**附：**`). A run between two characters of running text
 * (`新**贡献`, `在**县`) is a mask in every format, and so is a run right before a mask suffix (县, 次, 年 …),
 * wherever it stands: normalisation keeps such a run as a mask (`**县政协共召开**次会议` is no bold).
 *
 * ok:     2*66万千瓦 (multiplication)、a*b、a line of *** (a separator); in .md: `**今年**`、`* 列表项`
 * not ok: 培训委员*人次 (number)、在**县党校 (region)、“*杯”篮球赛 (name); in .md: `**县政协共召开**次会议`
 */
import { at, atSkippingBlanks, before, beforeSkippingBlanks, endsLine, isBlank, isDigit, isLatin, startsLine } from '../document/chars.js';
import { maskRule } from './finding.js';
import { isBeforeMaskSuffix } from '../document/mask-suffix.js';
import type { RuleContext } from './types.js';

const ID = 'placeholder/asterisk-mask';
/** A run of asterisks; in Markdown a backslash-escaped asterisk (`\*`) is a literal one. */
const MASK = /\\?[*＊](?:\\?[*＊])*/g;

function isMask(text: string, start: number, end: number, ctx: RuleContext): boolean {
  const prev = before(text, start), next = at(text, end);
  if (isLatin(prev) || isLatin(next)) return false; // a*b, footnote marks on Latin words
  if (isDigit(beforeSkippingBlanks(text, start)) && isDigit(atSkippingBlanks(text, end))) return false; // 2*66
  if (startsLine(text, start) && endsLine(text, end)) return false; // a separator line
  if (ctx.format !== 'md') return true;
  if (isBeforeMaskSuffix(text, end)) return true; // `**县…` at a line start, `地点：**县`
  if (startsLine(text, start) || endsLine(text, end)) return false; // list bullets, unpaired bold
  if (isBlank(prev) || isBlank(next)) return false; // `** **`, `增长** 宏观`
  return !(end - start >= 2 && /^[:：]$/.test(prev ?? '')); // `**附：**` closed after its colon
}

export const asteriskMask = maskRule({
  id: ID,
  description: 'Asterisk masks (*, **, ***) standing for a word or a number',
  help: [
    '找出代替具体内容的星号：*、**、***（包括全角＊）。发布前请填入实际内容。Markdown 中成对的 **加粗** 不算占位符，但正文中紧接量词、行政区划或年月日的 **（在**县、召开**次、20**年）是占位符。',
    'Finds asterisks standing for a word or a number (*, **, ***); fill in the real text. Markdown bold (**…**), list bullets and',
    'broken bold markup at a line edge are not reported; neither is multiplication between digits (2*66). In Markdown a ** in',
    'running text right before a measure word, a unit or a date part (在**县, 召开**次, 20**年) is a mask, not bold.',
    'ok: 2*66万千瓦机组  not ok: 开展联系交流*次，在**县党校举办培训',
  ].join('\n'),
  pattern: MASK,
  startOf: (text, start, end, ctx) => (isMask(text, start, end, ctx) ? start : undefined),
});
