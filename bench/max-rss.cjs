// Preloaded into a benchmarked `sla` when /usr/bin/time is missing: reports the peak RSS on exit.
process.on('exit', () => {
  process.stderr.write(`\nmax-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
