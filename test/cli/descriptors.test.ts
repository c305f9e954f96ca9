import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-sla';

// Only a real process shows what a closed descriptor does: the built binary, run by a shell that closes it.
const BIN = join(ROOT, 'bin', 'sla');
const TIME_BOUND_MS = 20_000;
const TICKET = '--priority 1 --plan professional --opened 2025-06-02T10:00 --now 2025-06-03T10:00';

/** Runs `bin/sla ARGS REDIRECTIONS` in sh and returns its exit code and what reached the streams left open. */
function shell(args: string, redirections: string): { code: number | null; stdout: string; stderr: string } {
  if (!existsSync(join(ROOT, 'dist', 'sla.js'))) throw new Error('dist/sla.js is missing: run `npm run build` first');
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" ${args} ${redirections}`], { cwd: ROOT, encoding: 'utf8', timeout: TIME_BOUND_MS });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('closed descriptors never change the exit code', () => {
  it.each(['2>&-', '>&-', '>&- 2>&-'])('bad input still exits 2 with %s', (closed) => {
    expect(shell('deadline --opened bad', closed).code).toBe(2);
    expect(shell('deadline --opened bad --json', closed).code).toBe(2);
  });

  it.each(['2>&-', '>&-'])('a usage error still exits 2 with %s', (closed) => {
    expect(shell('deadline --bogus', closed).code).toBe(2);
    expect(shell('deadline --bogus -j', closed).code).toBe(2);
  });

  it('a closed stderr loses the message, not the answer or its code', () => {
    const r = shell(`deadline ${TICKET} --fail-on breached`, '2>&-');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/breached: overdue by/);
  });

  it('a closed stdout keeps the message and the code of an error', () => {
    const r = shell('deadline --opened bad', '>&-');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sla: invalid date-time "bad"/);
  });

  it('a closed stdout keeps the code of a verdict', () => {
    expect(shell(`deadline ${TICKET} --fail-on breached`, '>&-').code).toBe(1);
  });
});
