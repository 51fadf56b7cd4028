// Preloaded with `node --import ./scripts/rss.mjs …` by the benchmark: prints the process's peak resident
// memory (all threads) on stderr at exit, as `peak-rss-mb <n>`.
process.on('exit', () => {
  process.stderr.write(`\npeak-rss-mb ${(process.resourceUsage().maxRSS / 1024).toFixed(0)}\n`);
});
