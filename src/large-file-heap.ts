/**
 * How a worker keeps its heap near what a large file's analysis holds (LARGE_FILE_BYTES, io/limits.ts). The live
 * data of a 100 MB file is some 200-300 MB at any stage, but the worker's heap limit is gigabytes (pool.ts), and for
 * such a limit V8 lets the heap grow to up to four times what survived its last full collection before it collects
 * again: the peak was garbage of earlier stages. Part of the worker (worker.ts).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * How far the heap may grow over what survived a full collection while a large file is analysed, in percent. With
 * 25, `node scripts/big-file.mjs --mb 100` peaked at 892 MB against 1,239 MB with V8's own growth, for the same CPU
 * time (73 and 75 s; one run each, the machine shared with other jobs).
 */
const LARGE_FILE_HEAP_GROWTH_PERCENT = 25;

/**
 * Run `analyse` (a large file's analysis) with the heap's growth held to LARGE_FILE_HEAP_GROWTH_PERCENT, then
 * collect its garbage before the result is sent. V8's flags are the process's: the growth applies to every thread
 * while it runs (the main thread is idle then with `--jobs 1`), and is set back to V8's own once it is done (with
 * `--jobs 2`, as soon as either of two large files that run together is done).
 */
export async function withTightHeap<T>(analyse: () => Promise<T>): Promise<T> {
  setFlagsFromString(`--heap-growing-percent=${LARGE_FILE_HEAP_GROWTH_PERCENT}`);
  try {
    return await analyse();
  } finally {
    setFlagsFromString('--heap-growing-percent=0');
    collectGarbage();
  }
}

let gc: (() => void) | undefined;

/**
 * A full collection, after a large file and before its result is sent: its text, tokens and the stages' garbage are
 * dead by then, but V8 would keep them while the result is serialised here and deserialised in the main thread. A
 * 50 MB file: peak RSS 951 MB without, 841 MB with (`node scripts/big-file.mjs --mb 50`, before the growth above was
 * held). `gc` is exposed at run time, as jest's leak detector does, since a worker takes no V8 flags.
 */
function collectGarbage(): void {
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
