/**
 * placeholder/underscore — an underscore standing for a removed word (高举_新时代) and fill-in lines
 * (____年__月__日, 金额____元).
 *
 * Not reported: underscores joined to Latin letters or digits (PM_2.5, file_name), inside a web or e-mail address,
 * a line made only of underscores (a separator; a Markdown rule), and in Markdown `_emphasis_` / `__strong__`.
 *
 * ok:     PM_2.5浓度下降、snake_case、a line `______`
 * not ok: 高举_新时代 (name)、____年__月__日 (date, date, date)、共____人 (number)
 */
import type { Finding } from '../types.js';
import { at, before, endsLine, isDigit, isLatin, startsLine } from '../document/chars.js';
import { matchesOf, placeholderFinding } from './finding.js';
import type { Rule } from './types.js';
import { addressTest } from './url.js';

const ID = 'placeholder/underscore';
const MASK = /[_＿]+/g;
/** Markdown emphasis with underscores: delimiters outside the words, text inside (CommonMark flanking). */
const EMPHASIS = /(?<=^|[\s\p{P}])(_{1,2})(?=[^\s_])[^_\n]*?[^\s_]\1(?=$|[\s\p{P}])/gmu;

const isWordChar = (c: string | undefined) => isLatin(c) || isDigit(c);

/** Offsets covered by Markdown underscore emphasis (only searched when the text has an underscore). */
function emphasisDelimiters(text: string): Set<number> {
  const covered = new Set<number>();
  for (const m of matchesOf(EMPHASIS, text)) {
    const width = m[1]!.length;
    const end = m.index + m[0].length;
    for (let i = 0; i < width; i++) covered.add(m.index + i).add(end - 1 - i);
  }
  return covered;
}

export const underscore: Rule = {
  id: ID,
  description: 'Underscores standing for a removed word and fill-in lines (____)',
  help: [
    '找出代替具体内容的下划线：高举_新时代、____年__月__日、共____人。发布前请填入实际内容。',
    'Finds underscores standing for a word and fill-in lines; fill them in. Underscores inside Latin words or numbers',
    '(PM_2.5, snake_case), separator lines and Markdown _emphasis_ are not reported.',
    'ok: PM_2.5浓度下降  not ok: 高举_新时代中国特色社会主义思想伟大旗帜',
  ].join('\n'),
  defaultSeverity: 'error',
  check(text, ctx) {
    const findings: Finding[] = [];
    let emphasis: Set<number> | undefined;
    const inAddress = addressTest(text);
    for (const m of matchesOf(MASK, text)) {
      const start = m.index, end = start + m[0].length;
      if (isWordChar(before(text, start)) || isWordChar(at(text, end))) continue;
      if (startsLine(text, start) && endsLine(text, end)) continue;
      if (inAddress(start, end)) continue;
      if (ctx.format === 'md' && (emphasis ??= emphasisDelimiters(text)).has(start)) continue;
      findings.push(placeholderFinding(ID, text, start, end));
    }
    return findings;
  },
};
