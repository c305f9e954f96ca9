import { spawnSync, type StdioOptions } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sla as inProcess } from '../cli/run-in-process';
import { ROOT } from '../cli/run-sla';

const BIN = join(ROOT, 'bin', 'sla');
const NOW = '2025-06-10T12:00:00+02:00';
const TIME_BOUND_MS = 20_000;
const REPORT_TICKETS = join(ROOT, 'test', 'cli', 'fixtures', 'report-tickets.csv');

const dir = mkdtempSync(join(tmpdir(), 'sla-hostile-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A policy whose names and ids all start like spreadsheet formulas, with pipes and line breaks in them.
const EVIL_POLICY = join(dir, 'evil-policy.json');
const week = Object.fromEntries(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((d) => [d, [['09:00', '17:00']]]));
writeFileSync(
  EVIL_POLICY,
  JSON.stringify({
    name: 'Evil',
    timezone: 'Europe/Amsterdam',
    hours: week,
    holidays: [],
    priorities: [
      { id: 1, name: '=HYPERLINK("http://evil.example","click")' },
      { id: 2, name: "+cmd|' /C calc'!A0" },
      { id: 3, name: '@SUM(1)\nrow | two \\| three' },
    ],
    defaultPriority: 3,
    plans: [
      { id: '-minus', name: '-Minus|Plan' },
      { id: 'plus', name: 'Plus\r\nline' },
    ],
    targets: {
      '-minus': { '1': { minutes: 60, clock: 'business' }, '2': { minutes: 120, clock: 'business' }, '3': null },
      plus: { '1': { minutes: 30, clock: 'calendar' }, '2': { minutes: 120, clock: 'calendar' }, '3': { minutes: 60, clock: 'business' } },
    },
    notCovered: '=1+1 previews\n\n# not a heading',
  }),
);

// Tickets whose own values start like formulas, under a column whose name does too.
const EVIL_TICKETS = [
  'id,opened,priority,plan,responded,=team',
  '=1+1,2025-06-02T10:00:00+02:00,1,-minus,2025-06-02T13:00:00+02:00,@SUM(A1)',
  '+T2,2025-06-03T10:00:00+02:00,2,plus,,-2+3',
  '-T3,2025-06-04T10:00:00+02:00,1,-minus,,"\tTAB"',
  '@T4,2025-06-05T10:00:00+02:00,3,plus,2025-06-05T10:30:00+02:00,"\rCR"',
  '"=HYPERLINK(""http://evil.example"")",yesterday,1,-minus,,x',
].join('\n');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary with the given stdio, within the time bound. */
function sla(args: readonly string[], opts: { stdio?: StdioOptions; input?: string } = {}): Run {
  if (!existsSync(join(ROOT, 'dist', 'sla.js'))) throw new Error('dist/sla.js is missing: run `npm run build` first');
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env,
    input: opts.input ?? '',
    stdio: opts.stdio ?? 'pipe',
    encoding: 'utf8',
    timeout: TIME_BOUND_MS,
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Runs `sla` with stdout (and maybe stderr) opened on /dev/full, where every write fails with ENOSPC. */
function toFullDisk(args: readonly string[], input = '', stderrFull = false): Run {
  const full = openSync('/dev/full', 'w');
  try {
    return sla(args, { stdio: ['pipe', full, stderrFull ? full : 'pipe'], input });
  } finally {
    closeSync(full);
  }
}

/** Runs a shell pipeline in which `{sla}` stands for the built binary; `pipefail` makes a failing `sla` fail it. */
function pipeline(command: string): Run {
  const bin = `"${process.execPath}" "${BIN}"`;
  const r = spawnSync('bash', ['-o', 'pipefail', '-c', command.replaceAll('{sla}', bin)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: TIME_BOUND_MS,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Reads CSV as RFC 4180 writes it: quoted fields may hold commas, quotes and line breaks. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The cells of a CSV output a spreadsheet would run as formulas: the header's name and the cell. */
function formulaCells(csv: string): string[] {
  const [header, ...rows] = readCsv(csv);
  const found: string[] = [];
  for (const name of header!) if (/^[=+\-@\t\r]/.test(name)) found.push(`header: ${JSON.stringify(name)}`);
  for (const row of rows) {
    row.forEach((cell, i) => {
      // A number the tool computed (`-35`) is a number to a spreadsheet too, not a formula.
      if (/^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell)) found.push(`${header![i]}: ${JSON.stringify(cell)}`);
    });
  }
  return found;
}

const column = (csv: string, name: string): string[] => {
  const [header, ...rows] = readCsv(csv);
  const at = header!.indexOf(name);
  return rows.map((r) => r[at]!);
};

const OUTPUT_FAILED = /^sla: cannot write output: no space left on device \(ENOSPC\)\n$/;

describe('hostile output: a write that fails', () => {
  const ticket = ['--opened', '2025-06-02T10:00:00+02:00', '--now', NOW];
  const manyTickets = Array.from({ length: 3000 }, (_, i) => `{"id":"T-${i}","opened":"2025-06-02T10:00:00+02:00","plan":"advanced"}`).join('\n');

  it('exits 3 with one line on stderr, never a stack trace, for every command writing to a full disk', () => {
    const cases: Array<[string[], string?]> = [
      [['deadline', ...ticket]],
      [['deadline', ...ticket, '--plan', 'professional', '--json']],
      [['deadline', ...ticket, '--plan', 'professional', '--explain']],
      // A breach the user asked about must not hide the failure: exit 3, not 1.
      [['deadline', ...ticket, '--plan', 'professional', '--fail-on', 'breached']],
      [['deadline', '--input', '-', '--now', NOW], manyTickets],
      [['deadline', '--input', '-', '--now', NOW, '--format', 'csv'], manyTickets],
      [['deadline', '--input', '-', '--now', NOW, '--format', 'json', '--fail-on', 'breached'], manyTickets],
      // Bad records (exit 2 otherwise) do not hide it either.
      [['deadline', '--input', '-', '--now', NOW], '{"opened": "yesterday", "plan": "advanced"}\n'],
      [['table']],
      [['table', '--format', 'csv']],
      [['table', '--format', 'markdown']],
      [['table', '--json']],
      [['report', REPORT_TICKETS, '--now', NOW]],
      [['report', REPORT_TICKETS, '--now', NOW, '--csv']],
      [['report', REPORT_TICKETS, '--now', NOW, '--json']],
      [['classify', 'the production site is down for everyone']],
      [['holidays', '--year', '2025']],
      [['--help']],
    ];
    for (const [args, input] of cases) {
      const r = toFullDisk(args, input);
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 3, stderr: args.includes('--json') ? '{"error":{"code":"OUTPUT_FAILED","message":"cannot write output: no space left on device (ENOSPC)"}}\n' : expect.stringMatching(OUTPUT_FAILED) });
    }
  });

  it('exits 3 naming the system error for other failed writes (stdout opened read-only: EBADF)', () => {
    const readOnly = openSync('/dev/null', 'r');
    try {
      for (const [args, input] of [
        [['table', '--format', 'csv']],
        [['deadline', ...ticket, '--plan', 'professional', '--json']],
        [['deadline', '--input', '-', '--now', NOW, '--format', 'csv'], manyTickets],
        [['report', REPORT_TICKETS, '--now', NOW]],
      ] as Array<[string[], string?]>) {
        const r = sla(args, { stdio: ['pipe', readOnly, 'pipe'], input });
        expect({ args, code: r.code, stderr: r.stderr }).toEqual({
          args,
          code: 3,
          stderr: args.includes('--json') ? '{"error":{"code":"OUTPUT_FAILED","message":"cannot write output: bad file descriptor (EBADF)"}}\n' : expect.stringMatching(/^sla: cannot write output: bad file descriptor \(EBADF\)\n$/),
        });
      }
    } finally {
      closeSync(readOnly);
    }
  });

  it('keeps exit 3 when stderr cannot be written either', () => {
    for (const args of [['table', '--format', 'csv'], ['deadline', ...ticket]]) {
      expect(toFullDisk(args, '', true).code).toBe(3);
    }
  });

  it('keeps the exit status of bad input when stderr cannot be written', () => {
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [['deadline', '--plan', 'gold'], ['table', '--format', 'xml'], ['nonsense']]) {
        const r = sla(args, { stdio: ['pipe', 'pipe', full] });
        expect({ args, code: r.code }).toEqual({ args, code: 2 });
      }
    } finally {
      closeSync(full);
    }
  });

  it('keeps the exit status of bad input when the reader of stderr has gone', () => {
    for (const args of ['deadline --plan gold', 'table --format xml']) {
      const r = pipeline(`{sla} ${args} 2>&1 >/dev/null | true; echo "status \${PIPESTATUS[0]}"`);
      expect({ args, stdout: r.stdout }).toEqual({ args, stdout: 'status 2\n' });
    }
  });

  it('ends quietly when the reader of stdout goes away early', () => {
    const file = join(dir, 'many.ndjson');
    writeFileSync(file, Array.from({ length: 40_000 }, (_, i) => `{"id":"T-${i}","opened":"2025-06-02T10:00:00+02:00","plan":"advanced"}`).join('\n'));
    for (const command of [
      `{sla} deadline --input "${file}" --now ${NOW} | head -n 1`,
      `{sla} deadline --input - --format csv --now ${NOW} < "${file}" | head -c 10`,
      `{sla} deadline --input "${file}" --now ${NOW} --format json | true`,
      `{sla} table | true`,
    ]) {
      const r = pipeline(command);
      expect({ command, code: r.code, stderr: r.stderr }).toEqual({ command, code: 0, stderr: '' });
    }
  });
});

describe('hostile output: formulas in CSV', () => {
  // In process: what is printed is the question here, not the process.
  it('neutralises every text cell from the input or the policy that starts like a formula, and keeps computed negatives', async () => {
    const [batch, report, table] = await Promise.all([
      inProcess(['deadline', '--input', '-', '--format', 'csv', '--now', NOW, '--policy', EVIL_POLICY], { input: EVIL_TICKETS }),
      inProcess(['report', '-', '--csv', '--now', NOW, '--policy', EVIL_POLICY], { input: EVIL_TICKETS }),
      inProcess(['table', '--format', 'csv', '--policy', EVIL_POLICY]),
    ]);
    // The last ticket's bad date makes both batch commands exit 2 after their output.
    expect([batch.code, report.code, table.code]).toEqual([2, 2, 0]);
    for (const csv of [batch.stdout, report.stdout, table.stdout]) expect(formulaCells(csv)).toEqual([]);

    expect(readCsv(batch.stdout)[0]!.slice(0, 2)).toEqual(['id', "'=team"]);
    expect(column(batch.stdout, 'id')).toEqual(["'=1+1", "'+T2", "'-T3", "'@T4", '\'=HYPERLINK("http://evil.example")']);
    expect(column(batch.stdout, "'=team")).toEqual(["'@SUM(A1)", "'-2+3", "'\tTAB", "'\rCR", 'x']);
    expect(column(batch.stdout, 'plan').slice(0, 2)).toEqual(["'-minus", 'plus']);
    expect(column(batch.stdout, 'priorityName')[0]).toBe('\'=HYPERLINK("http://evil.example","click")');
    // Open tickets long past their deadline: negative minutes left, as numbers.
    expect(column(batch.stdout, 'remaining').slice(1, 3)).toEqual([expect.stringMatching(/^-\d+$/), expect.stringMatching(/^-\d+$/)]);
    expect(column(batch.stdout, 'opened')[4]).toBe('yesterday');

    expect(column(report.stdout, 'group')[0]).toBe("'-Minus|Plan P1");
    expect(column(report.stdout, 'plan')[0]).toBe("'-minus");
    expect(column(report.stdout, 'worstOverruns')[0]).toMatch(/^'-T3 \(\d+\); =1\+1 \(\d+\)$/);

    expect(column(table.stdout, 'name')).toContain("'+cmd|' /C calc'!A0");
    expect(column(table.stdout, 'plan')).toContain("'-minus");
  });
});

describe('hostile output: Markdown', () => {
  it('keeps a policy name with pipes and line breaks inside its cell, and a footnote on one line', async () => {
    const r = await inProcess(['table', '--format', 'markdown', '--policy', EVIL_POLICY]);
    expect(r.code).toBe(0);
    const [head, rule, ...rest] = r.stdout.split('\n');
    // An escaped pipe is not a cell border.
    const cells = (line: string): number => line.replace(/\\./g, '').split('|').length;
    for (const line of [head!, ...rest.slice(0, 3)]) expect(cells(line)).toBe(cells(rule!));
    expect(head).toContain('-Minus\\|Plan');
    expect(head).toContain('Plus line');
    expect(rest[2]).toContain('@SUM(1) row \\| two \\\\\\| three');
    expect(r.stdout).toContain('(**) =1+1 previews  # not a heading');
  });
});

describe('hostile output: user values in messages', () => {
  it('quotes every value, cut when long, on one line', async () => {
    const long = `${'x'.repeat(200)}\nFAKE: all good`;
    const cases: Array<[string[], RegExp]> = [
      [['deadline', '--plan', long], /^sla: unknown plan "x{60}…" \(215 characters\): accepted are/],
      [['deadline', '--priority', long], /^sla: unknown priority "x{60}…" \(215 characters\): accepted are/],
      [['deadline', '--plan', 'gold\nFAKE: ok'], /^sla: unknown plan "gold\\nFAKE: ok": accepted are/],
      [['table', '--format', long], /^sla: invalid --format "x{60}…" \(215 characters\): accepted are table, json, csv, markdown$/],
      [['deadline', '--input', '-', '--format', long], /^sla: invalid --format "x{60}…" \(215 characters\): accepted are ndjson, csv, json$/],
      [['report', '-', '--from', '2025-06-10', '--to', '2025-06-01'], /^sla: --to "2025-06-01" is not after --from "2025-06-10": the range holds no time$/],
    ];
    for (const [args, message] of cases) {
      const r = await inProcess(args);
      expect({ args: args.map((a) => a.slice(0, 20)), code: r.code, lines: r.stderr.split('\n') }).toEqual({
        args: args.map((a) => a.slice(0, 20)),
        code: 2,
        lines: [expect.stringMatching(message), ''],
      });
    }
  });
});
