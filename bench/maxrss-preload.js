// `node -r bench/maxrss-preload.js …`: writes the process's peak resident set size (KiB) to
// $BENCH_MAXRSS_FILE on exit. Used for the command-line benchmark where GNU time is missing.
'use strict';

const fs = require('node:fs');

process.on('exit', () => {
  const file = process.env.BENCH_MAXRSS_FILE;
  if (file) fs.writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
});
