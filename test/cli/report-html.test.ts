import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sla } from './run-in-process';

const FIXTURE = join(__dirname, 'fixtures', 'report-tickets.csv');
const NOW = '2025-06-10T12:00:00+02:00';

describe('sla report --html FILE', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sla-report-html-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('writes the page, prints the text report as without it, and names the file on stderr', async () => {
    const file = join(dir, 'june.html');
    const plain = await sla(['report', FIXTURE, '--now', NOW]);
    const run = await sla(['report', FIXTURE, '--now', NOW, '--html', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.stderr).toBe(`sla: wrote ${JSON.stringify(file)}: the report as a web page (12 tickets)\n`);
    const html = readFileSync(file, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<tfoot><tr data-key="{}"><th scope="row" data-field="label">all</th><td class="num" data-field="tickets" data-value="12">12</td>');
  });

  test('with --json or --csv, stdout is that format; the page is the same', async () => {
    const a = join(dir, 'a.html');
    const b = join(dir, 'b.html');
    const json = await sla(['report', FIXTURE, '--now', NOW, '--json', '--html', a]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).total.tickets).toBe(12);
    const csv = await sla(['report', FIXTURE, '--now', NOW, '--csv', '--html', b]);
    expect(csv.stdout.split('\n')[0]).toMatch(/^group,plan,priority,tickets/);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  });

  test('a relative path is read from the working directory; an existing file is replaced', async () => {
    writeFileSync(join(dir, 'report.html'), 'old');
    const run = await sla(['report', FIXTURE, '--now', NOW, '--html', 'report.html'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('sla: wrote "report.html": the report as a web page (12 tickets)\n');
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('<h1>SLA report</h1>');
  });

  test('the weeks of the page are those of the openings, in the policy’s zone', async () => {
    const file = join(dir, 'w.html');
    await sla(['report', FIXTURE, '--now', NOW, '--html', file]);
    const html = readFileSync(file, 'utf8');
    const weeks = [...html.matchAll(/<tr><th scope="row">(\d{4}-W\d\d)<\/th>((?:<td[^>]*>\d+<\/td>)+)<\/tr>/g)].map((m) => [
      m[1],
      ...[...m[2]!.matchAll(/>(\d+)</g)].map((c) => Number(c[1])),
    ]);
    // week, tickets, met, missed, open, breached, not covered: E1 (Fri 30 May); A1-A4, A6, B1, B2, C1, D1; A5, B3.
    expect(weeks).toEqual([
      ['2025-W22', 1, 1, 0, 0, 0, 0],
      ['2025-W23', 9, 4, 2, 1, 1, 2],
      ['2025-W24', 2, 0, 0, 2, 0, 0],
    ]);
  });

  test('a week is that of the opening on the policy’s clock: midnight before Monday there, not in UTC; ISO weeks across New Year', async () => {
    const input = join(dir, 'edges.ndjson');
    const tickets = [
      { id: 'sun', opened: '2025-06-08T23:30:00+02:00', priority: 1, plan: 'advanced', responded: '2025-06-08T23:45:00+02:00' },
      // Sunday 22:30 in UTC, but Monday in Amsterdam: week 24.
      { id: 'mon', opened: '2025-06-09T00:30:00+02:00', priority: 1, plan: 'advanced', responded: '2025-06-09T00:45:00+02:00' },
      // Monday 30 December 2024 is in the first ISO week of 2025.
      { id: 'ny', opened: '2024-12-30T10:00:00+01:00', priority: 1, plan: 'advanced', responded: '2024-12-30T10:10:00+01:00' },
    ];
    writeFileSync(input, tickets.map((t) => JSON.stringify(t)).join('\n'));
    const file = join(dir, 'edges.html');
    expect((await sla(['report', input, '--now', NOW, '--html', file])).code).toBe(0);
    const weeks = [...readFileSync(file, 'utf8').matchAll(/<tr><th scope="row">(\d{4}-W\d\d)<\/th><td[^>]*>(\d+)</g)].map((m) => `${m[1]} ${m[2]}`);
    expect(weeks).toEqual(['2025-W01 1', '2025-W23 1', '2025-W24 1']);
  });

  test('a folder is refused before the input is read: exit 2, naming it, nothing on stdout', async () => {
    const run = await sla(['report', join(dir, 'no-such-input.csv'), '--now', NOW, '--html', dir]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`cannot write ${JSON.stringify(dir)}: it is a folder: give a file name`);
  });

  test('a missing folder, or a file where a folder should be: exit 2, naming the path', async () => {
    const missing = join(dir, 'nowhere', 'r.html');
    const run = await sla(['report', FIXTURE, '--now', NOW, '--html', missing]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`cannot write ${JSON.stringify(missing)}: no folder ${JSON.stringify(join(dir, 'nowhere'))}`);
    expect(existsSync(missing)).toBe(false);

    writeFileSync(join(dir, 'file'), '');
    const under = join(dir, 'file', 'r.html');
    const blocked = await sla(['report', FIXTURE, '--now', NOW, '--html', under]);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain(`cannot write ${JSON.stringify(under)}: not a directory (ENOTDIR)`);
  });

  test('a device or a named pipe is refused: exit 2', async () => {
    const run = await sla(['report', FIXTURE, '--now', NOW, '--html', '/dev/null']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot write "/dev/null": not a regular file (a device or a named pipe): give a file name');
  });

  test('"-" is not a file name: exit 2', async () => {
    const run = await sla(['report', FIXTURE, '--now', NOW, '--html', '-']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('invalid --html "-": give a file name for the page');
  });

  test('bad records: the page is written, then the run exits 2 as without --html', async () => {
    const input = join(dir, 'bad.csv');
    writeFileSync(input, `${readFileSync(FIXTURE, 'utf8')}X1,not a date,1,professional,,,red\n`);
    const file = join(dir, 'bad.html');
    const run = await sla(['report', input, '--now', NOW, '--html', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('1 of 13 records could not be read or computed');
    expect(readFileSync(file, 'utf8')).toContain('1 record could not be read or computed and is not counted.');
  });
});
