import { join } from 'node:path';
import { sla, slaJson } from './run-in-process';

interface DeadlineJson {
  opened: string;
  priority: number;
  priorityName: string;
  plan: string;
  covered: boolean;
  target: { minutes: number; clock: string } | null;
  deadline: string | null;
  reason: string | null;
  timezone: string;
  segments?: Array<Record<string, unknown>>;
}

const FIXTURES = join(__dirname, 'fixtures');
const deadline = (...args: string[]): Promise<DeadlineJson> => slaJson<DeadlineJson>(['deadline', '--json', ...args]);

describe('sla deadline: the published examples', () => {
  it.each([
    ['2025-06-02T10:00:00+02:00', '1', 'professional', '2025-06-02T13:00:00+02:00'],
    ['2025-06-02T15:30:00+02:00', '2', 'professional', '2025-06-03T13:30:00+02:00'],
    ['2025-06-02T14:00:00+02:00', '1', 'professional', '2025-06-02T17:00:00+02:00'],
    ['2025-06-06T16:00:00+02:00', '3', 'advanced', '2025-06-10T14:00:00+02:00'],
    ['2025-06-07T12:00:00+02:00', '2', 'advanced', '2025-06-10T12:00:00+02:00'],
    ['2025-06-02T08:30:00Z', '1', 'professional', '2025-06-02T13:30:00+02:00'],
    ['2025-06-08T23:30:00+02:00', '1', 'advanced', '2025-06-09T00:30:00+02:00'],
    ['2025-03-30T01:30:00+01:00', '1', 'advanced', '2025-03-30T03:30:00+02:00'],
    ['2025-03-30T02:30:00', '1', 'advanced', '2025-03-30T04:30:00+02:00'],
    ['2025-10-26T02:30:00', '1', 'advanced', '2025-10-26T02:30:00+01:00'],
    ['2025-12-24T16:00:00+01:00', '2', 'professional', '2025-12-29T14:00:00+01:00'],
    ['2025-04-17T15:00:00+02:00', '3', 'professional', '2025-04-18T16:00:00+02:00'],
    ['2025-06-02T10:00:20.5+02:00', '2', 'advanced', '2025-06-02T13:00:20.500+02:00'],
  ])('opened %s, P%s on %s is due %s', async (opened, priority, plan, due) => {
    const result = await deadline('--opened', opened, '--priority', priority, '--plan', plan);
    expect(result.deadline).toBe(due);
    expect(result.covered).toBe(true);
  });

  it('gives Basic no guaranteed response, with the reason, and exits 0', async () => {
    const r = await sla(['deadline', '--json', '--opened', '2025-06-02T10:00:00+02:00', '--priority', '1', '--plan', 'basic', '--now', '2025-06-02T11:00:00+02:00']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      opened: '2025-06-02T10:00:00+02:00',
      priority: 1,
      priorityName: 'Business Critical',
      plan: 'basic',
      covered: false,
      target: null,
      deadline: null,
      reason: 'the Basic plan has no guaranteed response time for priority 1',
      timezone: 'Europe/Amsterdam',
      status: 'not-covered',
      elapsed: null,
      remaining: null,
    });
  });
});

