/**
 * Hostile inputs for the time core, as a user gives them to `sla`: each run
 * must end within a time bound, with an answer or a one-line error that names
 * the limit. The runs go in process (`run(args, io)`, as the CLI tests do);
 * the few whose memory matters also run through the built binary with a heap
 * bound, at the end. Run `npm run build` first for those.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, sla } from '../cli/run-in-process';

const BIN = join(ROOT, 'bin', 'sla');
/** Each run: at most 20 s; through the binary, also a 512 MB heap (a run that needs more crashes, and fails its test). */
const TIME_LIMIT_MS = 20_000;
const HEAP_MB = 512;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs `sla` in this process, timed. */
async function run(args: string[]): Promise<Run> {
  const started = Date.now();
  const r = await sla(args);
  return { ...r, ms: Date.now() - started };
}

/** Runs the built binary under the heap bound, without blocking, so that independent runs can go side by side. */
function runBinary(args: string[]): Promise<Run> {
  if (!existsSync(join(ROOT, 'dist', 'sla.js'))) throw new Error('dist/sla.js is missing: run `npm run build` first');
  const env: Record<string, string | undefined> = { ...process.env, NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: TIME_LIMIT_MS, killSignal: 'SIGKILL' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => fail(new Error(`sla ${args.join(' ').slice(0, 200)}: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (signal !== null) fail(new Error(`sla ${args.join(' ').slice(0, 200)}: ended by ${signal} (time bound ${TIME_LIMIT_MS} ms, heap bound ${HEAP_MB} MB)`));
      else done({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** A run that must answer (exit 0) within the bounds. */
async function answers(args: string[], runner: (args: string[]) => Promise<Run> = run): Promise<Run> {
  const r = await runner(args);
  expect(r.ms).toBeLessThan(TIME_LIMIT_MS);
  expect({ args: args.join(' ').slice(0, 200), code: r.code, stderr: r.stderr.slice(0, 500) }).toEqual({ args: args.join(' ').slice(0, 200), code: 0, stderr: '' });
  return r;
}

/** A run that must be refused as bad input (exit 2) with one short line matching `pattern`. */
async function refuses(args: string[], pattern: RegExp, runner: (args: string[]) => Promise<Run> = run): Promise<void> {
  const r = await runner(args);
  expect(r.ms).toBeLessThan(TIME_LIMIT_MS);
  expect({ args: args.join(' ').slice(0, 200), code: r.code, stdout: r.stdout }).toEqual({ args: args.join(' ').slice(0, 200), code: 2, stdout: '' });
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr.length).toBeLessThan(1000);
}

const dir = mkdtempSync(join(tmpdir(), 'sla-hostile-'));
const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

const WEEK = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const policy = (name: string, timezone: string, hours: Record<string, string[][]>, target: { minutes: number; clock: string }, holidays?: string[]): string =>
  file(name, {
    name: 'Hostile',
    timezone,
    hours,
    ...(holidays ? { holidays } : {}),
    priorities: [{ id: 1, name: 'Urgent' }],
    plans: [{ id: 'std', name: 'Standard' }],
    targets: { std: { '1': target } },
  });
const everyDay = (pairs: string[][]): Record<string, string[][]> => Object.fromEntries(WEEK.map((d) => [d, pairs]));

jest.setTimeout(120_000);

describe('hostile time inputs, bounded in time', () => {
  it('counts each real minute once where windows overlap in real time, on every path', async () => {
    const apia = policy('apia.json', 'Pacific/Apia', { ...everyDay([['09:00', '17:00']]), sunday: [] }, { minutes: 960, clock: 'business' });
    const base = ['deadline', '--policy', apia, '--plan', 'std', '--json'];
    const openings = ['2011-12-29T12:00', '2011-12-29T16:00', '2011-12-28T10:00'];
    const answered = await Promise.all(
      openings.map(async (opened) => {
        const [plain, explained] = (await Promise.all([answers([...base, '--opened', opened, '--now', opened]), answers([...base, '--opened', opened, '--now', opened, '--explain'])])).map((r) => JSON.parse(r.stdout));
        return { opened, plain, explained };
      }),
    );
    for (const { explained, plain } of answered) {
      expect(explained.deadline).toBe(plain.deadline);
      const counted = explained.segments.filter((s: { type: string }) => s.type === 'counted');
      expect(counted.reduce((sum: number, s: { minutes: number }) => sum + s.minutes, 0)).toBe(960);
      expect(explained.segments.some((s: { date?: string }) => s.date === '2011-12-30')).toBe(false);
    }
    // One case file holds all three openings: `policy test` checks each against the deadline found above.
    const cases = file('apia-cases.ndjson', answered.map(({ opened, plain }) => `${JSON.stringify({ name: `skipped Friday, ${opened}`, opened, plan: 'std', priority: 1, expect: plain.deadline })}\n`).join(''));
    const tested = await answers(['policy', 'test', cases, '--policy', apia]);
    expect(tested.stdout).toMatch(/3 passed, 0 failed/);
    // 02:30 on the spring-forward Sunday is 03:30 CEST, past the 03:15 opening: 01:00 to 05:00 is three real hours.
    const spring = policy('spring.json', 'Europe/Amsterdam', { sunday: [['01:00', '02:30'], ['03:15', '05:00']] }, { minutes: 180, clock: 'business' });
    const springBase = ['deadline', '--policy', spring, '--plan', 'std', '--json', '--opened', '2025-03-30T00:30:00+01:00'];
    const springRuns = await Promise.all([
      answers([...springBase, '--now', '2025-03-30T00:30:00+01:00']),
      answers([...springBase, '--now', '2025-03-30T00:30:00+01:00', '--explain']),
      ...['2025-03-30T04:59:00+02:00', '2025-03-30T05:00:00+02:00', '2025-03-30T03:40:00+02:00'].map((responded) =>
        answers([...springBase, '--responded', responded, '--now', '2025-03-30T06:00:00+02:00']),
      ),
    ]);
    const [plainSpring, explainedSpring, ...statuses] = springRuns.map((r) => JSON.parse(r.stdout));
    expect([plainSpring.deadline, explainedSpring.deadline]).toEqual(['2025-03-30T05:00:00+02:00', '2025-03-30T05:00:00+02:00']);
    expect(statuses.map((status) => status.status)).toEqual(['met', 'met', 'met']);
  });

  it('reads and writes years 1000 to 9999 only, and refuses a date or a deadline outside them', async () => {
    // Counting from 2025 to 9999-12-31 runs through the binary, under the heap bound, below.
    const [early] = await Promise.all([
      answers(['deadline', '--plan', 'professional', '--priority', '1', '--opened', '1000-01-02T10:00', '--now', '1000-01-09T12:00', '--json']),
      refuses(['deadline', '--plan', 'professional', '--opened', '10000-01-01'], /invalid date-time "10000-01-01"/),
      refuses(['deadline', '--plan', 'professional', '--opened', '9999-12-31T23:00-05:00'], /outside the supported range, years 1000 to 9999/),
      refuses(['deadline', '--plan', 'professional', '--opened', '0999-12-31'], /before 1000/),
      refuses(['deadline', '--plan', 'professional', '--priority', '1', '--opened', '9999-12-31T16:00'], /the deadline falls outside the supported range \(years 1000 to 9999/),
      refuses(['deadline', '--plan', 'advanced', '--priority', '1', '--opened', '9999-12-31T23:30'], /the deadline falls outside the supported range \(years 1000 to 9999/),
      refuses(['deadline', '--plan', 'professional', '--opened', '2025-06-02T10:00', '--responded', '9999-12-31T23:30:00Z'], /outside the supported range/),
    ]);
    expect(JSON.parse(early.stdout).status).toBe('breached');
    expect(JSON.parse(early.stdout).deadline).toMatch(/^1000-01-0\dT/);
  });

  it('refuses targets past their limits at load time, and bounds every deadline search', async () => {
    const mondays = { monday: [['09:00', '17:00']] };
    await Promise.all(
      ([
        [1e15, 'business', /at most 6000000 \(100,000 hours\)/],
        [1e300, 'business', /at most 6000000 \(100,000 hours\)/],
        [1e9 * 60, 'business', /at most 6000000 \(100,000 hours\)/],
        [1e15, 'calendar', /at most 52596000 \(100 years\)/],
      ] as const).map(async ([minutes, clock, limit], i) => {
        const big = policy(`big-${i}.json`, 'UTC', mondays, { minutes, clock });
        await Promise.all([refuses(['deadline', '--policy', big, '--plan', 'std', '--opened', '2025-06-02T10:00'], limit), refuses(['policy', 'validate', big], limit)]);
      }),
    );
    // Open one day a year (a calendar closes every other day): the longest target runs past 9999.
    const days = Object.fromEntries(
      Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(5, 10)).filter((d) => d !== '06-02').map((d) => [d, []]),
    );
    const closed = file('closed.json', { name: 'Closed but one day', days });
    const oneDay = policy('one-day.json', 'Europe/Amsterdam', everyDay([['09:00', '17:00']]), { minutes: 6_000_000, clock: 'business' }, [closed]);
    // The longest business target at normal hours: about 48 years, answered and explained.
    const longest = policy('longest.json', 'Europe/Amsterdam', { ...everyDay([['09:00', '17:00']]), saturday: [], sunday: [] }, { minutes: 6_000_000, clock: 'business' });
    // The longest 24/7 target: elapsed time, no walk.
    const century = policy('century.json', 'UTC', mondays, { minutes: 52_596_000, clock: 'calendar' });
    // The same two with --explain run through the binary, under the heap bound, below.
    const [due, dueCentury] = await Promise.all([
      answers(['deadline', '--policy', longest, '--plan', 'std', '--opened', '2025-06-02T10:00', '--now', '2025-06-02T10:00', '--json']),
      answers(['deadline', '--policy', century, '--plan', 'std', '--opened', '2025-06-02T10:00:00Z', '--now', '2025-06-02T10:00:00Z', '--json']),
      // Opened ten years before the end of the range: the search from 2025, with --explain, runs through the binary below.
      refuses(['deadline', '--policy', oneDay, '--plan', 'std', '--opened', '9990-06-03T10:00'], /the deadline falls outside the supported range/),
    ]);
    expect(JSON.parse(due.stdout).deadline).toMatch(/^20[67]\d-/);
    expect(JSON.parse(dueCentury.stdout).deadline).toBe('2125-06-03T10:00:00+00:00'); // 36,525 days: one more than the 24 leap days of that century give
  });

  it('gives every zone name Intl knows its IANA letter case', async () => {
    const cases = [
      ['asia/kolkata', 'Asia/Kolkata'],
      ['EUROPE/KYIV', 'Europe/Kyiv'],
      ['asia/ho_chi_minh', 'Asia/Ho_Chi_Minh'],
      ['america/argentina/buenos_aires', 'America/Argentina/Buenos_Aires'],
      ['europe/kiev', 'Europe/Kiev'],
      ['america/new_york', 'America/New_York'],
    ] as const;
    const found = await Promise.all(
      cases.map(async ([written], i) => {
        const inPolicy = policy(`zone-${i}.json`, written, { monday: [['09:00', '17:00']] }, { minutes: 60, clock: 'business' });
        const runs = await Promise.all([
          answers(['deadline', '--plan', 'professional', '--opened', '2025-06-02T10:00:00Z', '--tz', written, '--json']),
          answers(['deadline', '--policy', inPolicy, '--plan', 'std', '--opened', '2025-06-02T10:00:00Z', '--json']),
        ]);
        return runs.map((r) => JSON.parse(r.stdout).timezone);
      }),
    );
    expect(found).toEqual(cases.map(([, expected]) => [expected, expected]));
  });

  it('quotes a huge bad value cut short, whatever flag or field it came in', async () => {
    const huge = `2025-06-02T10:00${'x'.repeat(131_000)}`;
    const zoned = policy('huge-zone.json', `Mars/${'x'.repeat(131_000)}`, { monday: [['09:00', '17:00']] }, { minutes: 60, clock: 'business' });
    const hours = policy('huge-hours.json', 'UTC', { monday: [[`09:00${'x'.repeat(131_000)}`, '17:00']] }, { minutes: 60, clock: 'business' });
    await Promise.all([
      refuses(['deadline', '--plan', 'professional', '--opened', huge], /invalid date-time "2025-06-02T10:00x+…" \(131016 characters\)/),
      refuses(['deadline', '--plan', 'professional', '--now', huge], /\(131016 characters\)/),
      refuses(['deadline', '--plan', 'professional', '--opened', '2025-06-02T10:00', '--responded', huge], /\(131016 characters\)/),
      refuses(['deadline', '--plan', 'professional', '--tz', `Mars/${'x'.repeat(131_000)}`], /unknown time zone "Mars\/x+…" \(131005 characters\)/),
      refuses(['deadline', '--policy', zoned, '--plan', 'std'], /\(131005 characters\)/),
      refuses(['deadline', '--policy', hours, '--plan', 'std'], /\(131005 characters\)/),
    ]);
  });
});

describe('hostile time inputs, through the binary, within a heap bound', () => {
  it('counts to 9999-12-31, explains a 48-year target and gives up on a deadline past 9999, each in bounded memory', async () => {
    const closedDays = Object.fromEntries(
      Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(5, 10)).filter((d) => d !== '06-02').map((d) => [d, []]),
    );
    const closed = file('closed-heap.json', { name: 'Closed but one day', days: closedDays });
    const oneDay = policy('one-day-heap.json', 'Europe/Amsterdam', everyDay([['09:00', '17:00']]), { minutes: 6_000_000, clock: 'business' }, [closed]);
    const longest = policy('longest-heap.json', 'Europe/Amsterdam', { ...everyDay([['09:00', '17:00']]), saturday: [], sunday: [] }, { minutes: 6_000_000, clock: 'business' });
    const [far, explained] = await Promise.all([
      answers(['deadline', '--plan', 'professional', '--priority', '1', '--opened', '2025-06-02T10:00', '--now', '9999-12-31', '--json'], runBinary),
      answers(['deadline', '--policy', longest, '--plan', 'std', '--opened', '2025-06-02T10:00', '--now', '2025-06-02T10:00', '--explain'], runBinary),
      refuses(['deadline', '--policy', oneDay, '--plan', 'std', '--opened', '2025-06-03T10:00', '--explain'], /outside the supported range/, runBinary),
    ]);
    expect(JSON.parse(far.stdout).status).toBe('breached');
    // Within the time bound with room to spare (a walk over its days would not be); the figure itself is in `npm run bench`.
    expect(far.ms).toBeLessThan(TIME_LIMIT_MS / 2);
    expect(explained.stdout).toMatch(/ due \w{3} \d+ \w{3} 20[67]\d /);
  });
});
