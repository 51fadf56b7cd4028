/**
 * The HTML report: self-contained, escaped, every chart rendered — checked as text, and in Debian's chromium
 * when it is installed (the browser part is skipped otherwise).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCharts, renderReport } from '../../src/format/report-html.js';
import { reportFixture } from './report-fixture.js';

const CHARTS = [
  'docs-by-year', 'docs-by-region', 'theme-trends', 'themes-by-region', 'topics-by-year', 'topic-families-by-year', 'topic-families-by-region',
  'placeholders-by-kind', 'quantity-trends', 'diffusion',
];
const CHROMIUM = '/usr/bin/chromium';

let html: string;
beforeAll(async () => {
  html = await renderReport(reportFixture());
}, 60_000);

/** The markup of one chart's figure. */
const figureOf = (page: string, id: string) => new RegExp(`<figure class="chart" id="${id}">[\\s\\S]*?</figure>`).exec(page)?.[0] ?? '';

describe('renderReport', () => {
  it('draws every chart as inline SVG', () => {
    for (const id of CHARTS) expect(figureOf(html, id)).toMatch(/<svg[^>]*class="marks"[\s\S]*<\/svg><\/figure>$/);
    expect(html.match(/<figure /g)).toHaveLength(CHARTS.length);
  });

  it('escapes every string from the data: no script, no element from a title, region, topic or passage', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b>/);
    expect(html).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; corpus — workreport</title>');
    expect(html).toContain('<td class="text">&lt;img src=x onerror=alert(1)&gt;</td>');
    expect(figureOf(html, 'themes-by-region')).toContain('&lt;b&gt;乙县&lt;/b&gt;');
    expect(figureOf(html, 'diffusion')).toContain('新提法');
    expect(figureOf(html, 'diffusion')).not.toContain('<script');
  });

  it('needs nothing from the network and names a CJK font stack', () => {
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\((?!#)/); // url(#…) is a gradient defined in the same SVG
    expect(html).toContain('fill="url(#themes-by-region-gradient_0)"');
    expect(html).toContain(`"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif`);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('shows the key figures, the shared passages and the documents', () => {
    expect(html).toContain('<div><dt>documents</dt><dd>4</dd></div>');
    expect(html).toContain('<div><dt>years</dt><dd>2021–2022 (1 unknown)</dd></div>');
    expect(html).toContain('<td class="text">实现党的组织对党员委员的全覆盖</td><td class="num">3</td><td>2021–2022</td><td>甲县、&lt;b&gt;乙县&lt;/b&gt;</td>');
    // documents table (4) + documents with placeholders or blank slots (all 4: each has a blank slot)
    expect(html.match(/<tr><td class="id">[a-d]<\/td>/g)).toHaveLength(4 + 4);
  });

  it('counts every row of shared_passages.csv when it is given only the first ones (passageCount)', async () => {
    const fixture = reportFixture();
    const page = await renderReport({ ...fixture, passages: fixture.passages.slice(0, 1), passageCount: 26_000 });
    expect(page).toContain('<div><dt>shared passages</dt><dd>26000</dd></div>');
    expect(page).toContain('<p class="note">1 of 26000 rows; all of them are in shared_passages.csv.</p>');
    expect(html).toContain(`<div><dt>shared passages</dt><dd>${fixture.passages.length}</dd></div>`);
  });

  it('draws the same page from charts drawn beforehand from the rows without corpus-level columns (as analyze does)', async () => {
    const fixture = reportFixture();
    const early = fixture.documents.map(({ doc_id, year, region, region_level }) => ({ doc_id, year, region, region_level }));
    const charts = await renderCharts({ ...fixture, documents: early });
    expect(await renderReport(fixture, charts)).toBe(html);
  });

  it('draws the diffusion curves as wide as the other trend views (900 px of plot)', () => {
    const figure = html.slice(html.indexOf('<figure class="chart" id="diffusion">'));
    const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(figure)![1]);
    expect(width).toBeGreaterThanOrEqual(900);
  });

  it('is deterministic, and says "no data" instead of drawing empty charts', async () => {
    expect(await renderReport(reportFixture())).toBe(html);
    const empty = await renderReport({ title: 'empty', documents: [], trends: [], groups: [], topics: [], placeholders: [], passages: [] });
    expect(empty.match(/<figure class="chart empty"/g)).toHaveLength(CHARTS.length);
    expect(empty).not.toContain('<svg');
  });
});

describe.skipIf(!existsSync(CHROMIUM))('the report in a headless browser', () => {
  const chromium = (dir: string, args: string[]) =>
    spawnSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--hide-scrollbars',
      `--user-data-dir=${join(dir, 'profile')}`, ...args, `file://${join(dir, 'report.html')}`], { encoding: 'utf8', timeout: 90_000 });

  it('loads the page and shows every chart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-report-'));
    writeFileSync(join(dir, 'report.html'), html);
    // Console messages (script errors, content-security-policy refusals) are logged as INFO:CONSOLE lines.
    const dom = chromium(dir, ['--enable-logging=stderr', '--v=0', '--dump-dom']);
    expect(dom.status).toBe(0);
    expect(dom.stderr).not.toContain(':CONSOLE');
    for (const id of CHARTS) expect(figureOf(dom.stdout, id)).toMatch(/<svg[\s\S]*<\/svg><\/figure>$/);
    expect(dom.stdout).toContain('<h1>&lt;script&gt;alert("x")&lt;/script&gt; corpus</h1>');

    const shot = chromium(dir, ['--window-size=1280,2400', `--screenshot=${join(dir, 'report.png')}`]);
    expect(shot.status).toBe(0);
    expect(statSync(join(dir, 'report.png')).size).toBeGreaterThan(20_000);
  }, 120_000);
});
