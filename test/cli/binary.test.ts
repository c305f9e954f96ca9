/**
 * The built program as a user runs it: what only a real process shows (start-up,
 * exit statuses, standard input, pipes that close early, colour from the
 * environment). The code cache is test/bin/launcher.test.ts's. Every other CLI
 * test runs `sla` in process (run-in-process.ts). Run `npm run build` first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTickets, toNdjson } from './generate-tickets';
import { ROOT, sla } from './run-sla';

const NOW = '2025-06-09T11:00:00+02:00';
const BIN = join(ROOT, 'bin', 'sla');
const TICKET = ['--opened', '2025-06-02T10:00:00+02:00', '--priority', '1', '--plan', 'professional'];

const dir = mkdtempSync(join(tmpdir(), 'sla-binary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a shell pipeline in which `{sla}` stands for the built binary; `pipefail` makes a failing `sla` fail it. */
function pipeline(command: string) {
  const bin = `"${process.execPath}" "${BIN}"`;
  const r = spawnSync('bash', ['-o', 'pipefail', '-c', command.replaceAll('{sla}', bin)], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/sla: start-up', () => {
  it('prints its version and exits 0', () => {
    expect(sla(['--version'])).toEqual({ code: 0, stdout: `${require('../../package.json').version}\n`, stderr: '' });
  });

  it('prints help on stdout, naming every command, and exits 0', () => {
    const r = sla(['--help']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^Usage: sla /);
    for (const command of ['deadline', 'table', 'policy', 'classify', 'report', 'holidays']) expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('finds the shipped calendars from the bundle, whatever the working directory', () => {
    const r = sla(['holidays', '--json', '--year', '2026'], { cwd: dir });
    expect([r.code, JSON.parse(r.stdout)[0]]).toEqual([0, expect.objectContaining({ date: '2026-01-01', calendar: 'nl' })]);
  });
});

describe('bin/sla: exit statuses', () => {
  it('exits 0 with the answer on stdout and nothing on stderr', () => {
    const r = sla(['deadline', '--json', ...TICKET, '--now', '2025-06-02T11:00:00+02:00']);
    expect([r.code, JSON.parse(r.stdout).deadline, r.stderr]).toEqual([0, '2025-06-02T13:00:00+02:00', '']);
  });

  it('exits 1 for a negative verdict, after printing the answer', () => {
    const r = sla(['deadline', '--json', ...TICKET, '--now', '2025-06-02T18:00:00+02:00', '--fail-on', 'breached,at-risk']);
    expect([r.code, JSON.parse(r.stdout).status, r.stderr]).toEqual([1, 'breached', '']);
  });

  it('exits 2 for bad input, with one message on stderr, no stack trace and nothing on stdout', () => {
    const r = sla(['deadline', '--plan', 'gold']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/^sla: unknown plan "gold": accepted are basic, professional, advanced\n$/) });
  });

  it('exits 2 for a usage error, pointing to --help', () => {
    const r = sla(['frobnicate']);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', "sla: unknown command 'frobnicate'\n(run with --help for usage)\n"]);
  });
});

describe('bin/sla: standard input', () => {
  it('reads a batch from standard input with --input -', () => {
    const input = '{"id": "T-1", "opened": "2025-06-02T10:00:00+02:00", "priority": 1, "plan": "professional"}\n';
    const r = sla(['deadline', '--input', '-', '--now', NOW], { input });
    expect([r.code, JSON.parse(r.stdout)]).toEqual([0, expect.objectContaining({ id: 'T-1', deadline: '2025-06-02T13:00:00+02:00' })]);
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

describe('bin/sla: a reader that goes away', () => {
  // Far more output than a pipe holds, so that `sla` is still writing when `head` goes.
  const file = join(dir, 'tickets.ndjson');
  beforeAll(() => writeFileSync(file, toNdjson(generateTickets(50_000, 7))));

  it('ends quietly with exit 0: | head -n 3', () => {
    const r = pipeline(`{sla} deadline --input "${file}" --now ${NOW} | head -n 3`);
    expect(r).toEqual({ code: 0, stdout: expect.stringMatching(/^(\{"id":"T-[123]",[^\n]*\n){3}$/), stderr: '' });
  });

  it('ends quietly with exit 0 reading standard input and writing CSV', () => {
    const r = pipeline(`{sla} deadline --input - --format csv --now ${NOW} < "${file}" | head -n 2`);
    expect([r.code, r.stdout.split('\n').length, r.stderr]).toEqual([0, 3, '']);
  });
});

describe('bin/sla: colour from the environment, on a pipe', () => {
  const args = ['deadline', ...TICKET, '--now', '2025-06-02T11:00:00+02:00'];

  it('has no colour codes by default', () => {
    expect(sla(args).stdout).not.toMatch(/\x1b\[/);
  });

  it('colours when FORCE_COLOR asks for it, with the same text underneath', () => {
    const coloured = sla(args, { env: { FORCE_COLOR: '1' } }).stdout;
    expect(coloured).toMatch(/\x1b\[36m/);
    expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(sla(args).stdout);
  });

  it('does not colour with FORCE_COLOR=0', () => {
    expect(sla(args, { env: { FORCE_COLOR: '0' } }).stdout).not.toMatch(/\x1b\[/);
  });

  it('never colours under NO_COLOR, even with FORCE_COLOR', () => {
    expect(sla(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
  });

  it('never colours with --no-color, even with FORCE_COLOR', () => {
    expect(sla(['--no-color', ...args], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
  });
});
