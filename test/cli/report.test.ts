import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sla, slaJson, type SlaRun } from './run-in-process';

/**
 * The fixture, checked by hand (default policy; status at Tue 10 June 2025 12:00 CEST):
 *
 * Professional P1, 3 business hours:
 *   A1 Mon 09:00, answered 10:00: 60 min, met.
 *   A2 Mon 14:00, answered 17:30: 180 min (nothing counts after 17:00), met.
 *   A3 Tue 10:00, answered 14:00: 240 min, missed by 60.
 *   A4 Wed 16:00, answered Thu 10:30: 60 + 90 = 150 min, met.
 *   A5 Tue 10 June 10:00, open: 120 min used, not yet due.
 *   A6 Fri 6 June 15:00, open: 120 min Friday, Whit Monday closed, 180 min Tuesday = 300: breached, 120 over.
 *   => 6 tickets, 3 met, 1 missed, 2 open, 1 breached; met 3 / (3 + 1 + 1) = 60%;
 *      times 60, 150, 180, 240: median (rank 2 of 4) 150, p90 (rank 4) 240.
 * Advanced P1, 1 hour 24/7:
 *   B1 Sat 10:00, answered 10:45: met. B2 Sun 22:00, answered Mon 00:30: 150 min, missed by 90.
 *   B3 Tue 10 June 11:30, open: 30 min used.
 *   => 3 tickets, 1 met, 1 missed, 1 open; 50%; times 45, 150: median 45, p90 150.
 * C1 (Basic P3) and D1 (Advanced P3, beta) are not covered.
 * E1 Professional P2, Fri 30 May 16:00, answered Mon 2 June 11:00: 60 + 120 = 180 min, met.
 * Total: 12 tickets, 5 met, 2 missed, 3 open, 1 breached, 2 not covered; 5 / 8 = 62.5%;
 *   times 45, 60, 150, 150, 180, 180, 240: median (rank 4 of 7) 150, p90 (rank 7) 240.
 */
const FIXTURE = join(__dirname, 'fixtures', 'report-tickets.csv');
const NOW = '2025-06-10T12:00:00+02:00';

interface GroupJson {
  key: Record<string, string | number>;
  label: string;
  tickets: number;
  met: number;
  missed: number;
  open: number;
  breached: number;
  notCovered: number;
  percentMet: number | null;
  medianMinutes: number | null;
  p90Minutes: number | null;
  worstOverruns: Array<{ id: unknown; line: number; plan: string; priority: number; overrunMinutes: number; status: string }>;
}
interface ReportJson {
  from: string | null;
  to: string | null;
  now: string;
  by: string[];
  records: number;
  outsideRange: number;
  errors: number;
  groups: GroupJson[];
  total: GroupJson;
}

const report = (...args: string[]): Promise<ReportJson> => slaJson<ReportJson>(['report', FIXTURE, '--now', NOW, '--json', ...args]);
const figures = (g: GroupJson) => [g.label, g.tickets, g.met, g.missed, g.open, g.breached, g.notCovered, g.percentMet, g.medianMinutes, g.p90Minutes];

