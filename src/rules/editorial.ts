/**
 * placeholder/editorial — notes a drafter leaves for later: a bracketed 待补充 / 待定 / 待核实 / 待确认 /
 * 待更新 / 待填 / 暂缺 (【待补充】, （待定）, 【数据待核实】), [TBD], and TODO / TBD / FIXME / TBA as words,
 * and runs of question marks (??, ？？). Kind: other.
 *
 * Not reported: 待定 as an ordinary word outside brackets (具体时间待定), a Latin word that contains one
 * (todos, TBDX), a single question mark, and footnote marks ([1], [^1]).
 *
 * ok:     具体时间待定、是否可行？、参见[1]
 * not ok: 【待补充】、（待定）、[TBD]、TODO: 补数据、增长??%
 */
import type { Finding } from '../types.js';
import { at, before, isLatin } from '../document/chars.js';
import { matchesOf } from './finding.js';
import type { Rule } from './types.js';
import { addressTest } from './url.js';

const ID = 'placeholder/editorial';
const OPEN = '【〔［\\[（(';
const CLOSE = '】〕］\\]）)';
const NOTE = '(?:待补充|待补|待定|待填写?|待核实|待核|待确认|待更新|待完善|暂缺|TBD|TODO|TBA|FIXME)';
/** Bracket content besides the note: no brackets, no line break, no character another rule reports. */
const FILLER = `[^${OPEN}${CLOSE}\\nXxＸｘ×*＊_＿□○〇◯某?？]{0,12}`;
const MARKER = new RegExp(
  `[${OPEN}]\\s*${FILLER}${NOTE}${FILLER}\\s*[${CLOSE}]|TODO|TBD|TBA|FIXME|[?？]{2,}`, 'g',
);

export const editorial: Rule = {
  id: ID,
  description: 'Editorial markers left in a draft: 【待补充】, （待定）, [TBD], TODO, ??',
  help: [
    '找出起草时留下的编辑标记：【待补充】、（待定）、【数据待核实】、[TBD]、TODO、FIXME、??。发布前请补全内容并删除标记。',
    '括号外的“待定”是普通词语（具体时间待定），不报告。',
    'Finds editorial notes left in a draft (【待补充】, （待定）, [TBD], TODO, ??); complete the text and remove the note.',
    'ok: 具体时间待定  not ok: 全年接待游客【待补充】万人次',
  ].join('\n'),
  defaultSeverity: 'error',
  check(text) {
    const findings: Finding[] = [];
    const inAddress = addressTest(text);
    for (const m of matchesOf(MARKER, text)) {
      const start = m.index, end = start + m[0].length;
      if (/^[A-Z]/.test(m[0]) && (isLatin(before(text, start)) || isLatin(at(text, end)))) continue;
      if (inAddress(start, end)) continue;
      findings.push({
        ruleId: ID, start, end, kind: 'other',
        message: `未完成的编辑标记“${m[0]}”（其他）：发布前应补全此处内容并删除标记`,
      });
    }
    return findings;
  },
};
