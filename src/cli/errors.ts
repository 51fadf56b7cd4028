/**
 * The error type the CLI maps to exit 2 (`UsageError` lives in src/errors.ts, since library code throws it); the
 * exit codes and the one function that decides them are in cli/exit-code.ts. Only `cli/main.ts` returns them.
 */
export { UsageError } from '../errors.js';
