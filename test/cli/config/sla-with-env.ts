import { join } from 'node:path';
import type { Io } from '../../../src/cli/io';
import { plain } from '../../../src/cli/paint';
import { run } from '../../../src/cli/run';
import { ROOT, type SlaRun } from '../run-sla';

/**
 * Runs `sla` in process in a folder, with an environment: what the config
 * lookup reads (`SLA_POLICY`, `SLA_HOLIDAYS`, `XDG_CONFIG_HOME`, `HOME`).
 * Without `env`, no environment at all, so a developer's own user config
 * never leaks into a test.
 *
 * @example
 * await slaWithEnv(['config', '--json'], { cwd: '/tmp/project', env: { SLA_HOLIDAYS: 'de' } })
 */
export async function slaWithEnv(args: string[], opts: { cwd: string; env?: Record<string, string> }): Promise<SlaRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    readStdin: async () => '',
    now: () => Date.parse('2025-06-02T08:00:00Z'),
    cwd: opts.cwd,
    holidaysDir: join(ROOT, 'holidays'),
    env: opts.env ?? {},
    color: false,
  };
  const code = await run(args, io, plain);
  return { code, stdout, stderr };
}
