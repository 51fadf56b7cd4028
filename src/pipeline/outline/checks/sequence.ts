/**
 * numbering/skip, numbering/repeat, numbering/restart — the numbers of the headings at one level under
 * one parent must run 1, 2, 3 …. Under a new parent a level either restarts at 1 or continues the
 * previous run of that level (003 numbers its 1. items 1–15 across five 一、 sections: not an error).
 *
 * ok:     一、（一）（二）二、（一）          ·  一、 1. 2. 二、 3. 4.   (continuing)
 * not ok: 一、 二、 四、 (skip: 三、 missing) ·  （一）（二）（二） (repeat) ·  一、 1. 2. 二、 5. (restart)
 *         （一）（二）（一） under one 一、 (restart within the same section, with no lead or list
 *         introduction such as '主要是：' between)
 *         一、 二、 一、 二、 三、 written alike (a 一、 run inside 二、: the next level should be （一）)
 */
import type { Finding } from '../../../types.js';
import { canonicalMarker } from '../markers.js';
import { headingFinding } from './finding.js';
import type { Heading, HeadingNode } from '../types.js';

/**
 * The sequence findings of a heading tree, in document order. `hasBreak(from, to)` tells whether an
 * unnumbered lead or a list introduction (…如下： / …以下几方面的工作。) stands between two offsets: a
 * level may restart at 1 after one within the same section.
 */
export function sequenceFindings(
  tree: readonly HeadingNode[], hasBreak: (from: number, to: number) => boolean = () => false,
): Finding[] {
  const findings: Finding[] = [];
  const lastAt = new Map<number, number>();
  const visit = (nodes: readonly HeadingNode[], parent: Heading | undefined) => {
    const byLevel = new Map<number, Heading[]>();
    for (const n of nodes) {
      if (!n.heading.numbered) continue;
      const run = byLevel.get(n.heading.level) ?? [];
      run.push(n.heading);
      byLevel.set(n.heading.level, run);
    }
    for (const [level, run] of byLevel) {
      findings.push(...checkRun(run, parent, lastAt.get(level), hasBreak));
      lastAt.set(level, run[run.length - 1]!.value);
    }
    for (const n of nodes) visit(n.children, n.heading);
  };
  visit(tree, undefined);
  return findings.sort((a, b) => a.start - b.start);
}

function checkRun(
  run: readonly Heading[], parent: Heading | undefined, previous: number | undefined,
  hasBreak: (from: number, to: number) => boolean,
): Finding[] {
  const out: Finding[] = [];
  const first = run[0]!;
  const where = parent ? `“${parent.title.slice(0, 20)}”下` : '';
  if (parent?.numbered && parent.level >= first.level) {
    out.push(headingFinding('numbering/restart', first, `第${first.level}级编号“${first.marker}”在同级标题“${parent.title.slice(0, 20)}”之内重新开始：下一级应改用“${canonicalMarker(parent.level + 1, 1)}”等编号`));
  } else if (first.value !== 1 && first.value !== (previous ?? 0) + 1) {
    out.push(previous === undefined
      ? headingFinding('numbering/skip', first, `第${first.level}级编号从“${first.marker}”开始，缺少“${expected(first, 1)}”`)
      : headingFinding('numbering/restart', first, `${where}第${first.level}级编号从“${first.marker}”开始：应从“${expected(first, 1)}”重新编号，或接续上一段的“${expected(first, previous + 1)}”`));
  }
  for (let i = 1; i < run.length; i++) {
    const prev = run[i - 1]!, h = run[i]!;
    if (h.value === prev.value + 1) continue;
    const want = expected(h, prev.value + 1);
    if (h.value > prev.value + 1) {
      const missing = h.value === prev.value + 2 ? `“${want}”` : `“${want}”至“${expected(h, h.value - 1)}”`;
      out.push(headingFinding('numbering/skip', h, `第${h.level}级编号跳号：“${prev.marker}”之后是“${h.marker}”，缺少${missing}`));
    } else if (h.value === 1) {
      if (hasBreak(prev.span.start, h.span.start)) continue;
      out.push(headingFinding('numbering/restart', h, `${where}第${h.level}级编号在同一节内重新从“${h.marker}”开始：“${prev.marker}”之后应为“${want}”`));
    } else {
      out.push(headingFinding('numbering/repeat', h, `第${h.level}级编号重复或倒序：“${prev.marker}”之后是“${h.marker}”，应为“${want}”`));
    }
  }
  return out;
}

/** `h`'s marker as written, with `value` in place of its number: 1、 → 3、, (一) → (三). */
function expected(h: Heading, value: number): string {
  const canonical = canonicalMarker(h.level, value);
  const numeral = /^[（(]?([^、.．）)（(]+)/.exec(canonical)?.[1] ?? String(value);
  return h.marker.replace(h.number, numeral);
}
