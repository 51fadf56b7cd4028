/**
 * numbering/level-jump — a heading more than one level below its parent heading: 一、 straight to （1）,
 * （一） straight to （1）. Going from 一、 straight to 1. (no （一） level) is common in short reports and
 * allowed unless `allowOneToThree` is false. A report whose top level is （一） is not a jump.
 *
 * ok:     一、 → （一） → 1. → （1）   ·  一、 → 1. (003)   ·  a report that starts at （一）
 * not ok: 一、 → （1）                 ·  （一） → （1）      ·  1. → ①
 */
import type { Finding } from '../../../types.js';
import { canonicalMarker } from '../markers.js';
import { headingFinding } from './finding.js';
import type { HeadingNode } from '../types.js';

export interface LevelOptions {
  /** Accept 1. directly under 一、 (default true). */
  allowOneToThree: boolean;
}

/** The level-jump findings of a heading tree: reported once, at the first child that jumps. */
export function levelFindings(tree: readonly HeadingNode[], options: LevelOptions): Finding[] {
  const findings: Finding[] = [];
  const visit = (nodes: readonly HeadingNode[], parentLevel: number | undefined, parentMarker: string) => {
    let reported = false;
    for (const { heading: h, children } of nodes) {
      const jumps = h.numbered && parentLevel !== undefined && h.level > parentLevel + 1
        && !(options.allowOneToThree && parentLevel === 1 && h.level === 3);
      if (jumps && !reported) {
        reported = true;
        const skipped = canonicalMarker(parentLevel + 1, 1);
        findings.push(headingFinding('numbering/level-jump', h,
          `层级跳跃：第${parentLevel}级“${parentMarker}”下直接出现第${h.level}级“${h.marker}”，缺少第${parentLevel + 1}级（如“${skipped}”）`));
      }
      const numbered = h.numbered ? h.level : undefined;
      visit(children, numbered, h.marker);
    }
  };
  visit(tree, undefined, '');
  return findings.sort((a, b) => a.start - b.start);
}
