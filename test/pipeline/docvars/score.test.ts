import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyCorrections, fieldMatches, GoldCorrectionSchema, isHeldOut, parseGold, scoreMeta, type GoldMeta, type Predicted,
} from '../../../src/pipeline/docvars/score.js';
import { resolveRegion } from '../../../src/pipeline/docvars/region-code.js';
import { CPPCC, HAS_CPPCC, ROOT } from '../../helpers.js';

const gold = (fields: Partial<GoldMeta>): GoldMeta => ({
  file: '001_a.txt', title: '', source: '', region: '', region_code: '', region_level: '', year: null, doc_type: '', ...fields,
});
const predicted = (fields: Partial<Predicted>): Predicted => ({ region: '', region_level: '', year: null, doc_type: '', ...fields });

describe('meta-score: how a field matches the gold', () => {
  it('splits by file number: multiples of 3 are held out', () => {
    expect(['003_a.txt', '006_b.txt', '165_c.txt'].map(isHeldOut)).toEqual([true, true, true]);
    expect(['001_a.txt', '002_b.txt', '164_c.txt', 'x.txt'].map(isHeldOut)).toEqual([false, false, false, false]);
  });

  it('a named region matches by code when both have one, else by its last unit without the suffix', () => {
    const g = gold({ region: '四川省泸州市古蔺县', region_code: '510525' });
    expect(fieldMatches(g, predicted({ region: '古蔺县', region_code: '510525' })).region).toBe(true);
    expect(fieldMatches(g, predicted({ region: '古蔺县' })).region).toBe(true);
    expect(fieldMatches(g, predicted({ region: '古蔺' })).region).toBe(true);
    expect(fieldMatches(g, predicted({ region: '泸州市', region_code: '510500' })).region).toBe(false);
    expect(fieldMatches(g, predicted({ region: '' })).region).toBe(false);
  });

  it('a masked or unnamed gold region matches an empty prediction or a masked one of its level; an empty one only an empty one', () => {
    expect(fieldMatches(gold({ region: 'xx县', region_level: 'county' }), predicted({ region: 'X县' })).region).toBe(true);
    expect(fieldMatches(gold({ region: 'xx县', region_level: 'county' }), predicted({ region: 'X市' })).region).toBe(false);
    expect(fieldMatches(gold({ region: '区(未署名)' }), predicted({ region: '' })).region).toBe(true);
    expect(fieldMatches(gold({ region: '区(未署名)' }), predicted({ region: '全国' })).region).toBe(false);
    expect(fieldMatches(gold({ region: '' }), predicted({ region: '乐山市' })).region).toBe(false);
  });

  it('year, level and genre are equal; a gold 其他 matches other or empty (an empty region matches an empty one)', () => {
    const g = gold({ region_level: 'county', year: 2020, doc_type: '其他' });
    expect(fieldMatches(g, predicted({ region_level: 'county', year: 2020, doc_type: '' }))).toEqual({
      region: true, region_level: true, year: true, doc_type: true,
    });
    expect(fieldMatches(g, predicted({ year: 2019, doc_type: '新闻' }))).toMatchObject({ year: false, doc_type: false, region_level: false });
  });

  it('scores shares per field, rounded to three decimals; parses the manifest with quoted titles', () => {
    const rows = parseGold(
      'file,title,region,region_level,year,doc_type,source\n001_a.txt,"甲,乙",江西省乐平市,county,,提案工作报告,http://a.cn/1.html\n002_b.txt,x,xx县,county,2021,新闻,\n',
      (name) => resolveRegion(name).region_code,
    );
    expect(rows).toEqual([
      { file: '001_a.txt', title: '甲,乙', source: 'http://a.cn/1.html', region: '江西省乐平市', region_code: '360281', region_level: 'county', year: null, doc_type: '提案工作报告' },
      { file: '002_b.txt', title: 'x', source: '', region: 'xx县', region_code: '', region_level: 'county', year: 2021, doc_type: '新闻' },
    ]);
    const scores = scoreMeta([
      { gold: rows[0]!, predicted: predicted({ region: '乐平市', region_code: '360281', region_level: 'county', doc_type: '提案工作报告' }) },
      { gold: rows[1]!, predicted: predicted({ region: '', region_level: 'city', year: 2021, doc_type: '讲话' }) },
      { gold: rows[1]!, predicted: predicted({ region: '', region_level: 'city', year: 2020, doc_type: '讲话' }) },
    ]);
    expect(scores).toEqual({ texts: 3, region: 1, region_level: 0.333, year: 0.667, doc_type: 0.333 });
  });
});

