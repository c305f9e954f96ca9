import { join } from 'node:path';
import { sla, slaJson } from './run-in-process';

interface HolidayJson {
  date: string;
  name: string;
  localName: string;
  calendar: string;
  hours: [string, string][] | null;
}

interface CalendarJson {
  calendar: string;
  name: string;
  country: string | null;
  year: number;
  holidays: number;
}

const ACME = 'test/cli/fixtures/calendars/acme.json';
const MALFORMED = 'test/cli/fixtures/calendars/malformed.json';
const LUNCH_POLICY = join(__dirname, 'fixtures', 'lunch-policy.json');
const holidays = (...args: string[]): Promise<HolidayJson[]> => slaJson<HolidayJson[]>(['holidays', '--json', ...args]);

describe('sla holidays: the days of a year', () => {
  it("lists the policy's calendars (nl) for the current year by default", async () => {
    const days = await holidays('--now', '2026-03-01T12:00:00Z');
    expect(days.map((d) => d.date)).toEqual([
      '2026-01-01',
      '2026-04-05',
      '2026-04-06',
      '2026-04-27',
      '2026-05-14',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('takes the current year in the policy zone (already 2026 in Amsterdam)', async () => {
    expect((await holidays('--now', '2025-12-31T23:30:00Z'))[0]?.date).toBe('2026-01-01');
  });

  it("takes the current year in a policy file's zone (still 2025 in New York)", async () => {
    expect((await holidays('--policy', LUNCH_POLICY, '--now', '2026-01-01T03:00:00Z')).map((d) => d.date)).toEqual(['2025-06-04', '2025-12-24']);
  });

  it('lists the days of --year', async () => {
    expect((await holidays('--year', '2025')).find((d) => d.name === "King's Day")?.date).toBe('2025-04-26');
  });

  it('gives each day its names, its calendar, and null hours when closed all day', async () => {
    expect((await holidays('--year', '2026'))[0]).toEqual({ date: '2026-01-01', name: "New Year's Day", localName: 'Nieuwjaarsdag', calendar: 'nl', hours: null });
  });

  it('lists the days from --from to --to, across New Year', async () => {
    const days = await holidays('--calendar', 'de', '--from', '2026-12-24', '--to', '2027-01-01');
    expect(days.map((d) => `${d.date} ${d.localName}`)).toEqual(['2026-12-25 1. Weihnachtstag', '2026-12-26 2. Weihnachtstag', '2027-01-01 Neujahr']);
  });

  it('takes "now" for --from and --to: the day of --now in the policy zone, as every time option takes it', async () => {
    // 23:30 UTC on 24 December is already Christmas Day in Amsterdam.
    const days = await holidays('--from', 'now', '--to', '2026-12-31', '--now', '2026-12-24T23:30:00Z');
    expect(days.map((d) => d.date)).toEqual(['2026-12-25', '2026-12-26']);
    expect((await holidays('--from', '2026-12-01', '--to', 'NOW', '--now', '2026-12-24T23:30:00Z')).map((d) => d.date)).toEqual(['2026-12-25']);
  });

  it('includes both ends of --from and --to', async () => {
    expect((await holidays('--from', '2026-12-25', '--to', '2026-12-25')).map((d) => d.date)).toEqual(['2026-12-25']);
  });

  it('lists a day of two calendars once for each, in the order given', async () => {
    const days = await holidays('--calendar', 'nl,be', '--from', '2026-12-25', '--to', '2026-12-25');
    expect(days.map((d) => d.calendar)).toEqual(['nl', 'be']);
  });

  it('lists nothing with --calendar none', async () => {
    expect(await holidays('--calendar', 'none', '--year', '2026')).toEqual([]);
  });
});

describe('sla holidays: a company calendar', () => {
  const december = (): Promise<HolidayJson[]> => holidays('--calendar', ACME, '--from', '2026-12-24', '--to', '2026-12-31');

  it('gives the hours of a partial day as HH:MM pairs', async () => {
    expect((await december())[0]).toEqual({ date: '2026-12-24', name: 'Acme: company closures', localName: 'Acme: company closures', calendar: ACME, hours: [['09:00', '13:00']] });
  });

  it('keeps the calendar each inherited day came from', async () => {
    expect((await december()).map((d) => `${d.date} ${d.calendar}`)).toEqual([
      `2026-12-24 ${ACME}`,
      '2026-12-25 nl',
      '2026-12-26 nl',
      `2026-12-31 ${ACME}`,
      `2026-12-31 ${ACME}`,
    ]);
  });

  it('prints a line per day with date, weekday, names, hours and calendar', async () => {
    const r = await sla(['holidays', '--calendar', ACME, '--from', '2026-12-24', '--to', '2026-12-26']);
    expect(r.stdout).toBe(
      [
        `Holidays of ${ACME} from Thu 24 Dec 2026 to Sat 26 Dec 2026: 3 days`,
        `  2026-12-24 Thu  Acme: company closures           open 09:00-13:00  ${ACME}`,
        '  2026-12-25 Fri  Christmas Day (Eerste Kerstdag)  closed all day    nl',
        '  2026-12-26 Sat  Boxing Day (Tweede Kerstdag)     closed all day    nl',
        '',
      ].join('\n'),
    );
  });

  it('says so when a range has no holidays', async () => {
    expect((await sla(['holidays', '--from', '2026-07-01', '--to', '2026-07-31'])).stdout).toBe('Holidays of nl from Wed 1 Jul 2026 to Fri 31 Jul 2026: none\n');
  });
});

describe('sla deadline across a partial day', () => {
  const args = ['deadline', '--holidays', ACME, '--opened', '2026-12-24T11:00:00+01:00', '--priority', '1', '--plan', 'professional', '--explain'];

  it('counts only the hours the partial day keeps, and is due exactly', async () => {
    // 3 business hours: 11:00-13:00 on Christmas Eve (open until 13:00), then 09:00-10:00 on Monday 28 December.
    const r = await slaJson<{ deadline: string; segments: unknown[] }>([...args, '--json']);
    expect([r.deadline, r.segments]).toEqual([
      '2026-12-28T10:00:00+01:00',
      [
        { type: 'counted', date: '2026-12-24', from: '2026-12-24T11:00:00+01:00', to: '2026-12-24T13:00:00+01:00', minutes: 120, holiday: 'Acme: company closures' },
        { type: 'skipped', date: '2026-12-25', reason: 'holiday', holiday: 'Christmas Day' },
        { type: 'skipped', date: '2026-12-26', reason: 'holiday', holiday: 'Boxing Day' },
        { type: 'skipped', date: '2026-12-27', reason: 'weekend', holiday: null },
        { type: 'counted', date: '2026-12-28', from: '2026-12-28T09:00:00+01:00', to: '2026-12-28T10:00:00+01:00', minutes: 60, holiday: null },
      ],
    ]);
  });

  it('shows the shortened day in --explain', async () => {
    expect((await sla(args)).stdout).toMatch(/Thu 24 Dec 2026 +11:00-13:00 +2 h +\(Acme: company closures: shortened hours\)/);
  });
});

describe('sla holidays --list', () => {
  it('lists every shipped calendar with its country and its number of holidays in the year', async () => {
    const list = await slaJson<CalendarJson[]>(['holidays', '--list', '--json', '--year', '2026']);
    expect(list.find((c) => c.calendar === 'nl')).toEqual({ calendar: 'nl', name: 'Netherlands: national public holidays', country: 'NL', year: 2026, holidays: 9 });
  });

  it('lists the calendars of the Central European zone', async () => {
    const list = await slaJson<CalendarJson[]>(['holidays', '--list', '--json', '--year', '2026']);
    expect(list.map((c) => c.calendar)).toEqual(['at', 'be', 'ch', 'cz', 'de', 'dk', 'es', 'fr', 'hr', 'hu', 'it', 'lu', 'nl', 'no', 'pl', 'se', 'si', 'sk']);
  });

  it('counts the holidays of the current year by default', async () => {
    const list = await slaJson<CalendarJson[]>(['holidays', '--list', '--json', '--now', '2023-06-01T12:00:00Z']);
    // Denmark still had Great Prayer Day in 2023.
    expect(list.find((c) => c.calendar === 'dk')).toMatchObject({ year: 2023, holidays: 11 });
  });

  it('prints a line per calendar in text', async () => {
    const r = await sla(['holidays', '--list', '--year', '2026']);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['Shipped holiday calendars (holidays in 2026):', '  at  AT  Austria: national public holidays      13']);
  });
});

describe('sla holidays --check', () => {
  it('confirms a valid calendar and exits 0', async () => {
    const r = await sla(['holidays', '--check', ACME]);
    expect([r.code, r.stdout]).toEqual([0, `${ACME}: valid holiday calendar "Acme: company closures" (4 rules of its own, 11 from nl)\n`]);
  });

  it('exits 2 for a malformed calendar, naming its path', async () => {
    const r = await sla(['holidays', '--check', MALFORMED]);
    expect([r.code, r.stdout, r.stderr.split('\n')[0]]).toEqual([2, '', `sla: ${join(__dirname, 'fixtures', 'calendars', 'malformed.json')}: invalid holiday calendar (7 problems)`]);
  });

  it('lists each problem of a malformed calendar with its JSON path', async () => {
    expect((await sla(['holidays', '--check', MALFORMED])).stderr.split('\n').slice(1)).toEqual([
      '  country: must be a two-letter country code (ISO 3166-1 alpha-2), e.g. "NL"',
      '  holidays[0].date: "2026-06-31" must be a real date written YYYY-MM-DD',
      '  holidays[1].hours[0]: opening 13:00 must be before closing 09:00',
      '  days.2026-12-32: "2026-12-32" must be a real date written YYYY-MM-DD, or MM-DD for every year',
      '  days.12-31[0]: must be a pair ["HH:MM", "HH:MM"], e.g. ["09:00", "17:00"]',
      '  differences[0].kind: must be one of missing-here, extra-here',
      '  differences[0].reason: is required (a non-empty string)',
      '',
    ]);
  });

  it('exits 2 for a calendar file that does not exist', async () => {
    const r = await sla(['holidays', '--check', 'test/cli/fixtures/calendars/missing.json']);
    expect([r.code, r.stderr]).toEqual([2, 'sla: cannot read holiday calendar file "' + join(__dirname, 'fixtures', 'calendars', 'missing.json') + '": no such file\n']);
  });

  it('reports a malformed calendar given to --calendar the same way, with exit 2', async () => {
    const r = await sla(['holidays', '--calendar', MALFORMED]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('  days.12-31[0]: must be a pair')]);
  });
});

describe('sla holidays: bad input exits 2 and names the value and what is accepted', () => {
  it.each([
    [['--year', '26'], 'sla: invalid --year "26": give a year from 1583 to 9999, e.g. 2026\n'],
    [['--year', '1500'], 'sla: invalid --year "1500": give a year from 1583 to 9999, e.g. 2026\n'],
    [['--from', '2026-02-30', '--to', '2026-03-01'], 'sla: invalid --from "2026-02-30": give a real date written YYYY-MM-DD from 1583-01-01 to 9999-12-31, e.g. 2026-12-24, or "now"\n'],
    [['--from', '2026-01-01', '--to', 'tomorrow'], 'sla: invalid --to "tomorrow": give a real date written YYYY-MM-DD from 1583-01-01 to 9999-12-31, e.g. 2026-12-24, or "now"\n'],
    [['--from', '2026-12-31', '--to', '2026-01-01'], 'sla: --from 2026-12-31 is after --to 2026-01-01: give the first day first\n'],
    [['--from', '2026-01-01'], 'sla: --from needs --to: give both, or --year\n'],
    [['--to', '2026-01-01'], 'sla: --to needs --from: give both, or --year\n'],
    [['--year', '2026', '--from', '2026-01-01', '--to', '2026-02-01'], "sla: option '--year <yyyy>' cannot be used with option '--from <date>'\n"],
    [['--calendar', 'nl,,be'], expect.stringMatching(/^sla: invalid --calendar "nl,,be": give a comma list of shipped calendars \(at, be, .*\) or JSON paths, or "none"\n$/)],
    [['--calendar', 'atlantis'], expect.stringMatching(/^sla: unknown holiday calendar "atlantis": shipped calendars are at, be, .*sk; or give a path to a JSON file, or "none"\n$/)],
    [['--check', ACME, '--year', '2026'], "sla: option '--check <file>' cannot be used with option '--year <yyyy>'\n"],
    [['--list', '--calendar', 'nl'], "sla: option '--list' cannot be used with option '--calendar <list>'\n"],
    [['--now', 'yesterday'], expect.stringContaining('sla: invalid date-time "yesterday"')],
  ])('sla holidays %j', async (args, message) => {
    const r = await sla(['holidays', ...(args as string[])]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', message]);
  });
});
