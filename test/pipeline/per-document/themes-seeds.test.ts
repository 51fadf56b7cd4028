/**
 * The built-in lexicon on the five seeds, tokenized for real (nodejieba + the project dictionary + the theme
 * terms). Exact hit counts; each was checked by hand against the text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/io/read.js';
import { lexiconPath } from '../../../src/lexicon/index.js';
import { scoreThemes, type ThemeHit } from '../../../src/pipeline/per-document/themes.js';
import { tokenize } from '../../../src/pipeline/per-document/tokenize.js';
import { lexiconTerms, parseLexicon } from '../../../src/schemas/lexicon.js';
import { loadJieba } from '../../../src/segmenter/jieba.js';
import { CORPUS, SEED_FILES } from '../../helpers.js';

const lex = parseLexicon(JSON.parse(readFileSync(lexiconPath('themes.json'), 'utf8')), 'themes.json');
const hits = new Map<string, ThemeHit[]>();

beforeAll(async () => {
  const segmenter = loadJieba(lexiconTerms(lex));
  for (const file of SEED_FILES) {
    const doc = await readDocument(join(CORPUS, file), CORPUS);
    hits.set(file.slice(0, 3), scoreThemes(doc.text, tokenize(doc.text, segmenter), lex));
  }
}, 60_000);

function hit(seed: string, theme: string): ThemeHit | undefined {
  return hits.get(seed)!.find((h) => h.theme === theme);
}

describe('theme hits in the seeds', () => {
  it('000: democratic supervision, every form of supervision the report lists', () => {
    expect(hit('000', 'democratic-supervision')).toEqual({
      theme: 'democratic-supervision',
      hits: 12,
      matched: [
        ['民主监督', 3], ['专项监督', 2], ['提案监督', 2], ['会议监督', 1], ['特约监督', 1], ['监督性视察', 1],
        ['社情民意监督', 1], ['视察监督', 1],
      ],
    });
  });

  it('000: proposals — 提案办理协商会 once (longest wins), 重点提案 twice', () => {
    expect(hit('000', 'proposals')!.matched).toEqual([['重点提案', 2], ['办复', 1], ['提案', 1], ['提案办理', 1], ['提案办理协商会', 1]]);
  });

  it('000: the themes of a county report on consultation brands', () => {
    expect(hits.get('000')!.map((h) => `${h.theme}:${h.hits}`)).toEqual([
      'business-environment:3', 'culture-tourism:9', 'democratic-supervision:12', 'ecology:2', 'education:1',
      'elderly-care:1', 'grassroots-consultation:8', 'health:1', 'infrastructure:4', 'member-duties:4',
      'participation:12', 'party-building:11', 'political-consultation:22', 'poverty-alleviation:1',
      'private-economy:1', 'proposals:6', 'public-opinion:2', 'social-governance:7', 'theory-study:9', 'united-front:6',
    ]);
  });

  it('002: grassroots consultation rooms and councils', () => {
    expect(hit('002', 'grassroots-consultation')).toEqual({
      theme: 'grassroots-consultation',
      hits: 24,
      matched: [
        ['政协基层协商', 8], ['协商议事室', 5], ['民事直说', 3], ['协商议事会', 2], ['基层协商', 2], ['政协委员工作站', 2],
        ['协商议事', 1], ['板凳会', 1],
      ],
    });
  });

  it('002: culture-history (文史资料, 三亲 史料) and food safety (外卖餐饮)', () => {
    expect(hit('002', 'culture-history')!.hits).toBe(5);
    expect(hit('002', 'food-safety')!.matched).toEqual([['外卖餐饮', 1], ['食品安全', 1]]);
  });

  it('003: public opinion — 社情民意信息 counted once, not also as 信息报送', () => {
    expect(hit('003', 'public-opinion')).toEqual({
      theme: 'public-opinion',
      hits: 7,
      matched: [['社情民意信息', 3], ['社情民意', 2], ['直通车', 1], ['社情民意直报点', 1]],
    });
  });

  it('004: the rule of law section of a 述职报告', () => {
    // These counts follow the segmentation: 法律 counts in 法律|素养 but not inside the word 法律法规.
    expect(hit('004', 'rule-of-law')).toEqual({
      theme: 'rule-of-law',
      hits: 35,
      matched: [
        ['法治', 9], ['宪法', 7], ['法治思维', 6], ['法律', 4], ['法治方式', 4], ['法律法规', 2], ['依法办事', 1],
        ['法律意识', 1], ['法规', 1],
      ],
    });
    // 教育引导, 警示教育, 受教育干部 and 教育干部 are political education: no education hit
    expect(hit('004', 'education')).toBeUndefined();
  });
});
