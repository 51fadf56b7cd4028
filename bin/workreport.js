#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `npm install`, `npm start` and `npm test`).
let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (e) {
  // A clone whose install skipped its scripts (npm ci --ignore-scripts) has no dist/: say what to run, not a stack.
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !/dist[\\/]cli[\\/]main\.js/.test(String(e.message))) throw e;
  process.stderr.write('workreport: not built yet (no dist/cli/main.js): run npm run build in the project folder\n');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv);
