/**
 * The exit codes, and the error types the CLI maps to them (`UsageError` lives in src/errors.ts, since library
 * code throws it); only `cli/main.ts` sets the exit code.
 *
 * Exit codes: 0 success · 1 findings (check) or some files skipped (analyze) · 2 usage, config or I/O failure.
 */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

export { UsageError } from '../errors.js';
