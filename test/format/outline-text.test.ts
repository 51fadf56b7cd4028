import { describe, expect, it } from 'vitest';
import { formatOutlineText } from '../../src/format/outline-text.js';
import { outlineReport } from '../../src/pipeline/outline/report.js';
import { textDoc } from '../pipeline/outline/doc.js';

describe('formatOutlineText', () => {
  it('indents by depth with the line numbers, shows leads, then the issues with their place and rule', () => {
    const doc = textDoc([
      '政协XX县委员会2024年工作要点', '一、强化学习', '（一）理论武装', '不断强化理论武装。一以贯之。', '推进政治建设。始终坚持。',
      '（三）制度建设', '二、履职尽责', '1、协商议政。围绕中心。',
    ].join('\n'));
    expect(formatOutlineText(outlineReport(doc, 'drafts/a.txt', { allowDunHao: false }))).toBe([
      'drafts/a.txt',
      'title: 政协XX县委员会2024年工作要点 (line 1)',
      '2  一、强化学习',
      '3    （一）理论武装',
      '4      · 不断强化理论武装。',
      '5      · 推进政治建设。',
      '6    （三）制度建设',
      '7  二、履职尽责',
      '8    1、协商议政。',
      '5 headings · 2 leads · 0 enumerations',
      'numbering: 2 warnings',
      '  6:1  warning  第2级编号跳号：“（一）”之后是“（三）”，缺少“（二）”  numbering/skip',
      '  8:1  warning  编号“1、”的标点不规范，应为“1.”  numbering/punctuation',
      '',
    ].join('\n'));
  });

  it('puts parts at the margin and says when there is nothing to report', () => {
    const text = formatOutlineText(outlineReport(textDoc('一、甲\n正文。\n附件\n一、建学校。\n'), 'a.txt'));
    expect(text).toBe('a.txt\ntitle: —\n1    一、甲\n3  【附件】\n4    一、建学校。\n2 headings · 1 part · 0 leads · 0 enumerations\nnumbering: no issues\n');
  });
});
