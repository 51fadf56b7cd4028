// Preloaded with `node --import ./scripts/rss.mjs …` by the benchmark: prints the process's peak resident
// memory and its CPU time (all threads, user + system) on stderr at exit, as `peak-rss-mb <n>` and `cpu-s <s>`.
process.on('exit', () => {
  const use = process.resourceUsage();
  process.stderr.write(`\npeak-rss-mb ${(use.maxRSS / 1024).toFixed(0)}\ncpu-s ${((use.userCPUTime + use.systemCPUTime) / 1e6).toFixed(1)}\n`);
});
