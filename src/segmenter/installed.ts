/**
 * Whether the segmenter can be loaded, asked before an analysis starts. nodejieba is an optional dependency:
 * it compiles from source on install (python3, make, g++), and an office PC that only runs `check` can go
 * without it (npm leaves an optional package out when it cannot be built), so its absence is a usage error that says what to do, not a crash
 * in every worker.
 */
import { createRequire } from 'node:module';
import { UsageError } from '../cli/errors.js';

export const SEGMENTER_MISSING = 'analyze needs the segmenter nodejieba, which is not installed: it compiles from source, so install'
  + ' python3, make and g++ (on Windows: the Visual Studio C++ build tools) and run npm install again.'
  + ' check and outline work without it';

/** Throws `UsageError` when nodejieba cannot be found (only resolves it: the addon is not loaded). */
export function assertSegmenterInstalled(resolve: (id: string) => string = createRequire(import.meta.url).resolve): void {
  try {
    resolve('nodejieba');
  } catch {
    throw new UsageError(SEGMENTER_MISSING);
  }
}
