import { sla, slaJson } from './run-in-process';

interface StatusJson {
  deadline: string | null;
  responded?: string;
  status: string;
  elapsed: number | null;
  remaining: number | null;
}

// Professional P1 (3 business hours), opened Mon 2 June 2025 14:00 CEST: due at 17:00.
const TICKET = ['--opened', '2025-06-02T14:00:00+02:00', '--priority', '1', '--plan', 'professional'];
const at = (now: string, ...args: string[]): Promise<StatusJson> => slaJson<StatusJson>(['deadline', '--json', ...TICKET, '--now', now, ...args]);

describe('sla deadline: status at --now', () => {
  it('is on track, with business minutes used and left', async () => {
    expect(await at('2025-06-02T15:40:00+02:00')).toMatchObject({ status: 'on-track', elapsed: 100, remaining: 80 });
  });

  it('is at risk with less than 25% of the target left', async () => {
    expect(await at('2025-06-02T16:30:00+02:00')).toMatchObject({ status: 'at-risk', elapsed: 150, remaining: 30 });
  });

  it('is breached once business time past the deadline has passed, with negative remaining minutes', async () => {
    expect(await at('2025-06-03T09:35:00+02:00')).toMatchObject({ status: 'breached', elapsed: 215, remaining: -35 });
  });

  it('is not yet breached after closing when the deadline was the closing time', async () => {
    expect(await at('2025-06-02T17:30:00+02:00')).toMatchObject({ status: 'at-risk', remaining: 0 });
  });

  it('is met by a response at 17:30 to a ticket due at 17:00, and prints the response', async () => {
    expect(await at('2025-06-04T12:00:00+02:00', '--responded', '2025-06-02T17:30:00+02:00')).toEqual(
      expect.objectContaining({ responded: '2025-06-02T17:30:00+02:00', status: 'met', elapsed: 180, remaining: 0 }),
    );
  });

  it('is missed by a response after business time past the deadline', async () => {
    expect(await at('2025-06-04T12:00:00+02:00', '--responded', '2025-06-03T09:35:00+02:00')).toMatchObject({ status: 'missed', elapsed: 215, remaining: -35 });
  });

  it('counts 24/7 targets in elapsed minutes', async () => {
    const r = await slaJson<StatusJson>(['deadline', '--json', '--opened', '2025-06-07T12:00:00+02:00', '--priority', '1', '--plan', 'advanced', '--now', '2025-06-07T13:30:00+02:00']);
    expect(r).toMatchObject({ status: 'breached', elapsed: 90, remaining: -30 });
  });

  it('is not covered, with null times, when the plan has no target', async () => {
    expect(await slaJson<StatusJson>(['deadline', '--json', ...TICKET.slice(0, 4), '--plan', 'basic', '--now', '2025-06-02T15:00:00+02:00'])).toMatchObject({
      status: 'not-covered',
      elapsed: null,
      remaining: null,
    });
  });

  it('takes the clock as --now by default: a ticket opened now is on track with nothing used', async () => {
    expect(await slaJson<StatusJson>(['deadline', '--json', '--plan', 'professional'])).toMatchObject({ status: 'on-track', elapsed: 0 });
  });

  it('gives every plan its status without --plan', async () => {
    const all = await slaJson<StatusJson[]>(['deadline', '--json', ...TICKET.slice(0, 4), '--now', '2025-06-02T15:30:00+02:00']);
    expect(all.map((r) => r.status)).toEqual(['not-covered', 'on-track', 'breached']);
  });
});

describe('sla deadline --warn', () => {
  it('takes a time: at risk with less than 30 minutes left', async () => {
    expect((await at('2025-06-02T16:25:00+02:00', '--warn', '30m')).status).toBe('on-track');
    expect((await at('2025-06-02T16:31:00+02:00', '--warn', '30m')).status).toBe('at-risk');
  });

  it('takes hours and a share', async () => {
    expect((await at('2025-06-02T16:01:00+02:00', '--warn', '1h')).status).toBe('at-risk');
    expect((await at('2025-06-02T15:31:00+02:00', '--warn', '50%')).status).toBe('at-risk');
  });

  it.each([['25'], ['101%'], ['soon'], ['-5m'], ['1d']])('rejects %s with exit 2 and the accepted forms', async (value) => {
    const r = await sla(['deadline', ...TICKET, '--warn', value]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/invalid --warn .*(25%.*30m|at most 100%)/);
  });
});

