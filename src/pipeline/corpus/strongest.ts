/**
 * The terms of keyness.csv in one group: the `top` largest G² of each sign, among every term of the corpus.
 *
 * One pass over the G² values keeps, for each sign, the `top` largest sizes seen so far in a min-heap: its least
 * is the least size a term needs to be among them, and it only grows, so every term as strong as the final least
 * was taken as a candidate when it came. The few candidates (the top and the ties at the cut) are then sorted with
 * string comparison; on the provinces 40,000 terms a group, 47 groups.
 */
import { compareStrings } from '../../compare.js';

/**
 * Indices of the `top` largest |G²| with each sign (ties at the cut by term): `over` (G² > 0) by G² descending
 * then term, `under` (G² < 0) the same (the most negative last).
 */
export function strongest(g2: Float64Array, terms: readonly string[], top: number): { over: number[]; under: number[] } {
  if (top <= 0) return { over: [], under: [] };
  const over = new Strongest(top);
  const under = new Strongest(top);
  for (let i = 0; i < g2.length; i++) {
    const value = g2[i]!;
    if (value > 0) over.offer(value, i);
    else if (value < 0) under.offer(-value, i);
  }
  return { over: over.indices(g2, terms), under: under.indices(g2, terms) };
}

/** The `top` largest sizes offered (a min-heap) and every index offered that was as large as the least of them then. */
class Strongest {
  private readonly heap: Float64Array;
  private size = 0;
  private readonly candidates: number[] = [];

  constructor(private readonly top: number) {
    this.heap = new Float64Array(top);
  }

  offer(value: number, index: number): void {
    const { heap } = this;
    if (this.size < this.top) {
      this.candidates.push(index);
      let at = this.size++;
      while (at > 0 && heap[(at - 1) >> 1]! > value) {
        heap[at] = heap[(at - 1) >> 1]!;
        at = (at - 1) >> 1;
      }
      heap[at] = value;
    } else if (value >= heap[0]!) {
      this.candidates.push(index);
      if (value > heap[0]!) this.replaceLeast(value);
    }
  }

  /** The `top` strongest of the candidates, by G² descending then term. */
  indices(g2: Float64Array, terms: readonly string[]): number[] {
    if (this.size === 0) return [];
    const least = this.heap[0]!;
    const byStrength = (x: number, y: number) => Math.abs(g2[y]!) - Math.abs(g2[x]!) || compareStrings(terms[x]!, terms[y]!);
    const descending = (x: number, y: number) => g2[y]! - g2[x]! || compareStrings(terms[x]!, terms[y]!);
    const kept = this.candidates.filter((i) => Math.abs(g2[i]!) >= least);
    return kept.sort(byStrength).slice(0, this.top).sort(descending);
  }

  private replaceLeast(value: number): void {
    const { heap, size } = this;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) break;
      const child = left + 1 < size && heap[left + 1]! < heap[left]! ? left + 1 : left;
      if (heap[child]! >= value) break;
      heap[at] = heap[child]!;
      at = child;
    }
    heap[at] = value;
  }
}
