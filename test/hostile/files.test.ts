import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sla as slaInProcess } from '../cli/run-in-process';
import { ROOT } from '../cli/run-sla';

// Files a policy, calendar or case file may point at: each must end at once with exit 2 and one line
// on stderr that never repeats a secret. What is not a regular file (a FIFO, a device) runs through the
// real binary with a time and a memory bound, since a read that blocks would block this process too;
// the rest runs in process.

const BIN = join(ROOT, 'bin', 'sla');
/** Generous for a start-up of well under a second; a read of /dev/zero or a blocked FIFO never ends. */
const CHILD_TIMEOUT_MS = 20_000;
/** Far above what any run here needs; a file read without bound exceeds it. */
const HEAP_MB = 256;
const TEST_TIMEOUT_MS = 180_000;

const SECRET = 'root:x:0:0:root:/root:/bin/bash\nDB_PASSWORD=hunter2-s3cr3t\n';
const SECRET_PIECES = ['root:x', 'hunter2', 'DB_PASSWOR', 's3cr3t'];

interface Run {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

/** Runs `sla` in this process, in `cwd`. */
async function run(args: string[], cwd: string): Promise<Run> {
  const r = await slaInProcess(args, { cwd, env: { NO_COLOR: '1' } });
  return { ...r, signal: null };
}

function sla(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: CHILD_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Exit 2 in time, nothing on stdout, one line on stderr matching `message`, no piece of the secret. */
function expectRefused(r: Run, message: RegExp, label: string): void {
  const lines = r.stderr.split('\n');
  expect({ label, code: r.code, signal: r.signal, stdout: r.stdout, lines: lines.length, last: lines[lines.length - 1] }).toEqual({
    label,
    code: 2,
    signal: null,
    stdout: '',
    lines: 2,
    last: '',
  });
  expect({ label, stderr: r.stderr }).toEqual({ label, stderr: expect.stringMatching(message) });
  for (const piece of SECRET_PIECES) expect({ label, stderr: r.stderr }).toEqual({ label, stderr: expect.not.stringContaining(piece) });
}

const TMP = mkdtempSync(join(tmpdir(), 'sla-hostile-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const DEFAULT_POLICY = JSON.parse(readFileSync(join(ROOT, 'src', 'policy', 'default-policy.json'), 'utf8')) as Record<string, unknown>;
const path = (...parts: string[]): string => join(TMP, ...parts);
function write(name: string, value: unknown): string {
  const target = path(name);
  mkdirSync(join(target, '..'), { recursive: true });
  writeFileSync(target, typeof value === 'string' || Buffer.isBuffer(value) ? value : JSON.stringify(value));
  return target;
}
const policy = (name: string, holidays: string[]): string => write(name, { ...DEFAULT_POLICY, holidays });
const calendar = (name: string, ext: string | string[]): string => write(name, { name: 'Team days', extends: ext, holidays: [] });
const GOOD_CASE = '{"opened": "2025-06-02T10:00:00+02:00", "priority": 1, "plan": "professional", "expect": "2025-06-02T13:00:00+02:00"}\n';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'sla.js'))) throw new Error('dist/sla.js is missing: run `npm run build` first');
  write('secret.txt', SECRET);
  write('team/cases.ndjson', GOOD_CASE);
  execFileSync('mkfifo', [path('team', 'pipe.json')]);
  mkdirSync(path('team', 'folder.json'));
  // Sparse: 11 MiB on paper, nothing on disk.
  write('team/huge.json', '');
  truncateSync(path('team', 'huge.json'), 11 * 1024 * 1024);
  symlinkSync(path('secret.txt'), path('team', 'link.json'));
});

