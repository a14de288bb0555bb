#!/usr/bin/env node
import { main } from '../dist/linter/cli.js';

main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`tenderlint: internal error: ${e?.stack ?? e}\n`);
    process.exitCode = 2;
  },
);
