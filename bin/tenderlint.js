#!/usr/bin/env node
import module from 'node:module';

// V8's compile cache (Node 22.1+) keeps compiled code between runs: a large share of cold start.
module.enableCompileCache?.();
const debug = process.argv.includes('--debug') || process.env.TENDERLINT_DEBUG === '1';
// The CLI is one bundle (scripts/bundle.mjs); its stack traces map back to the sources only when asked for.
if (debug) process.setSourceMapsEnabled(true);
// The parse child starts first, from a module that loads nothing else, and loads the engine while
// this process loads the CLI (linter/node/parse-child.ts prewarm).
const { prewarm } = await import('../dist/cli/parse-child.js');
prewarm(process.argv.slice(2));
const { main } = await import('../dist/cli/cli.js');

main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  cwd: process.cwd(),
  errIsTTY: Boolean(process.stderr.isTTY),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    // One line for users; the stack only when asked for (--debug or TENDERLINT_DEBUG=1).
    const detail = debug
      ? (e?.stack ?? String(e))
      : `${e?.message ?? String(e)} (run with --debug for the stack trace)`;
    process.stderr.write(`tenderlint: internal error: ${detail}\n`);
    process.exitCode = 2;
  },
);
