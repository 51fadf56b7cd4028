/**
 * A Vega-Lite spec → an SVG string, in Node, without a canvas or a browser: Vega's headless View (renderer
 * 'none') writes SVG markup with every text node escaped.
 *
 * Without a canvas Vega estimates text widths as 0.8 em a character, which is too narrow for Han characters
 * (a full em): legends and axis titles were clipped at the SVG's edge. The estimate is replaced, once, by one
 * that counts East Asian wide characters as 1 em and others as 0.6 em.
 * vega and vega-lite are imported on first use, so commands that write no report never load them.
 */
import type { TopLevelSpec } from 'vega-lite';
import { codePointCount } from '../document/code-points.js';
import { displayWidth } from './width.js';

interface TextItem {
  text?: unknown;
  fontSize?: number;
}

type Engines = [typeof import('vega'), typeof import('vega-lite')];
let engines: Promise<Engines> | undefined;

/**
 * Render one chart. Vega numbers the SVG's gradient and clip ids with process-wide counters: they are reset
 * before each chart and prefixed with `idPrefix`, so the markup is deterministic and ids are unique on a page.
 */
export async function specToSvg(spec: TopLevelSpec, idPrefix: string): Promise<string> {
  engines ??= loadEngines();
  const [vega, vegaLite] = await engines;
  vega.resetSVGDefIds();
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return svg.replace(/(\sid="|url\(#|href="#)([^"')]+)/g, `$1${idPrefix}-$2`);
  } finally {
    view.finalize();
  }
}

async function loadEngines(): Promise<Engines> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text?: unknown) => number } }).textMetrics;
  metrics.width = (item, text) => {
    const s = String(text ?? item.text ?? '').trim();
    const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    // wide characters: display width 2, 1 em; narrow: display width 1, 0.6 em
    return Math.ceil(size * (0.4 * displayWidth(s) + 0.2 * codePointCount(s)));
  };
  return [vega, vegaLite];
}
