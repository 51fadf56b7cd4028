/**
 * placeholder/mou — 某 used as a mask: 某某 (always), and a single 某 before an administrative unit
 * (某县, 某镇), a date part (某年某月某日) or 同志. 某 in ordinary words (某些, 某种, 某个, 某一, 某方面,
 * 某项, 某几) is a determiner, not a mask, and so is 某 before any other word.
 *
 * ok:     在某些方面、某种程度上、某一领域、某个环节
 * not ok: 某某同志 (name)、某县政协 (region)、于某年某月 (date, date)
 */
import { maskRule } from './finding.js';

const ID = 'placeholder/mou';
/** 某某…, or one 某 before a unit, a date part or 同志. */
const MASK = /某{2,}|某(?=县|区|市|省|镇|乡|村|州|街道|社区|政协|年|月|日|同志)/g;

export const mou = maskRule({
  id: ID,
  description: 'The character 某 used as a mask (某某, 某县, 某年), not the ordinary words 某些, 某种',
  help: [
    '找出用作占位符的“某”：某某、某县、某镇、某年某月某日、某同志。发布前请填入实际的名称、地名或日期。',
    '“某些”“某种”“某个”“某一”“某方面”是普通词语，不报告。',
    'Finds 某 standing for a name, region or date (某某, 某县, 某年); ordinary words such as 某些 / 某种 are not reported.',
    'ok: 在某些方面还存在差距  not ok: 某某同志在某县调研',
  ].join('\n'),
  pattern: MASK,
  startOf: (_text, start) => start,
});