describe('sla deadline: options', () => {
  it('prints every plan, in policy order, without --plan', async () => {
    const all = await slaJson<DeadlineJson[]>(['deadline', '--json', '--opened', '2025-06-02T10:00:00+02:00', '--priority', '1']);
    expect(all.map((r) => [r.plan, r.deadline])).toEqual([
      ['basic', null],
      ['professional', '2025-06-02T13:00:00+02:00'],
      ['advanced', '2025-06-02T11:00:00+02:00'],
    ]);
  });

  it('uses the policy default priority 3 when none is given', async () => {
    const r = await deadline('--opened', '2025-06-02T10:00:00+02:00', '--plan', 'professional');
    expect([r.priority, r.priorityName, r.deadline]).toEqual([3, 'General Issue', '2025-06-03T11:00:00+02:00']);
  });

  it.each(['critical', 'Business Critical', 'P1'])('accepts the priority word %s', async (word) => {
    expect((await deadline('--opened', '2025-06-02T10:00:00+02:00', '--priority', word, '--plan', 'professional')).priority).toBe(1);
  });

  it.each(['Profesional', 'PROFESSIONAL'])('accepts the plan spelling %s', async (spelling) => {
    expect((await deadline('--opened', '2025-06-02T10:00:00+02:00', '--priority', '1', '--plan', spelling)).plan).toBe('professional');
  });

  it('marks a beta product as not covered with the policy reason', async () => {
    const r = await deadline('--opened', '2025-06-02T10:00:00+02:00', '--priority', '1', '--plan', 'advanced', '--beta');
    expect([r.covered, r.deadline]).toEqual([false, null]);
    expect(r.reason).toMatch(/beta/);
  });

  it('prints the same instant in another zone with --tz', async () => {
    const r = await deadline('--opened', '2025-06-02T10:00:00+02:00', '--priority', '1', '--plan', 'professional', '--tz', 'America/New_York');
    expect(r.deadline).toBe('2025-06-02T07:00:00-04:00');
    expect(r.timezone).toBe('America/New_York');
    expect(Date.parse(r.deadline!)).toBe(Date.parse('2025-06-02T13:00:00+02:00'));
  });

  it('opens the ticket at --now when --opened is left out', async () => {
    const r = await deadline('--now', '2025-06-02T15:30:00+02:00', '--priority', '2', '--plan', 'professional');
    expect([r.opened, r.deadline]).toEqual(['2025-06-02T15:30:00+02:00', '2025-06-03T13:30:00+02:00']);
  });

  it('drops the holidays with --holidays none (Whit Monday becomes a working day)', async () => {
    const r = await deadline('--opened', '2025-06-06T16:00:00+02:00', '--priority', '3', '--plan', 'advanced', '--holidays', 'none');
    expect(r.deadline).toBe('2025-06-09T14:00:00+02:00');
  });

  it('explains a deadline with the windows counted and the days skipped', async () => {
    const r = await deadline('--opened', '2025-06-06T16:00:00+02:00', '--priority', '3', '--plan', 'advanced', '--explain');
    expect(r.segments).toEqual([
      { type: 'counted', date: '2025-06-06', from: '2025-06-06T16:00:00+02:00', to: '2025-06-06T17:00:00+02:00', minutes: 60, holiday: null },
      { type: 'skipped', date: '2025-06-07', reason: 'weekend', holiday: null },
      { type: 'skipped', date: '2025-06-08', reason: 'holiday', holiday: 'Whit Sunday' },
      { type: 'skipped', date: '2025-06-09', reason: 'holiday', holiday: 'Whit Monday' },
      { type: 'counted', date: '2025-06-10', from: '2025-06-10T09:00:00+02:00', to: '2025-06-10T14:00:00+02:00', minutes: 300, holiday: null },
    ]);
  });

  it('explains a 24/7 target as one elapsed segment', async () => {
    const r = await deadline('--opened', '2025-03-30T01:30:00+01:00', '--priority', '1', '--plan', 'advanced', '--explain');
    expect(r.segments).toEqual([{ type: 'elapsed', from: '2025-03-30T01:30:00+01:00', to: '2025-03-30T03:30:00+02:00', minutes: 60 }]);
  });
});

describe('sla deadline: a policy file', () => {
  const policy = join(FIXTURES, 'lunch-policy.json');

  it('skips a lunch break and a company closure day read relative to the policy file', async () => {
    // Tue 3 June 2025 15:00 EDT + 8 business hours: 2 h Tuesday, Wednesday closed, 4 + 2 h Thursday.
    const r = await deadline('--policy', policy, '--opened', '2025-06-03T15:00:00-04:00', '--plan', 'standard');
    expect(r.deadline).toBe('2025-06-05T15:00:00-04:00');
  });

  it('closes at the partial day\'s closing time and shows it in the explanation', async () => {
    // Christmas Eve closes at 12:00: one hour counts that day, the other the next morning.
    const r = await deadline('--policy', policy, '--opened', '2025-12-24T11:00:00-05:00', '--priority', '1', '--plan', 'standard', '--explain');
    expect(r.deadline).toBe('2025-12-25T09:00:00-05:00');
    expect(r.segments?.[0]).toEqual({
      type: 'counted',
      date: '2025-12-24',
      from: '2025-12-24T11:00:00-05:00',
      to: '2025-12-24T12:00:00-05:00',
      minutes: 60,
      holiday: 'Christmas Eve',
    });
  });

  it('reads --holidays paths relative to the working directory', async () => {
    const r = await deadline('--opened', '2025-06-03T16:00:00+02:00', '--priority', '1', '--plan', 'professional', '--holidays', 'nl,test/cli/fixtures/closures.json');
    // Wednesday 4 June is closed by the company calendar.
    expect(r.deadline).toBe('2025-06-05T11:00:00+02:00');
  });
});

