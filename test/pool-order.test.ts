import { describe, expect, it } from 'vitest';
import { runInOrder } from '../src/pool-order.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Run `count` tasks whose durations are `ms(index)`, recording what was in flight when each started. */
async function trace(count: number, lanes: number, window: number, ms: (i: number) => number) {
  const finished = new Set<number>();
  const started: Array<{ index: number; firstUnfinished: number; inFlight: number }> = [];
  const done: number[] = [];
  let inFlight = 0;
  await runInOrder(count, lanes, window, {
    run: async (index) => {
      let first = 0;
      while (finished.has(first)) first++;
      started.push({ index, firstUnfinished: first, inFlight: ++inFlight });
      await sleep(ms(index));
      inFlight--;
      finished.add(index);
      return `outcome ${index}`;
    },
    onDone: (outcome, index) => {
      expect(outcome).toBe(`outcome ${index}`);
      done.push(index);
    },
  });
  return { started, done };
}

describe('runInOrder', () => {
  it('starts every task once, in order, and none more than `window` ahead of the first unfinished one', async () => {
    // Task 0 is slow: with a window of 4, tasks 1-3 may run meanwhile, task 4 only once task 0 is back.
    const { started, done } = await trace(12, 3, 4, (i) => (i === 0 ? 60 : 2));
    expect(started.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(started.filter((s) => s.index >= s.firstUnfinished + 4)).toEqual([]);
    expect(done.indexOf(0)).toBe(3);
    expect(started.find((s) => s.index === 4)!.firstUnfinished).toBe(4); // 1-3 finished while 0 ran
    expect([...done].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('keeps at most `lanes` tasks in flight', async () => {
    const { started } = await trace(10, 2, 100, (i) => 3 + (i % 3) * 4);
    expect(Math.max(...started.map((s) => s.inFlight))).toBe(2);
  });

  it('runs nothing for no tasks', async () => {
    const { started, done } = await trace(0, 2, 4, () => 1);
    expect([started, done]).toEqual([[], []]);
  });
});
