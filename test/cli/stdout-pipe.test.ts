import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './run-sla';

// bin/sla writes an answer straight to its descriptor, and hands what is left to process.stdout when the
// descriptor would block: a pipe set up as a stream somewhere in the process is non-blocking, and a slow
// reader fills it (64 KiB on Linux) long before a long answer is written.
const BIN = join(ROOT, 'bin', 'sla');
const ARGS = ['holidays', '--from', '1583-01-01', '--to', '9999-12-31', '--json'];
const run = (command: string, env: Record<string, string> = {}) =>
  spawnSync('bash', ['-o', 'pipefail', '-c', command], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });

it('writes a long answer whole and in order into a full non-blocking pipe that is read late', () => {
  const direct = run(`"${process.execPath}" "${BIN}" ${ARGS.join(' ')}`);
  expect([direct.status, direct.stdout.length > 1024 * 1024]).toEqual([0, true]);
  // Setting up process.stdout first makes the pipe non-blocking, as it is for any Node process that uses it.
  const launch = `process.stdout; process.argv = [process.execPath, ${JSON.stringify(BIN)}, ...${JSON.stringify(ARGS)}]; require(${JSON.stringify(BIN)});`;
  const late = run(`"${process.execPath}" -e "$LAUNCH" | (sleep 1; cat)`, { LAUNCH: launch });
  expect([late.status, late.stderr, late.stdout === direct.stdout]).toEqual([0, '', true]);
});
