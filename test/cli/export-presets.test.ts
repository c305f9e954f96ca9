import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ndjsonRecords, ROOT, sla } from './run-in-process';

const NOW = '2025-06-16T12:00:00+02:00';
const ZENDESK = 'examples/zendesk-export.csv';
const JIRA = 'examples/jira-export.csv';
const FRESHDESK = 'examples/freshdesk-export.csv';
const PLANS = 'examples/plans.csv';

type Row = Record<string, unknown> & { error?: { code: string; message: string; line: number } };

const records = (stdout: string): Row[] => ndjsonRecords(stdout);

/** The line (1-based) a CSV record starts on, found by the start of its first line: descriptions span lines. */
function lineOf(file: string, start: string): number {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith(start));
  if (at === -1) throw new Error(`no line starts with ${start}`);
  return at + 1;
}

interface ReportJson {
  by: string[];
  records: number;
  errors: number;
  groups: Array<{ key: Record<string, unknown>; label: string; tickets: number; met: number; missed: number }>;
  total: { tickets: number; met: number; missed: number; open: number };
}

describe('sla deadline --input with --preset: exports as helpdesks write them', () => {
  it('reads a Zendesk export with one preset and a plan for all tickets', async () => {
    const r = await sla(['deadline', '--input', ZENDESK, '--preset', 'zendesk', '--plan', 'professional', '--now', NOW]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = records(r.stdout);
    expect(out).toHaveLength(20);
    expect(out.every((o) => o.error === undefined && o.plan === 'professional')).toBe(true);
    // Id 35400: Urgent, created Mon 2 June 08:12 +0200: P1, counted from 09:00, 3 business hours.
    expect(out[0]).toEqual(expect.objectContaining({ Id: '35400', opened: '2025-06-02T08:12:00+02:00', priority: 1, deadline: '2025-06-02T12:00:00+02:00' }));
  });

  it("keeps the export's own columns in the output, multi-line descriptions included", async () => {
    const r = await sla(['deadline', '--input', ZENDESK, '--preset', 'zendesk', '--plan', 'professional', '--now', NOW]);
    expect(records(r.stdout)[0]!.Description).toBe('Since this morning every checkout fails with HTTP 500.\nOrders cannot be placed at all.\n\nThis is blocking our whole shop.');
  });

  it("reads a Jira Service Management export in Jira's date format", async () => {
    const r = await sla(['deadline', '--input', JIRA, '--preset', 'jira', '--plan', 'professional', '--now', NOW]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = records(r.stdout);
    expect(out).toHaveLength(22);
    // HELP-120: Highest, created 02/Jun/25 8:12 AM (wall time in Europe/Amsterdam).
    expect(out[0]).toEqual(expect.objectContaining({ 'Issue key': 'HELP-120', opened: '2025-06-02T08:12:00+02:00', priority: 1, deadline: '2025-06-02T12:00:00+02:00' }));
  });

  it('reads a wall time after noon in the Jira format', async () => {
    const r = await sla(['deadline', '--input', JIRA, '--preset', 'jsm', '--plan', 'professional', '--now', NOW]);
    const help122 = records(r.stdout).find((o) => o['Issue key'] === 'HELP-122')!;
    expect(help122.opened).toBe('2025-06-02T16:55:00+02:00');
  });

  it("lets --priority-map override a preset's word", async () => {
    const r = await sla(['deadline', '--input', ZENDESK, '--preset', 'zendesk', '--plan', 'professional', '--priority-map', 'high=1', '--now', NOW]);
    const high = records(r.stdout).find((o) => o.Priority === 'High')!;
    expect(high.priority).toBe(1);
  });

  it("lets --map override a preset's column", async () => {
    const r = await sla(['deadline', '--input', ZENDESK, '--preset', 'zendesk', '--map', 'opened=Updated at', '--plan', 'professional', '--now', NOW]);
    expect(records(r.stdout)[0]!.opened).toBe('2025-06-02T23:10:00+02:00');
  });

  it('gives records without a priority the --priority default', async () => {
    const input = 'Id,Created at,Priority\nZ-1,2025-06-02 10:00:00 +0200,\n';
    const r = await sla(['deadline', '--input', '-', '--preset', 'zendesk', '--plan', 'professional', '--priority', '2', '--now', NOW], { input });
    expect(records(r.stdout)[0]!.priority).toBe(2);
  });

  it('reads each plan from the plans file through the customer column', async () => {
    const r = await sla(['deadline', '--input', FRESHDESK, '--preset', 'freshdesk', '--plans', PLANS, '--now', NOW]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = records(r.stdout);
    expect(out).toHaveLength(16);
    const byCompany = new Map(out.map((o) => [o['Company Name'], o.plan]));
    expect(Object.fromEntries(byCompany)).toEqual({ 'Acme Corp': 'advanced', Globex: 'professional', Initech: 'basic', 'Umbrella Health': 'advanced', Hooli: 'professional' });
  });
});

describe('sla deadline --input: error records keep their line, nothing is dropped', () => {
  it('makes a customer missing from the plans file an error record at its line', async () => {
    const r = await sla(['deadline', '--input', ZENDESK, '--preset', 'zendesk', '--plans', PLANS, '--plan', 'basic', '--now', NOW]);
    const out = records(r.stdout);
    const line = lineOf(ZENDESK, '1,35451,');
    expect(out).toHaveLength(20);
    expect(out.filter((o) => o.error !== undefined)).toEqual([
      expect.objectContaining({
        Id: '35451',
        error: {
          code: 'UNKNOWN_PLAN',
          message: 'customer (column "Organization"): "Wayne Enterprises" has no plan in the plans file "examples/plans.csv": add it there, or give the record a plan',
          line,
        },
      }),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^sla: 1 of 20 records could not be read or computed: .*\\(first at line ${line}: customer`));
  });

  it('gives a record without a customer the --plan default', async () => {
    const r = await sla(['deadline', '--input', ZENDESK, '--preset', 'zendesk', '--plans', PLANS, '--plan', 'basic', '--now', NOW]);
    expect(records(r.stdout).find((o) => o.Id === '35433')).toEqual(expect.objectContaining({ Organization: '', plan: 'basic' }));
  });

  it('makes a date that does not fit the pattern an error record naming the pattern', async () => {
    const input = 'key,opened,plan\nA-1,02/Jun/25 10:00 AM,professional\nA-2,2025-06-02T10:00:00+02:00,professional\nA-3,03/Jun/25 9:30 AM,professional\n';
    const r = await sla(['deadline', '--input', '-', '--date-format', 'dd/MMM/yy h:mm a', '--now', NOW], { input });
    const out = records(r.stdout);
    expect(out.map((o) => o.key)).toEqual(['A-1', 'A-2', 'A-3']);
    expect(out[1]!.error).toEqual({
      code: 'INVALID_DATE',
      message: 'opened: invalid date-time "2025-06-02T10:00:00+02:00": it does not fit --date-format "dd/MMM/yy h:mm a" (such as "02/Jun/25 2:30 PM")',
      line: 3,
    });
    expect(out[2]!.opened).toBe('2025-06-03T09:30:00+02:00');
    expect(r.code).toBe(2);
  });

  it('makes every record of a mapping to the wrong column an error record with its line', async () => {
    const r = await sla(['deadline', '--input', JIRA, '--preset', 'jira', '--map', 'priority=Status', '--plan', 'professional', '--now', NOW]);
    const out = records(r.stdout);
    expect(out).toHaveLength(22);
    expect(out[0]!.error).toEqual(
      expect.objectContaining({ code: 'UNKNOWN_PRIORITY', line: 2, message: expect.stringMatching(/^priority \(column "Status"\): unknown priority "Waiting for support"/) }),
    );
    expect(r.code).toBe(2);
  });

  it('reads epoch seconds from NDJSON with --date-format epoch', async () => {
    const input = '{"id": "E-1", "opened": 1748851200, "plan": "professional", "priority": 1}\n';
    const r = await sla(['deadline', '--input', '-', '--date-format', 'epoch', '--now', NOW], { input });
    expect(records(r.stdout)[0]).toEqual(expect.objectContaining({ opened: '2025-06-02T10:00:00+02:00', deadline: '2025-06-02T13:00:00+02:00' }));
  });
});

describe('sla deadline --input: wrong mappings stop before any record (exit 2)', () => {
  it('names the accepted presets for an unknown one', async () => {
    const r = await sla(['deadline', '--input', ZENDESK, '--preset', 'servicenow', '--now', NOW]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/unknown --preset "servicenow": accepted are zendesk \(Zendesk Support\), freshdesk \(Freshdesk\), jira \(Jira Service Management\)/);
  });

  it('names the columns the file has for a column it lacks', async () => {
    const r = await sla(['deadline', '--input', ZENDESK, '--map', 'opened=Created', '--plan', 'professional', '--now', NOW]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/--map opened=Created names a column the input does not have: its columns are "Summation column", "Id", .*"Created at"/);
  });

  it("names the columns when a preset's opened column is missing", async () => {
    const r = await sla(['deadline', '--input', JIRA, '--preset', 'zendesk', '--plan', 'professional', '--now', NOW]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/--preset zendesk \(opened=Created at\) names a column the input does not have: its columns are "Summary", "Issue key"/);
  });

  it('names the accepted fields for an unknown one', async () => {
    const r = await sla(['deadline', '--input', ZENDESK, '--map', 'created=Created at', '--now', NOW]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown field "created".*the fields are opened, priority, plan, responded, id, beta, subject, body, customer/);
  });

  it('refuses a default plan the policy does not have', async () => {
    const r = await sla(['deadline', '--input', ZENDESK, '--preset', 'zendesk', '--plan', 'gold', '--now', NOW]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--plan: unknown plan "gold"/);
  });
});

describe('sla report with --preset', () => {
  it('reports a Zendesk export with one preset and a plan', async () => {
    const r = await sla(['report', ZENDESK, '--preset', 'zendesk', '--plan', 'professional', '--now', NOW, '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const report = JSON.parse(r.stdout) as ReportJson;
    expect([report.records, report.errors, report.total.tickets]).toEqual([20, 0, 20]);
  });

  it('reports a Jira export grouped by an input column', async () => {
    const r = await sla(['report', JIRA, '--preset', 'jira', '--plan', 'professional', '--by', 'Assignee', '--now', NOW, '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const report = JSON.parse(r.stdout) as ReportJson;
    expect(report.by).toEqual(['Assignee']);
    // Unassigned tickets are a group of their own, last, whose key leaves the field out.
    expect(report.groups.map((g) => [g.label, g.key])).toEqual([
      ['Julia Meijer', { Assignee: 'Julia Meijer' }],
      ['Lotte Bos', { Assignee: 'Lotte Bos' }],
      ['Sem de Graaf', { Assignee: 'Sem de Graaf' }],
      ['(none)', {}],
    ]);
    expect(report.groups.reduce((n, g) => n + g.tickets, 0)).toBe(22);
  });

  it('counts met and missed responses of a Freshdesk export per plan from the plans file', async () => {
    const r = await sla(['report', FRESHDESK, '--preset', 'freshdesk', '--plans', PLANS, '--by', 'plan,Group', '--now', NOW, '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const report = JSON.parse(r.stdout) as ReportJson;
    expect(report.total.tickets).toBe(16);
    expect(report.total.met + report.total.missed).toBeGreaterThan(0);
    expect(report.groups[0]!.key).toEqual(expect.objectContaining({ plan: 'basic' }));
  });

  it('groups by a mapped field through its column', async () => {
    const r = await sla(['report', ZENDESK, '--preset', 'zendesk', '--plan', 'professional', '--by', 'customer', '--now', NOW, '--csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^group,customer,tickets,/);
    expect(r.stdout).toMatch(/\nAcme Corp,Acme Corp,/);
  });
});

describe('sla deadline --opened: the ISO forms exports write', () => {
  it('reads a space for the T and an offset without a colon', async () => {
    const r = await sla(['deadline', '--json', '--opened', '2025-06-02 10:00:00 +0200', '--priority', '1', '--plan', 'professional', '--now', NOW]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expect.objectContaining({ opened: '2025-06-02T10:00:00+02:00', deadline: '2025-06-02T13:00:00+02:00' }));
  });
});
