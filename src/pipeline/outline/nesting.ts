/**
 * 一、 runs inside a level-1 section. Some reports number things inside a 一、 section with 一、二、三
 * again. Two cases, told apart by how the lines are written:
 * - a list: written unlike the level-1 headings (plain paragraphs where the headings are `##` or bold,
 *   run-in paragraphs where the headings stand alone) → not headings at all (enumerations of kind list);
 * - a nested run: written like them → headings one step below the section they restart in (the
 *   numbering rules report the reuse of the level-1 marker).
 * A restart after a part heading is neither: parts number their sections afresh. Pure.
 *
 * list:   '## 一、总任务' · '## 二、计划' · '一、开垦荒地。…' · '二、兴修水利。…' · '## 三、…'
 * nested: '一、回顾' · '二、任务' · '一、推进结构调整' · '二、深化改革' (both 一、 under 二、)
 */

export interface Candidate {
  /** Line index. */
  index: number;
  level: number;
  value: number;
  /** Marked up: a `##` heading, a wholly bold line or a bold run opening the line. */
  emphasized: boolean;
  runIn: boolean;
}

export interface Nesting {
  /** Indexes (into the candidates) of 一、 lines that are list items. */
  lists: Set<number>;
  /** Indexes of 一、 headings nested in the level-1 section before them. */
  nested: Set<number>;
}

/** Classify the level-1 candidates. `parts` are the line indexes of part headings. */
export function nestLevelOne(candidates: readonly Candidate[], parts: readonly number[]): Nesting {
  const lists = new Set<number>(), nested = new Set<number>();
  const partSet = new Set(parts);
  let outer: Candidate | undefined;
  let list: { next: number } | undefined;
  let inner: { next: number } | undefined;
  let lastLine = -1;
  candidates.forEach((c, k) => {
    if (c.level !== 1) return;
    const partBetween = [...partSet].some((p) => p > lastLine && p < c.index);
    lastLine = c.index;
    if (partBetween || !outer) {
      [outer, list, inner] = [c, undefined, undefined];
      return;
    }
    const unlike = lookOf(c) !== lookOf(outer);
    if (list && unlike && c.value === list.next) {
      lists.add(k);
      list.next++;
      return;
    }
    list = undefined;
    if (inner && !unlike && c.value === inner.next) {
      nested.add(k);
      inner.next++;
      return;
    }
    inner = undefined;
    if (c.value === 1) {
      (unlike ? lists : nested).add(k);
      if (unlike) list = { next: 2 };
      else inner = { next: 2 };
      return;
    }
    outer = c;
  });
  return { lists, nested };
}

/** How a heading is written: emphasized, or plain and standing alone or run in. */
function lookOf(c: Candidate): string {
  return c.emphasized ? 'emphasized' : c.runIn ? 'plain run-in' : 'plain alone';
}
