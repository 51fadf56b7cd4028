/**
 * scoreThemes matching rules on hand-cut tokens (a small lexicon), themeOfText on the seeds' topics, and
 * themeRows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexiconPath } from '../../../src/lexicon/index.js';
import { themeRows } from '../../../src/pipeline/per-document/theme-rows.js';
import { scoreThemes, themeOfText, type ThemeHit } from '../../../src/pipeline/per-document/themes.js';
import { tokenColumns, type Token, type Tokens } from '../../../src/pipeline/per-document/tokens.js';
import { parseLexicon } from '../../../src/schemas/lexicon.js';
import { ThemeRowSchema } from '../../../src/schemas/themes.js';

const lex = parseLexicon(
  {
    version: '1.0.0',
    themes: [
      { id: 'proposals', label: '提案', group: 'function', note: '', terms: ['提案'] },
      { id: 'poverty', label: '扶贫', group: 'policy', note: '', terms: ['扶贫', '精准扶贫', '脱贫攻坚'] },
      { id: 'health', label: '健康', group: 'policy', note: '', terms: ['健康', '医养结合'], exclude: ['健康发展'] },
      { id: 'elderly', label: '养老', group: 'policy', note: '', terms: ['养老', '医养结合'] },
      { id: 'safety', label: '平安', group: 'policy', note: '', terms: ['平安'] },
      { id: 'epidemic', label: '疫情', group: 'policy', note: '', terms: ['/新冠(肺炎)?疫情/', '疫情防控'] },
    ],
  },
  'test.json',
);

/** Text and tokens from words written `a|b|c` (the tokens a segmenter would return). */
function cut(words: string): { text: string; tokens: Tokens } {
  const list: Token[] = [];
  let pos = 0;
  for (const w of words.split('|')) {
    list.push({ text: w, start: pos, end: pos + w.length, kind: 'word' });
    pos += w.length;
  }
  return { text: words.replaceAll('|', ''), tokens: tokenColumns(list) };
}

function score(words: string): ThemeHit[] {
  const { text, tokens } = cut(words);
  return scoreThemes(text, tokens, lex);
}

describe('scoreThemes: a term counts only on token boundaries', () => {
  it.each<[string, string, ThemeHit[]]>([
    ['a term that is a whole token', '提交|提案|和|提案', [{ theme: 'proposals', hits: 2, matched: [['提案', 2]] }]],
    ['not inside a longer word (prefix)', '推进|提案办理', []],
    ['not inside a longer word (扶贫办 is an office)', '县|扶贫办|牵头', []],
    ['not across a boundary (高水平|安全 has no 平安)', '坚持|高水平|安全', []],
    ['a term may span several tokens', '实施|精准|扶贫', [{ theme: 'poverty', hits: 1, matched: [['精准扶贫', 1]] }]],
    ['the same text on a token of its own', '守护|平安', [{ theme: 'safety', hits: 1, matched: [['平安', 1]] }]],
  ])('%s: %s', (_what, words, expected) => {
    expect(score(words)).toEqual(expected);
  });
});

describe('scoreThemes: overlaps, exclusions, regexes, order', () => {
  it('counts overlapping terms of a theme once, the longest winning (精准扶贫 over 扶贫)', () => {
    expect(score('扶贫|扶贫|脱贫攻坚|精准|扶贫')).toEqual([
      { theme: 'poverty', hits: 4, matched: [['扶贫', 2], ['精准扶贫', 1], ['脱贫攻坚', 1]] },
    ]);
  });

  it('keeps the earliest of two overlapping matches of equal length', () => {
    expect(score('做好|新冠|疫情|防控')).toEqual([{ theme: 'epidemic', hits: 1, matched: [['新冠疫情', 1]] }]);
  });

  it('reports what a regex term matched', () => {
    expect(score('抗击|新冠|肺炎|疫情|，|新冠|疫情')).toEqual([
      { theme: 'epidemic', hits: 2, matched: [['新冠疫情', 1], ['新冠肺炎疫情', 1]] },
    ]);
  });

  it('drops an occurrence inside an exclude phrase (健康 in 健康发展), keeps the others', () => {
    expect(score('经济|持续|健康|发展')).toEqual([]);
    expect(score('经济|持续|健康|发展|，|身心|健康')).toEqual([{ theme: 'health', hits: 1, matched: [['健康', 1]] }]);
  });

  it('scores themes independently: 医养结合 counts for health and for elderly care, sorted by theme id', () => {
    expect(score('推进|医养结合').map((h) => h.theme)).toEqual(['elderly', 'health']);
  });

  it('finds nothing without tokens', () => {
    expect(scoreThemes('提交提案', tokenColumns([]), lex)).toEqual([]);
  });
});