describe('gold corrections', () => {
  const codeOf = (name: string) => resolveRegion(name).region_code;
  const rows = [gold({ file: '001_a.txt', region: '陕西省宝鸡市陇县', region_code: '610327', region_level: 'county', year: 2024 })];

  it('replace a field of the named file (a region with its code, a year as a number) and leave the input as it is', () => {
    const fixed = applyCorrections(rows, [
      { file: '001_a.txt', field: 'region', value: '陕西省宝鸡市', reason: 'r' },
      { file: '001_a.txt', field: 'region_level', value: 'city', reason: 'r' },
      { file: '001_a.txt', field: 'year', value: '', reason: 'r' },
    ], codeOf);
    expect(fixed[0]).toMatchObject({ region: '陕西省宝鸡市', region_code: '610300', region_level: 'city', year: null });
    expect(rows[0]).toMatchObject({ region_code: '610327', year: 2024 });
  });

  it('refuse a file that is not in the gold and a year that is not 4 digits', () => {
    expect(() => applyCorrections(rows, [{ file: '002_b.txt', field: 'year', value: '2020', reason: 'r' }])).toThrow('no gold row for 002_b.txt');
    expect(() => applyCorrections(rows, [{ file: '001_a.txt', field: 'year', value: '二〇二〇', reason: 'r' }])).toThrow('4 digits');
  });

  it('the committed list parses, one line of reason each', () => {
    const list = GoldCorrectionSchema.array().parse(JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'metadata-gold-corrections.json'), 'utf8')));
    expect(list.map((c) => `${c.file} ${c.field}`)).toEqual([
      '106_longxian_2024.txt region', '106_longxian_2024.txt region_level', '151_qingxin_2023.txt region', '151_qingxin_2023.txt region_level',
      '130_zhejiang_2009.txt year',
    ]);
    for (const c of list) expect(c.reason).not.toContain('\n');
  });
});

describe.skipIf(!HAS_CPPCC)('metadata on ../shared/cppcc, text alone and with the page (node scripts/eval-metadata.mjs)', () => {
  it('holds the figures reported in docs/method/metadata.md on the development and the held-out part, in both settings', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'eval-metadata.mjs'), CPPCC, '--json'], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    type Scores = Record<'dev' | 'heldOut', Record<string, number>>;
    const scores = JSON.parse(run.stdout) as Record<'text' | 'page', Scores>;
    const floors: Record<'text' | 'page', Scores> = {
      text: { dev: { region: 0.909, region_level: 1, year: 0.882, doc_type: 0.973 }, heldOut: { region: 0.8, region_level: 0.945, year: 0.691, doc_type: 0.891 } },
      page: { dev: { region: 0.945, region_level: 1, year: 0.955, doc_type: 0.973 }, heldOut: { region: 0.873, region_level: 0.964, year: 0.8, doc_type: 0.909 } },
    };
    for (const setting of ['text', 'page'] as const) {
      expect(scores[setting].dev['texts']).toBe(110);
      expect(scores[setting].heldOut['texts']).toBe(55);
      for (const part of ['dev', 'heldOut'] as const) {
        for (const [field, floor] of Object.entries(floors[setting][part])) expect(scores[setting][part][field], `${setting} ${part} ${field}`).toBeGreaterThanOrEqual(floor);
      }
    }
  });
});