describe('sla report: the hand-checked fixture', () => {
  let all: ReportJson;
  beforeAll(async () => {
    all = await report();
  });

  it('groups by plan and priority by default, in policy order', async () => {
    expect(all.groups.map((g) => g.key)).toEqual([
      { plan: 'basic', priority: 3 },
      { plan: 'professional', priority: 1 },
      { plan: 'professional', priority: 2 },
      { plan: 'advanced', priority: 1 },
      { plan: 'advanced', priority: 3 },
    ]);
  });

  it('counts each group as checked by hand', async () => {
    expect(all.groups.map(figures)).toEqual([
      ['Basic P3', 1, 0, 0, 0, 0, 1, null, null, null],
      ['Professional P1', 6, 3, 1, 2, 1, 0, 60, 150, 240],
      ['Professional P2', 1, 1, 0, 0, 0, 0, 100, 180, 180],
      ['Advanced P1', 3, 1, 1, 1, 0, 0, 50, 45, 150],
      ['Advanced P3', 1, 0, 0, 0, 0, 1, null, null, null],
    ]);
  });

  it('counts the total as checked by hand', async () => {
    expect(figures(all.total)).toEqual(['all', 12, 5, 2, 3, 1, 2, 62.5, 150, 240]);
  });

  it('lists the worst overruns, worst first, with their ids and lines', async () => {
    expect(all.total.worstOverruns).toEqual([
      { id: 'A6', line: 7, plan: 'professional', priority: 1, overrunMinutes: 120, status: 'breached' },
      { id: 'B2', line: 9, plan: 'advanced', priority: 1, overrunMinutes: 90, status: 'missed' },
      { id: 'A3', line: 4, plan: 'professional', priority: 1, overrunMinutes: 60, status: 'missed' },
    ]);
  });

  it('counts an open ticket as breached only once its deadline has passed', async () => {
    // At Friday 6 June 17:00 A6 has used its 120 minutes, not 180: open, not breached.
    const early = await report('--now', '2025-06-06T17:00:00+02:00');
    const group = early.groups.find((g) => g.label === 'Professional P1')!;
    expect([group.breached, group.worstOverruns.map((o) => o.id)]).toEqual([0, ['A3']]);
  });

  it('states the moment, the range and the percentile rule', async () => {
    expect(all).toMatchObject({ now: NOW, from: null, to: null, by: ['plan', 'priority'], percentile: 'nearest-rank', records: 12, errors: 0 });
  });
});

describe('sla report: dates and groups', () => {
  it('takes a --to date as the whole day: June 1 to 10 leaves out only E1 (30 May)', async () => {
    const r = await report('--from', '2025-06-01', '--to', '2025-06-10');
    expect([r.from, r.to, r.outsideRange]).toEqual(['2025-06-01T00:00:00+02:00', '2025-06-11T00:00:00+02:00', 1]);
    expect(figures(r.total)).toEqual(['all', 11, 4, 2, 3, 1, 2, 57.14, 150, 240]);
  });

  it('takes a --to date-time as the end, not included: A5 and B3 (10 June) drop out too', async () => {
    const r = await report('--from', '2025-06-01', '--to', '2025-06-10T00:00');
    expect([r.total.tickets, r.outsideRange]).toEqual([9, 3]);
  });

  it('groups by month of the opening', async () => {
    expect((await report('--by', 'month')).groups.map(figures)).toEqual([
      ['2025-05', 1, 1, 0, 0, 0, 0, 100, 180, 180],
      ['2025-06', 11, 4, 2, 3, 1, 2, 57.14, 150, 240],
    ]);
  });

  it('groups by ISO week of the opening (Sunday 8 June is still in week 23)', async () => {
    expect((await report('--by', 'week')).groups.map((g) => [g.label, g.tickets])).toEqual([
      ['2025-W22', 1],
      ['2025-W23', 9],
      ['2025-W24', 2],
    ]);
  });

  it('groups by several dimensions in the order given', async () => {
    expect((await report('--by', 'month,plan')).groups.map((g) => g.label)).toEqual(['2025-05 Professional', '2025-06 Basic', '2025-06 Professional', '2025-06 Advanced']);
  });
});

describe('sla report: text', () => {
  let r: SlaRun;
  let lines: string[];
  beforeAll(async () => {
    r = await sla(['report', FIXTURE, '--now', NOW]);
    lines = r.stdout.split('\n');
  });

  it('prints a table with a row per group and the total', async () => {
    expect(lines.slice(3, 10)).toEqual([
      'group            tickets   met  missed  open breached  met % median    p90',
      'Basic P3               1     0       0     0        0      -      -      -',
      'Professional P1        6     3       1     2        1  60.0%   2:30   4:00',
      'Professional P2        1     1       0     0        0 100.0%   3:00   3:00',
      'Advanced P1            3     1       1     1        0  50.0%   0:45   2:30',
      'Advanced P3            1     0       0     0        0      -      -      -',
      'all                   12     5       2     3        1  62.5%   2:30   4:00',
    ]);
  });

  it('charts the percentage met per group with bars', async () => {
    const chart = lines.slice(lines.indexOf('Percent met') + 1, lines.indexOf('Percent met') + 6);
    expect(chart[1]).toBe(`Professional P1 ${'█'.repeat(30)}${' '.repeat(20)}  60.0%`);
    expect(chart[0]).toMatch(/^Basic P3 +no ticket due yet +-$/);
  });

  it('fits in 80 columns', async () => {
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(80);
  });

  it('says how open tickets count', async () => {
    expect(r.stdout).toContain('Open tickets count as breached only once their deadline has passed.');
  });

  it('names the worst overruns', async () => {
    expect(lines.slice(lines.indexOf('Worst overruns') + 1, lines.indexOf('Worst overruns') + 4)).toEqual([
      '  A6  Professional P1    2 h overdue, still open',
      '  B2  Advanced P1        1 h 30 min late',
      '  A3  Professional P1    1 h late',
    ]);
  });
});

