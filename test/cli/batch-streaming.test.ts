import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTickets, toNdjson } from './generate-tickets';
import { ROOT } from './run-sla';

const NOW = '2025-06-09T11:00:00+02:00';
const BIN = join(ROOT, 'bin', 'sla');
const dir = mkdtempSync(join(tmpdir(), 'sla-batch-'));
// Far more output than a pipe holds, so that `sla` is still writing when `head` goes.
const FILE = join(dir, 'tickets.ndjson');
writeFileSync(FILE, toNdjson(generateTickets(50_000, 7)));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a shell pipeline in which `{sla}` stands for the built binary; `pipefail` makes a failing `sla` fail it. */
function pipeline(command: string) {
  const sla = `"${process.execPath}" "${BIN}"`;
  const r = spawnSync('bash', ['-o', 'pipefail', '-c', command.replaceAll('{sla}', sla)], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('sla deadline --input: streaming', () => {
  it('ends quietly when the reader goes away: | head -n 3', () => {
    const r = pipeline(`{sla} deadline --input "${FILE}" --now ${NOW} | head -n 3`);
    expect(r).toEqual({ code: 0, stdout: expect.stringMatching(/^(\{"id":"T-[123]",[^\n]*\n){3}$/), stderr: '' });
  });

  it('ends quietly when the reader goes away, reading standard input and writing CSV', () => {
    const r = pipeline(`{sla} deadline --input - --format csv --now ${NOW} < "${FILE}" | head -n 2`);
    expect([r.code, r.stdout.split('\n').length, r.stderr]).toEqual([0, 3, '']);
  });

  it('reads standard input as it arrives and writes each record before the input ends', async () => {
    const child = spawn(process.execPath, [BIN, 'deadline', '--input', '-', '--now', NOW], { cwd: ROOT });
    let out = '';
    const firstRecord = new Promise<string>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (out.includes('\n')) resolve(out);
      });
    });
    child.stdin.write('{"id": "first", "opened": "2025-06-02T10:00:00+02:00", "plan": "advanced"}\n');
    const first = await firstRecord;
    // Only now does the input go on, and end.
    child.stdin.end('{"id": "second", "opened": "2025-06-02T10:00:00+02:00", "plan": "advanced"}\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(JSON.parse(first).id).toBe('first');
    expect([code, out.split('\n').filter(Boolean).map((l) => JSON.parse(l).id)]).toEqual([0, ['first', 'second']]);
  });
});