describe('sla deadline: text output', () => {
  const args = ['deadline', '--opened', '2025-06-02T10:00:00+02:00', '--priority', '1', '--now', '2025-06-02T11:40:00+02:00'];

  it('prints one line per plan with the local deadline and the time it takes', async () => {
    const r = await sla(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'P1 Business Critical, opened Mon 2 Jun 2025 10:00 +02:00 (Europe/Amsterdam)',
        '  Basic         not covered: the Basic plan has no guaranteed response time for priority 1',
        '  Professional  due Mon 2 Jun 2025 13:00 +02:00  within 3 business hours, 3 h of real time from opening to deadline',
        '                on track: due in 1 h 20 min of business time, at 13:00, 1 h 20 min from now',
        '  Advanced      due Mon 2 Jun 2025 11:00 +02:00  within 1 hour (24/7), 1 h of it in business hours',
        '                breached: overdue by 40 min',
        '',
      ].join('\n'),
    );
  });

  it('has no colour codes when stdout is not a terminal', async () => {
    expect((await sla(args)).stdout).not.toMatch(/\x1b\[/);
  });

  it('colours when FORCE_COLOR asks for it', async () => {
    expect((await sla(args, { env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\x1b\[/);
  });

  it('never colours under NO_COLOR, even with FORCE_COLOR', async () => {
    expect((await sla(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(/\x1b\[/);
  });
});

describe('sla deadline: bad input exits 2 with one message on stderr and nothing on stdout', () => {
  it.each([
    [['--priority', '4'], /unknown priority "4": accepted are 1\|critical/],
    [['--priority', 'urgent'], /unknown priority "urgent"/],
    [['--plan', 'gold'], /unknown plan "gold": accepted are basic, professional, advanced/],
    [['--opened', 'yesterday'], /invalid date-time "yesterday".*ISO 8601/],
    [['--opened', '2025-13-01T10:00'], /invalid date-time "2025-13-01T10:00" \(month 13 does not exist\)/],
    [['--opened', '2025-02-30T10:00'], /invalid date-time "2025-02-30T10:00" \(2025-02 has no day 30\)/],
    [['--tz', 'Mars/Base'], /unknown time zone "Mars\/Base": use an IANA zone name/],
    [['--policy', 'missing.json'], /cannot read policy file "missing.json": no such file/],
    [['--policy', 'package-lock.json'], /package-lock.json: invalid policy/],
    [['--policy', 'jest.config.js'], /jest.config.js: not valid JSON/],
    [['--holidays', 'atlantis'], /unknown holiday calendar "atlantis": shipped calendars are .*nl/],
    [['--frobnicate'], /unknown option '--frobnicate'/],
  ])('%j', async (args, message) => {
    const r = await sla(['deadline', '--plan', 'professional', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('lists every problem of an invalid policy with its JSON path', async () => {
    const r = await sla(['deadline', '--policy', join(FIXTURES, 'invalid-policy.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('targets.professional.2: minutes must be a positive integer');
  });

  it('reports a malformed holiday calendar with its path and the JSON path of the problem', async () => {
    const r = await sla(['deadline', '--holidays', 'test/cli/fixtures/invalid-policy.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid-policy.json: invalid holiday calendar/);
    expect(r.stderr).toContain('holidays: is required');
  });
});

describe('sla: the program', () => {
  it('prints its version', async () => {
    const r = await sla(['--version']);
    expect([r.code, r.stdout.trim()]).toEqual([0, require('../../package.json').version]);
  });

  it('prints help for deadline and exits 0', async () => {
    const r = await sla(['deadline', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--opened <iso>');
  });

  it('exits 2 on an unknown command', async () => {
    const r = await sla(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
  });
});