describe('sla deadline --fail-on', () => {
  it('exits 1 when the ticket has a listed status, after printing it', async () => {
    const r = await sla(['deadline', '--json', ...TICKET, '--now', '2025-06-03T09:35:00+02:00', '--fail-on', 'breached,at-risk']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).status).toBe('breached');
    expect(r.stderr).toBe('');
  });

  it('exits 0 when it has none of them', async () => {
    expect((await sla(['deadline', ...TICKET, '--now', '2025-06-02T15:00:00+02:00', '--fail-on', 'breached,at-risk'])).code).toBe(0);
  });

  it('looks at every plan without --plan', async () => {
    expect((await sla(['deadline', ...TICKET.slice(0, 4), '--now', '2025-06-02T15:30:00+02:00', '--fail-on', 'breached'])).code).toBe(1);
  });

  it('rejects an unknown status with exit 2', async () => {
    const r = await sla(['deadline', ...TICKET, '--fail-on', 'late']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid --fail-on "late": give a comma list of on-track, at-risk, breached, met, missed, not-covered/);
  });
});

describe('sla deadline --responded: bad values exit 2', () => {
  it('rejects a response before the opening', async () => {
    const r = await sla(['deadline', ...TICKET, '--responded', '2025-06-02T13:00:00+02:00']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/the response is before the opening/);
  });

  it('rejects a response that is not a date', async () => {
    expect((await sla(['deadline', ...TICKET, '--responded', 'later'])).stderr).toMatch(/invalid date-time "later"/);
  });
});

describe('sla deadline: the status in text', () => {
  const text = async (now: string, ...args: string[]): Promise<string> => (await sla(['deadline', ...TICKET, '--now', now, ...args])).stdout.split('\n')[2]!.trim();

  it('says how long is left, in business time', async () => {
    expect(await text('2025-06-02T15:40:00+02:00')).toBe('on track: due in 1 h 20 min of business time, at 17:00, 1 h 20 min from now');
  });

  it('says how long it is overdue', async () => {
    expect(await text('2025-06-03T09:35:00+02:00')).toBe('breached: overdue by 35 min (business time)');
  });

  it('says how long a met response took and how much was left', async () => {
    expect(await text('2025-06-04T12:00:00+02:00', '--responded', '2025-06-02T16:40:00+02:00')).toBe('met: responded after 2 h 40 min (business time), 20 min to spare');
  });

  it('says how late a missed response was', async () => {
    expect(await text('2025-06-04T12:00:00+02:00', '--responded', '2025-06-03T09:35:00+02:00')).toBe('missed: responded 35 min late (business time)');
  });

  it('names the response in the header', async () => {
    const r = await sla(['deadline', ...TICKET, '--now', '2025-06-04T12:00:00+02:00', '--responded', '2025-06-02T16:40:00+02:00']);
    expect(r.stdout.split('\n')[0]).toBe('P1 Business Critical, opened Mon 2 Jun 2025 14:00 +02:00, responded Mon 2 Jun 2025 16:40 +02:00 (Europe/Amsterdam)');
  });

  it.each([
    ['2025-06-02T15:00:00+02:00', '\x1b[32mon track\x1b[39m'],
    ['2025-06-02T16:30:00+02:00', '\x1b[33mat risk\x1b[39m'],
    ['2025-06-03T10:00:00+02:00', '\x1b[31mbreached\x1b[39m'],
  ])('colours the status at %s on a terminal: green, yellow, red', async (now, coloured) => {
    expect((await sla(['deadline', ...TICKET, '--now', now], { env: { FORCE_COLOR: '1' } })).stdout).toContain(coloured);
  });
});