describe('sla report: other formats and inputs', () => {
  it('prints CSV with a column per dimension and a total row', async () => {
    const csv = (await sla(['report', FIXTURE, '--now', NOW, '--csv', '--by', 'plan'])).stdout.split('\n');
    expect(csv).toEqual([
      'group,plan,tickets,met,missed,open,breached,notCovered,percentMet,medianMinutes,p90Minutes,worstOverruns',
      'Basic,basic,1,0,0,0,0,1,,,,',
      'Professional,professional,7,4,1,2,1,0,66.67,180,240,A6 (120); A3 (60)',
      'Advanced,advanced,4,1,1,1,0,1,50,45,150,B2 (90)',
      'all,,12,5,2,3,1,2,62.5,150,240,A6 (120); B2 (90); A3 (60)',
      '',
    ]);
  });

  it('reads NDJSON from standard input', async () => {
    const csv = readFileSync(FIXTURE, 'utf8').trim().split('\n');
    const header = csv[0]!.split(',');
    const ndjson = csv
      .slice(1)
      .map((line) => JSON.stringify(Object.fromEntries(line.split(',').map((v, i) => [header[i], v]))))
      .join('\n');
    const r = await slaJson<ReportJson>(['report', '-', '--now', NOW, '--json'], { input: ndjson });
    expect(figures(r.total)).toEqual(['all', 12, 5, 2, 3, 1, 2, 62.5, 150, 240]);
  });

  it('keeps the five worst overruns per group, naming a ticket without an id by its line', async () => {
    // Advanced P1 (1 hour, 24/7), opened at 10:00 and answered 10 to 70 minutes late.
    const due = Date.parse('2025-06-02T11:00:00+02:00');
    const input = [10, 70, 30, 50, 20, 60, 40]
      .map((late, i) => {
        const responded = new Date(due + late * 60_000).toISOString();
        return JSON.stringify({ ...(i === 1 ? {} : { id: `L${late}` }), opened: '2025-06-02T10:00:00+02:00', priority: 1, plan: 'advanced', responded });
      })
      .join('\n');
    const r = await slaJson<ReportJson>(['report', '-', '--now', NOW, '--json'], { input });
    expect(r.total.worstOverruns.map((o) => [o.id, o.line, o.overrunMinutes])).toEqual([
      [null, 2, 70],
      ['L60', 6, 60],
      ['L50', 4, 50],
      ['L40', 7, 40],
      ['L30', 3, 30],
    ]);
  });

  it('prints the report, then exits 2 naming the records it could not read', async () => {
    const input = 'id,opened,plan\nok,2025-06-02T09:00:00+02:00,advanced\nbad,someday,advanced\n';
    const r = await sla(['report', '-', '--now', NOW, '--json'], { input });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ records: 2, errors: 1, total: { tickets: 1 } });
    expect(JSON.parse(r.stderr).error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^1 of 2 records could not be read or computed and are not counted \(first at line 3: opened: invalid date-time "someday"/) });
  });

  it.each([
    [['--by', 'owner'], /--by owner names a column the input does not have: its columns are "id", /],
    [['--by', 'plan,plan'], /invalid --by "plan,plan"/],
    [['--json', '--csv'], /^\{"error":\{"code":"USAGE","message":"option '--json' cannot be used with option '--csv'"\}\}\n$/],
    [['--from', '2025-06-10', '--to', '2025-06-01'], /--to "2025-06-01" is not after --from "2025-06-10"/],
    [['--from', 'June'], /invalid date-time "June"/],
  ])('rejects %j with exit 2 and nothing on stdout', async (args, message) => {
    const r = await sla(['report', FIXTURE, '--now', NOW, ...args]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 for a missing file', async () => {
    expect((await sla(['report', 'missing.csv'])).stderr).toMatch(/cannot read input file "missing.csv": no such file/);
  });
});