describe('scoring folders of annotated pages (node scripts/eval-pages.mjs)', () => {
  // Made-up pages in the shape of the page sets of docs/method/metadata.md: texts, manifest.csv, topics-gold.json.
  const pages = (dir: string, rows: string[][], texts: Record<string, string>, topics: unknown) => {
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(texts)) writeFileSync(join(dir, file), text);
    writeFileSync(join(dir, 'manifest.csv'), ['file,title,region,region_level,year,doc_type,source', ...rows.map((r) => r.join(','))].join('\n') + '\n');
    writeFileSync(join(dir, 'topics-gold.json'), JSON.stringify(topics));
  };
  const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts', 'eval-pages.mjs'), ...args], { encoding: 'utf8', timeout: 60_000 });

  it('scores every page, with the page and without, and leaves out a page another set holds', () => {
    const base = mkdtempSync(join(tmpdir(), 'eval-pages-'));
    const a = join(base, 'a');
    const b = join(base, 'b');
    pages(a, [
      ['001_huazhou.txt', '华州政协荣获优秀单位称号', '华州区', 'district', '2017', '新闻', 'http://x.cn/2017/1.html'],
      ['002_visit.txt', '', '通州区', 'district', '2024', '新闻', 'http://y.cn/a/2.html'],
    ], {
      '001_huazhou.txt': '华州政协荣获优秀单位称号\n2017年，华州区政协被区委、区政府表彰为优秀单位。\n',
      '002_visit.txt': '北京市通州区政协召开专题协商会\n6月5日，北京市通州区政协召开城市副中心建设专题协商会。\n',
    }, { about: 'made up', texts: [
      { file: '001_huazhou.txt', topics: [] },
      { file: '002_visit.txt', topics: [{ line: 2, activity: '专题协商会', topic: '城市副中心建设' }, { line: 2, activity: '专题协商会', topic: '公共交通' }] },
    ] });
    pages(b, [['009_other.txt', '', '', '', '', '', 'http://y.cn/a/2.html']], { '009_other.txt': '正文。\n' }, { about: 'made up', texts: [{ file: '009_other.txt', topics: [] }] });

    const whole = run(a, '--json');
    expect(whole.stderr).toBe('');
    const scores = JSON.parse(whole.stdout);
    // 通州区 alone names two districts: the prediction 北京市通州区 ends with it and is right. 001 carries no mark of
    // news, but tells of a 政协 under a title that names no document (a news item), 002 no year (none in its text or
    // its address).
    expect(scores.folders.a.page).toEqual({ texts: 2, region: 1, region_level: 1, year: 0.5, doc_type: 1 });
    expect(scores.folders.a.topics).toEqual({ gold: 2, found: 1, matched: 1, precision: 1, recall: 0.5 });

    const blind = JSON.parse(run(a, '--seen', b, '--json').stdout);
    expect(blind.folders.a.left_out).toBe(1);
    expect(blind.folders.a.page.texts).toBe(1);
    expect(blind.folders.a.topics).toEqual({ gold: 0, found: 0, matched: 0, precision: 1, recall: 1 });

    const listed = run(a, '--misses').stdout;
    expect(listed).toContain('a/002_visit.txt:2\tMISS\t公共交通\t专题协商会');
    rmSync(base, { recursive: true, force: true });
  });

  it('with --agreement, scores a second reader of the same page against the first, and the tool against each', () => {
    const base = mkdtempSync(join(tmpdir(), 'eval-pages-'));
    const text = '北京市通州区政协召开专题协商会\n6月5日，北京市通州区政协召开城市副中心建设专题协商会。\n';
    pages(join(base, 'a'), [
      ['002_visit.txt', '', '通州区', 'district', '2024', '新闻', 'http://y.cn/a/2.html'],
      ['003_alone.txt', '', '', '', '', '', 'http://y.cn/a/3.html'],
    ], { '002_visit.txt': text, '003_alone.txt': '正文。\n' }, { about: 'made up', texts: [
      { file: '002_visit.txt', topics: [{ line: 2, activity: '专题协商会', topic: '城市副中心建设' }, { line: 2, activity: '专题协商会', topic: '公共交通' }] },
      { file: '003_alone.txt', topics: [] },
    ] });
    // The second reader of 002 saw one topic of two and no year.
    pages(join(base, 'b'), [['017_same.txt', '', '北京市通州区', 'district', '', '新闻', 'http://y.cn/a/2.html']], { '017_same.txt': text }, { about: 'made up', texts: [
      { file: '017_same.txt', topics: [{ line: 2, activity: '专题协商会', topic: '城市副中心建设' }] },
    ] });
    const run2 = run(join(base, 'a'), join(base, 'b'), '--agreement', '--json');
    expect(run2.stderr).toBe('');
    const out = JSON.parse(run2.stdout);
    expect(out.pages).toBe(1);
    expect(out.readers.topics).toEqual({ gold: 2, found: 1, matched: 1, precision: 1, recall: 0.5 });
    expect(out.readers.page).toEqual({ texts: 1, region: 1, region_level: 1, year: 0, doc_type: 1 });
    // The tool finds 城市副中心建设 on each reader's copy: 2 of the readers' 3 topics, no false row.
    expect(out.tool.topics).toEqual({ gold: 3, found: 2, matched: 2, precision: 1, recall: 0.667 });
    expect(out.tool.page.texts).toBe(2);
    expect(out.tool.agreed).toEqual({ topics: 1, found: 1, recall: 1 });
    rmSync(base, { recursive: true, force: true });
  });

  it('says how to call it when no folder is given, and which file a folder lacks', () => {
    const none = run();
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('usage');
    const empty = mkdtempSync(join(tmpdir(), 'eval-pages-'));
    const lacking = run(empty);
    expect(lacking.status).toBe(2);
    expect(lacking.stderr).toBe(`eval-pages: ${empty}: no manifest.csv (a set is a folder of texts with manifest.csv and topics-gold.json)\n`);
    rmSync(empty, { recursive: true, force: true });
  });
});
