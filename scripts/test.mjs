// `npm test` after the build: the type check and jest side by side, since tsc runs on one core
// and jest leaves gaps while its workers wait for the programs the binary tests start. The type
// check's output is printed in one block when it ends, not line by line into jest's; the run fails when
// either fails. Arguments go to jest (`npm test -- test/core`).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const jest = require.resolve('jest/bin/jest');

/** Runs a node script, collecting its output when `quiet`, else passing it through; `env` adds to the environment. */
function run(script, args, quiet, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...env } });
    let output = '';
    if (quiet) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const started = Date.now();
const [typecheck, tests] = await Promise.all([
  // Incremental: a second run re-checks only what changed (its notes are kept under node_modules/.cache).
  run(tsc, ['--noEmit', '-p', 'tsconfig.json', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/sla/typecheck.tsbuildinfo'], true).then((r) => {
    process.stderr.write(r.code === 0 ? '' : `\ntype check failed:\n${r.output}\n`);
    return r;
  }),
  // The whole suite runs the main and foreign-zone passes in groups of files (test/support/test-groups.js),
  // and measures coverage against the per-folder thresholds. With arguments (`npm test -- test/core`),
  // jest runs file by file, as `npx jest` does, and without coverage, which a part of the suite
  // cannot meet (`npm test -- test/core --coverage` asks for it anyway).
  run(jest, process.argv.length > 2 ? process.argv.slice(2) : ['--coverage'], false, process.argv.length > 2 ? {} : { SLA_TEST_GROUPS: '1' }),
]);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
process.stderr.write(`type check ${typecheck.code === 0 ? 'passed' : 'FAILED'}; jest ${tests.code === 0 ? 'passed' : 'FAILED'}; ${seconds} s\n`);
process.exitCode = typecheck.code !== 0 ? typecheck.code : tests.code;
