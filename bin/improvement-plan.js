#!/usr/bin/env node
// The `improvement-plan` command. The TypeScript sources are compiled to dist/ by `npm ci`
// (the package's `prepare` script runs `tsc -p tsconfig.cli.json`).
'use strict';
const fs = require('fs');
const path = require('path');

const entry = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write(
    'improvement-plan is not built yet (dist/cli/main.js is missing). ' +
      'Run npm ci (it builds the CLI), or npx tsc -p tsconfig.cli.json.\n',
  );
  process.exit(2);
}
require(entry).run();
