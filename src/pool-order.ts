/**
 * Tasks started in corpus order, at most `window` ahead of the first one not yet finished. A pool given every task
 * at once does not run them in order (piscina's queue returned the provinces' 714 documents so scrambled that the
 * first 17 in corpus order were all back only when ~680 others had finished), so the caller, which releases
 * outcomes in corpus order, held nearly every document's outcome until the end. With a window, what waits to be
 * released is bounded by the window, not by the corpus; a document much slower than the others holds the
 * others back once the window is full, the price of that bound.
 */

/** How a task runs (in a worker) and what is done with its outcome, called as each finishes. */
export interface OrderedRun<O> {
  run(index: number): Promise<O>;
  onDone(outcome: O, index: number): void;
}

/**
 * Run tasks `0 … count-1` with `lanes` in flight at a time, never starting task `i` before every task below
 * `i - window + 1` has finished.
 */
export async function runInOrder<O>(count: number, lanes: number, window: number, { run, onDone }: OrderedRun<O>): Promise<void> {
  const done = new Uint8Array(count);
  let next = 0;
  let lowest = 0;
  let waiting: Array<() => void> = [];
  const lane = async (): Promise<void> => {
    for (;;) {
      while (next < count && next >= lowest + window) await new Promise<void>((wake) => waiting.push(wake));
      if (next >= count) return;
      const index = next++;
      onDone(await run(index), index);
      done[index] = 1;
      while (lowest < count && done[lowest] === 1) lowest++;
      const woken = waiting;
      waiting = [];
      for (const wake of woken) wake();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, count)) }, lane));
}
