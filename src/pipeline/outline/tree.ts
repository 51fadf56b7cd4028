/**
 * Headings → the heading tree and the span of each section; heading paths for diagnostics. Pure.
 */
import type { Heading, HeadingNode, Outline } from './types.js';

/**
 * Nest the headings and set each one's `span` (to the next heading at its level or above, trailing blank
 * lines excluded) and `depth`. `headings` are in text order; `levels[i]` is where heading i nests: its
 * level, 0 for a part, or between two levels for a 一、 run nested in a 一、 section.
 */
export function buildTree(text: string, headings: readonly Heading[], levels: ArrayLike<number>): HeadingNode[] {
  const roots: HeadingNode[] = [];
  const stack: { node: HeadingNode; level: number }[] = [];
  headings.forEach((h, i) => {
    const level = levels[i]!;
    let end = text.length;
    for (let j = i + 1; j < headings.length; j++) {
      if (levels[j]! <= level) {
        end = headings[j]!.span.start;
        break;
      }
    }
    h.span = { start: h.span.start, end: trimEnd(text, h.span.start, end) };
    const node: HeadingNode = { heading: h, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    const parent = stack[stack.length - 1]?.node;
    h.depth = h.numbered ? (parent?.heading.numbered ? parent.heading.depth + 1 : 1) : 0;
    (parent ? parent.children : roots).push(node);
    stack.push({ node, level });
  });
  return roots;
}

/** Set each lead's span: to the next lead or heading, trailing blank lines excluded. */
export function spanLeads(text: string, leads: readonly Heading[], headings: readonly Heading[]): void {
  // Offsets as 32-bit integers: sorted as numbers without a comparator, and searched as one kind of array.
  const starts = Int32Array.from([...leads, ...headings], (h) => h.span.start).sort();
  for (const lead of leads) {
    const next = starts[firstAfter(starts, lead.span.start)] ?? text.length;
    lead.span = { start: lead.span.start, end: trimEnd(text, lead.span.start, next) };
  }
}

/** Index of the first entry of a sorted array greater than `x` (its length if none is): a binary search. */
export function firstAfter(sorted: ArrayLike<number>, x: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SPACE = /\s/;

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return end;
}

/**
 * The heading path at a text offset, e.g. `二、打造特色品牌 › （一）专题资政协商`: the titles of the
 * sections that contain it, outermost first (a run-in title without its final 。); `undefined` before the
 * first heading.
 */
export function sectionPathAt(outline: Pick<Outline, 'tree'>, textOffset: number): string | undefined {
  const path: string[] = [];
  let nodes = outline.tree;
  for (;;) {
    const inside = lastContaining(nodes, textOffset);
    if (!inside) break;
    path.push(pathTitle(inside.heading));
    nodes = inside.children;
  }
  return path.length > 0 ? path.join(' › ') : undefined;
}

/** A heading's title as shown in a path: without a final 。. */
export function pathTitle(h: Heading): string {
  return h.title.replace(/。$/, '');
}

function lastContaining(nodes: readonly HeadingNode[], offset: number): HeadingNode | undefined {
  // Binary search for the last node starting at or before `offset`; sections of siblings do not overlap.
  let lo = 0, hi = nodes.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid]!.heading.span.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const node = found >= 0 ? nodes[found] : undefined;
  return node && offset < Math.max(node.heading.span.end, node.heading.span.start + 1) ? node : undefined;
}
