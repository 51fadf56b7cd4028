/**
 * numbering/punctuation, numbering/half-width, numbering/mixed-style — how markers are written.
 *
 * GB/T 9704-2012 writes 一、 （一） 1. （1）. Reported:
 * - punctuation: 一. 一， (expected 一、), （一）、 (expected （一）), 1、 (expected 1.; allowed with
 *   `allowDunHao`, since some offices write 1、), 1） (expected （1））;
 * - half-width: (一) (1) with ASCII brackets (expected （一） （1））;
 * - mixed-style: one level written two ways in one document (1. and 1．, or 1. and 1、 when 1、 is
 *   allowed): the headings that differ from the form most used at that level.
 *
 * ok: 一、…（一）…1.…（1）…   not ok: 1、… (punctuation) · (二)… (half-width) · 1.… 2．… (mixed-style)
 */
import type { Finding } from '../../../types.js';
import { canonicalMarker, markerForm } from '../markers.js';
import { headingFinding } from './finding.js';
import type { Heading, MarkerStyle } from '../types.js';

export interface StyleOptions {
  /** Accept 1、 for level 3 (GB/T 9704 writes 1.; the default in numbering.ts is to accept it). */
  allowDunHao: boolean;
}

const PUNCTUATION: Partial<Record<MarkerStyle, true>> = { 'cn-dot': true, 'cn-comma': true, 'cn-paren-dun': true, 'ar-dun': true, 'ar-close': true };
const HALF_WIDTH: Partial<Record<MarkerStyle, true>> = { 'cn-paren-half': true, 'ar-paren-half': true };

/** The style findings of the numbered headings of one document. */
export function styleFindings(headings: readonly Heading[], options: StyleOptions): Finding[] {
  const findings: Finding[] = [];
  const flagged = new Set<Heading>();
  for (const h of headings) {
    if (!h.numbered || !h.style) continue;
    if (HALF_WIDTH[h.style]) {
      const want = canonicalMarker(h.level, h.value);
      findings.push(headingFinding('numbering/half-width', h, `编号“${h.marker}”使用了半角括号，应为全角“${want}”`));
      flagged.add(h);
    } else if (PUNCTUATION[h.style] && !(h.style === 'ar-dun' && options.allowDunHao)) {
      const want = canonicalMarker(h.level, h.value);
      findings.push(headingFinding('numbering/punctuation', h, `编号“${h.marker}”的标点不规范，应为“${want}”`));
      flagged.add(h);
    }
  }
  findings.push(...mixedFindings(headings.filter((h) => h.numbered && !flagged.has(h))));
  return findings.sort((a, b) => a.start - b.start);
}

function mixedFindings(headings: readonly Heading[]): Finding[] {
  const forms = new Map<number, Map<string, number>>();
  for (const h of headings) {
    const counts = forms.get(h.level) ?? new Map<string, number>();
    const form = markerForm(h.marker, h.number);
    counts.set(form, (counts.get(form) ?? 0) + 1);
    forms.set(h.level, counts);
  }
  const main = new Map<number, string>();
  for (const [level, counts] of forms) {
    // The form used most; on a tie, the one used first (Map keeps insertion order).
    let best = '', n = 0;
    for (const [form, count] of counts) if (count > n) [best, n] = [form, count];
    main.set(level, best);
  }
  return headings.flatMap((h) => {
    const form = markerForm(h.marker, h.number);
    const usual = main.get(h.level)!;
    if (form === usual) return [];
    const want = usual.replace('N', h.number);
    return [headingFinding('numbering/mixed-style', h, `同一级编号写法不一致：“${h.marker}”，本文第${h.level}级编号多写作“${want}”`)];
  });
}