describe('themeOfText (built-in lexicon, the seeds’ consultation topics)', () => {
  const builtin = parseLexicon(JSON.parse(readFileSync(lexiconPath('themes.json'), 'utf8')), 'themes.json');
  it.each([
    ['全县外卖餐饮食品安全工作', 'food-safety'],
    ['优化营商环境', 'business-environment'],
    ['农村饮用水安全', 'infrastructure'],
    ['全域旅游', 'culture-tourism'],
    ['**县非物质文化遗产传承保护利用工作', 'culture-tourism'],
    ['砂石资源保护与开发', 'ecology'],
    ['**县水源地保护', 'ecology'],
    ['关于改善人居环境、建设宜居宜业和美乡村', 'rural-revitalization'],
    ['促进民营经济高质量发展', 'private-economy'],
    ['构建全民共建共治共享社会治理格局', 'social-governance'],
    ['优化教育资源，促进教育高质量发展', 'education'],
    ['强龙头补链条发展农产品精深加工业', 'agriculture'],
    ['强科技促经济', 'innovation'],
    ['脱贫攻坚', 'poverty-alleviation'],
    ['学前教育', 'education'],
    // equal cover in health and elderly-care (both policy): the smaller id wins
    ['医养结合', 'elderly-care'],
    ['重大项目投产达效', 'infrastructure'],
    ['财政预算绩效管理考核', ''],
    ['', ''],
  ])('%s → %s', (topic, theme) => {
    expect(themeOfText(topic, builtin)).toBe(theme);
  });

  it('prefers the theme covering more characters', () => {
    // 养老 (2 characters, elderly) against 医养结合 (4, health and elderly): elderly covers 6
    expect(themeOfText('养老与医养结合', lex)).toBe('elderly');
    expect(themeOfText('健康与扶贫', lex)).toBe('health');
  });
});

describe('themeRows (themes.csv)', () => {
  it('gives one valid row per theme hit, with the rate and the matched terms', () => {
    const rows = themeRows('000', 2000, score('扶贫|扶贫|脱贫攻坚|精准|扶贫|医养结合'), lex);
    expect(rows).toEqual([
      { doc_id: '000', theme: 'elderly', label: '养老', hits: 1, per_10k_chars: 5, matched_terms: '医养结合:1' },
      { doc_id: '000', theme: 'health', label: '健康', hits: 1, per_10k_chars: 5, matched_terms: '医养结合:1' },
      { doc_id: '000', theme: 'poverty', label: '扶贫', hits: 4, per_10k_chars: 20, matched_terms: '扶贫:2|精准扶贫:1|脱贫攻坚:1' },
    ]);
    for (const r of rows) expect(ThemeRowSchema.parse(r)).toEqual(r);
  });

  it('rounds the rate to 4 decimals and gives 0 for a document without Han characters', () => {
    expect(themeRows('d', 3, score('提案'), lex)[0]!.per_10k_chars).toBe(3333.3333);
    expect(themeRows('d', 0, score('提案'), lex)[0]!.per_10k_chars).toBe(0);
  });
});
