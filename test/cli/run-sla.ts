import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'sla');

export interface SlaRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `bin/sla` as a user would, with a clean colour environment:
 * for what only a real process shows (binary.test.ts, test/hostile). Other
 * tests run `sla` in process, with the same options (run-in-process.ts).
 */
export function sla(args: string[], opts: { env?: Record<string, string>; cwd?: string; input?: string } = {}): SlaRun {
  if (!existsSync(join(ROOT, 'dist', 'sla.js'))) throw new Error('dist/sla.js is missing: run `npm run build` first');
  const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
  for (const key of ['NO_COLOR', 'FORCE_COLOR']) if (!opts.env || !(key in opts.env)) delete env[key];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env, input: opts.input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `sla` and parses its stdout as JSON, failing loudly with stderr when it is not. */
export function slaJson<T = unknown>(args: string[], opts: Parameters<typeof sla>[1] = {}): T {
  const r = sla(args, opts);
  if (r.code !== 0) throw new Error(`sla ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/**
 * The records of an NDJSON output, one a line, blank lines left out.
 *
 * @example
 * ndjsonRecords('{"id":"A"}\n{"id":"B"}\n') //=> [{ id: 'A' }, { id: 'B' }]
 */
export function ndjsonRecords<T = Record<string, any>>(text: string): T[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as T);
}