describe('hostile files: ends at once with exit 2, one line, never the content', () => {
  it(
    'refuses what is not a regular file: a FIFO, /dev/zero, a folder, wherever it is named',
    () => {
      const cwd = path('team');
      policy('team/fifo-policy.json', ['./pipe.json']);
      policy('team/zero-policy.json', ['/dev/zero']);
      calendar('team/extends-zero.json', '/dev/zero');
      calendar('team/extends-fifo.json', './pipe.json');
      const cases: [string[], RegExp][] = [
        [['deadline', '--policy', 'pipe.json', '--opened', '2025-06-02T10:00', '--priority', '1', '--plan', 'basic'], /cannot read policy file "pipe\.json": a named pipe, not a file/],
        [['deadline', '--policy', '/dev/zero', '--opened', '2025-06-02T10:00', '--priority', '1', '--plan', 'basic'], /cannot read policy file "\/dev\/zero": a device, not a file/],
        [['deadline', '--policy', 'folder.json', '--opened', '2025-06-02T10:00', '--priority', '1', '--plan', 'basic'], /cannot read policy file "folder\.json": a folder, not a file/],
        [['holidays', '--policy', 'fifo-policy.json', '--year', '2026'], /cannot read holiday calendar file "\.\/pipe\.json": a named pipe, not a file/],
        [['holidays', '--policy', 'zero-policy.json', '--year', '2026', '--allow-any-path'], /cannot read holiday calendar file "\/dev\/zero": a device, not a file/],
        [['holidays', '--calendar', '/dev/zero', '--year', '2026'], /cannot read holiday calendar file "\/dev\/zero": a device, not a file/],
        [['holidays', '--check', 'extends-zero.json', '--allow-any-path'], /cannot read holiday calendar file "\/dev\/zero": a device, not a file/],
        [['holidays', '--check', 'extends-fifo.json'], /a named pipe, not a file/],
        [['holidays', '--check', 'folder.json'], /a folder, not a file/],
        [['policy', 'test', 'pipe.json'], /cannot read test case file "pipe\.json": a named pipe, not a file/],
        [['policy', 'test', '/dev/zero'], /cannot read test case file "\/dev\/zero": a device, not a file/],
        [['policy', 'test', 'cases.ndjson', '--holidays', './pipe.json'], /a named pipe, not a file/],
        [['policy', 'diff', '/dev/zero', 'fifo-policy.json'], /cannot read policy file "\/dev\/zero": a device, not a file/],
        [['policy', 'validate', 'zero-policy.json', '--allow-any-path'], /a device, not a file/],
      ];
      for (const [args, message] of cases) {
        const r = sla(args, cwd);
        if (args[1] === 'validate') {
          // validate lists every problem under a summary line.
          expect([r.code, r.signal, r.stdout]).toEqual([2, null, '']);
          expect(r.stderr).toMatch(message);
        } else expectRefused(r, message, args.join(' '));
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'refuses a file over the 10 MiB limit, naming the limit',
    async () => {
      const cwd = path('team');
      policy('team/huge-policy.json', ['./huge.json']);
      calendar('team/extends-huge.json', './huge.json');
      const cases: [string[], RegExp][] = [
        [['deadline', '--policy', 'huge.json', '--opened', '2025-06-02T10:00', '--priority', '1', '--plan', 'basic'], /cannot read policy file "huge\.json": larger than the 10 MiB limit for a policy file/],
        [['holidays', '--policy', 'huge-policy.json', '--year', '2026'], /cannot read holiday calendar file "\.\/huge\.json": larger than the 10 MiB limit/],
        [['holidays', '--check', 'extends-huge.json'], /larger than the 10 MiB limit for a holiday calendar file/],
        [['policy', 'test', 'huge.json'], /cannot read test case file "huge\.json": larger than the 10 MiB limit for a test case file/],
      ];
      for (const [args, message] of cases) expectRefused(await run(args, cwd), message, args.join(' '));
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'accepts a UTF-8 byte order mark at the start of a policy, a calendar and a case file',
    async () => {
      const bom = (text: string): Buffer => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
      write('bom/calendar.json', bom(JSON.stringify({ name: 'BOM days', extends: 'nl', holidays: [{ name: 'BOM day', date: '2026-06-12' }] })));
      write('bom/policy.json', bom(JSON.stringify({ ...DEFAULT_POLICY, holidays: ['./calendar.json'] })));
      write('bom/cases.json', bom(`[${GOOD_CASE.trim()}]`));
      const cwd = path('bom');
      const listed = await run(['holidays', '--policy', 'policy.json', '--year', '2026', '--json'], cwd);
      expect([listed.code, listed.stderr]).toEqual([0, '']);
      expect((JSON.parse(listed.stdout) as { name: string }[]).map((h) => h.name)).toContain('BOM day');
      const checked = await run(['holidays', '--check', 'calendar.json'], cwd);
      expect([checked.code, checked.stderr]).toEqual([0, '']);
      const tested = await run(['policy', 'test', 'cases.json', '--policy', 'policy.json'], cwd);
      expect([tested.code, tested.stderr, tested.stdout.trim().split('\n').pop()]).toEqual([0, '', '1 passed, 0 failed']);
      const validated = await run(['policy', 'validate', 'policy.json'], cwd);
      expect([validated.code, validated.stderr]).toEqual([0, '']);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'never reads a path from a file outside its folder, and never quotes a file that is not JSON',
    async () => {
      const cwd = path('team');
      const secret = path('secret.txt');
      const outside = /is outside the folder of this file: .*--allow-any-path/;
      policy('team/abs-policy.json', [secret]);
      policy('team/up-policy.json', ['../secret.txt']);
      policy('team/link-policy.json', ['./link.json']);
      calendar('team/abs-calendar.json', secret);
      calendar('team/up-calendar.json', '../secret.txt');
      calendar('team/link-calendar.json', './link.json');
      const refused: [string[], RegExp][] = [
        [['holidays', '--policy', 'abs-policy.json', '--year', '2026'], outside],
        [['holidays', '--policy', 'up-policy.json', '--year', '2026'], outside],
        [['holidays', '--policy', 'link-policy.json', '--year', '2026'], outside],
        [['deadline', '--policy', 'up-policy.json', '--opened', '2025-06-02T10:00', '--priority', '1', '--plan', 'basic'], outside],
        [['policy', 'test', 'cases.ndjson', '--policy', 'abs-policy.json'], outside],
        [['holidays', '--check', 'abs-calendar.json'], outside],
        [['holidays', '--check', 'up-calendar.json'], outside],
        [['holidays', '--check', 'link-calendar.json'], outside],
        [['holidays', '--calendar', './abs-calendar.json', '--year', '2026'], outside],
        // Allowed to read it, it is still never quoted.
        [['holidays', '--policy', 'up-policy.json', '--year', '2026', '--allow-any-path'], /\.\.\/secret\.txt: not valid JSON at line 1, column 1 \(unexpected character\)/],
        [['holidays', '--check', 'link-calendar.json', '--allow-any-path'], /\.\/link\.json: not valid JSON at line 1, column 1/],
        // Paths the user types are the user's own, and still never quoted.
        [['deadline', '--policy', secret, '--opened', '2025-06-02T10:00', '--priority', '1', '--plan', 'basic'], /secret\.txt: not valid JSON at line 1, column 1/],
        [['holidays', '--calendar', '../secret.txt', '--year', '2026'], /\.\.\/secret\.txt: not valid JSON at line 1, column 1/],
        [['holidays', '--check', secret], /secret\.txt: not valid JSON at line 1, column 1/],
        [['policy', 'diff', secret, 'abs-policy.json'], /secret\.txt: not valid JSON at line 1, column 1/],
      ];
      for (const [args, message] of refused) expectRefused(await run(args, cwd), message, args.join(' '));
      // A case file lists every line that is not JSON: by its place, never its text.
      const cases = await run(['policy', 'test', secret], cwd);
      expect([cases.code, cases.stdout, cases.stderr.split('\n').slice(1)]).toEqual([
        2,
        '',
        ['  line 1: not valid JSON at column 1 (unexpected character)', '  line 2: not valid JSON at column 1 (unexpected character)', ''],
      ]);
      const validated = await run(['policy', 'validate', 'abs-policy.json', 'up-policy.json', 'link-policy.json'], cwd);
      expect([validated.code, validated.stdout, validated.stderr.split('\n').length]).toEqual([2, '', 5]);
      expect(validated.stderr).toMatch(outside);
      for (const piece of SECRET_PIECES) expect([cases.stderr, validated.stderr].join('\n')).not.toContain(piece);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'loads extends graphs without recursion: a 2,000-file chain is refused at the limit, a 25-level diamond is small, a cycle is named',
    async () => {
      const cwd = path('graphs');
      for (let i = 0; i < 2000; i += 1) write(`graphs/chain-${i}.json`, { name: `Chain ${i}`, ...(i + 1 < 2000 && { extends: `./chain-${i + 1}.json` }), holidays: [] });
      expectRefused(await run(['holidays', '--calendar', './chain-0.json', '--year', '2026'], cwd), /^sla: \.\/chain-0\.json: more than 1000 calendar files through "extends", the limit for one load\n$/, 'chain');
      // Each level extends both files of the next, by two spellings of the path: 2^25 paths to the bottom.
      write('graphs/diamond-25-a.json', { name: 'Bottom', extends: 'nl', holidays: [{ name: 'Bottom day', date: '2026-06-12' }] });
      write('graphs/diamond-25-b.json', { name: 'Bottom too', holidays: [] });
      for (let i = 24; i >= 0; i -= 1) {
        for (const side of ['a', 'b']) write(`graphs/diamond-${i}-${side}.json`, { name: `Level ${i}`, extends: [`./diamond-${i + 1}-a.json`, `diamond-${i + 1}-b.json`, `./sub/../diamond-${i + 1}-a.json`], holidays: [] });
      }
      mkdirSync(path('graphs', 'sub'));
      const diamond = await run(['holidays', '--calendar', './diamond-0-a.json', '--year', '2026', '--json'], cwd);
      expect([diamond.code, diamond.stderr]).toEqual([0, '']);
      const names = (JSON.parse(diamond.stdout) as { name: string }[]).map((h) => h.name);
      expect([names.filter((n) => n === 'Bottom day').length, names.filter((n) => n === "New Year's Day").length]).toEqual([1, 1]);
      write('graphs/cycle-a.json', { name: 'A', extends: './cycle-b.json', holidays: [] });
      write('graphs/cycle-b.json', { name: 'B', extends: ['nl', './cycle-c.json'], holidays: [] });
      write('graphs/cycle-c.json', { name: 'C', extends: './cycle-a.json', holidays: [] });
      write('graphs/cycle-policy.json', { ...DEFAULT_POLICY, holidays: ['./cycle-a.json'] });
      const cycle = /\.\/cycle-a\.json: extends itself through \.\/cycle-a\.json -> \.\/cycle-b\.json -> \.\/cycle-c\.json -> \.\/cycle-a\.json\n$/;
      expectRefused(await run(['holidays', '--check', 'cycle-a.json'], cwd), /extends itself through \S*cycle-a\.json -> \.\/cycle-b\.json -> \.\/cycle-c\.json -> \S*cycle-a\.json\n$/, 'check cycle');
      expectRefused(await run(['holidays', '--policy', 'cycle-policy.json', '--year', '2026'], cwd), cycle, 'policy cycle');
    },
    TEST_TIMEOUT_MS,
  );
});
