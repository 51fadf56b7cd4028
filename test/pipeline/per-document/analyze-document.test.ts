/** analyzeDocument reads words in Simplified characters: a report in Traditional ones is counted as its twin is. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocContext } from '../../../src/context.js';
import { resolveMeta } from '../../../src/pipeline/docvars/metadata.js';
import { analyzeDocument, type DocContext } from '../../../src/pipeline/per-document/analyze-document.js';
import { docOf } from '../../check-fakes.js';

const SIMPLIFIED = '县政协围绕优化营商环境开展专项民主监督，就推进乡村振兴进行专题协商。\n';
const TRADITIONAL = '縣政協圍繞優化營商環境開展專項民主監督，就推進鄉村振興進行專題協商。\n';

describe('analyzeDocument on a text in Traditional characters', () => {
  let ctx: DocContext;
  beforeAll(async () => {
    ctx = await createDocContext();
  }, 60_000);

  const analysed = (source: string) => {
    const doc = docOf(source);
    return analyzeDocument(doc, resolveMeta(doc, undefined, undefined), ctx).analysis;
  };

  it('gives the terms, theme hits and topic themes of its Simplified twin; the topics stay as written', () => {
    const [s, t] = [analysed(SIMPLIFIED), analysed(TRADITIONAL)];
    const terms = (a: typeof s) => [...a.terms.terms];
    expect(terms(t)).toEqual(terms(s));
    expect(terms(t)).toEqual(['专项民主监督', '专题协商', '乡村振兴', '优化营商环境', '县政协']);
    expect(t.themes).toEqual(s.themes);
    expect(t.themes.map((h) => h.theme)).toContain('business-environment');
    expect(t.topics.map((x) => x.theme)).toEqual(s.topics.map((x) => x.theme));
    expect(t.topics.map((x) => x.topic)).toContain('優化營商環境');
  });
});
