#!/usr/bin/env node
'use strict';
// The published entry point: everything lives in the bundled CLI.
require('../dist/cli.js')
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
