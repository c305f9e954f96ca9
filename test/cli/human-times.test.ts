import { formatDuration } from '../../src/cli/render/shared/format-duration';
import { formatLocal, formatLocalWhen } from '../../src/cli/render/shared/format-time';
import { slaAtClock } from './run-at-clock';

/** A clock with seconds and milliseconds: Mon 2 Jun 2025 10:26:19.397 in Amsterdam. */
const CLOCK = Date.parse('2025-06-02T10:26:19.397+02:00');
const P1 = ['deadline', '--priority', '1', '--plan', 'professional'];

const lines = async (args: string[], clock = CLOCK): Promise<string[]> => {
  const r = await slaAtClock(clock, args);
  expect([r.code, r.stderr]).toEqual([0, '']);
  return r.stdout.split('\n');
};

describe('times in text', () => {
  it('show the seconds of --opened now but not its milliseconds', async () => {
    const [header, deadline] = await lines([...P1, '--opened', 'now']);
    expect(header).toBe('P1 Business Critical, opened Mon 2 Jun 2025 10:26:19 +02:00 (Europe/Amsterdam)');
    expect(deadline).toMatch(/due Mon 2 Jun 2025 13:26:19 \+02:00 /);
  });

  it('leave out seconds that are zero once the milliseconds are dropped', async () => {
    const [header] = await lines([...P1, '--opened', 'now'], Date.parse('2025-06-02T10:26:00.397+02:00'));
    expect(header).toBe('P1 Business Critical, opened Mon 2 Jun 2025 10:26 +02:00 (Europe/Amsterdam)');
  });

  it('show milliseconds with --precise', async () => {
    const [header, deadline, status] = await lines([...P1, '--opened', 'now', '--precise']);
    expect(header).toBe('P1 Business Critical, opened Mon 2 Jun 2025 10:26:19.397 +02:00 (Europe/Amsterdam)');
    expect(deadline).toMatch(/due Mon 2 Jun 2025 13:26:19.397 \+02:00 /);
    expect(status!.trim()).toBe('on track: due in 3 h of business time, at 13:26:19.397, 3 h from now');
  });

  it('are kept whole in JSON, with or without --precise', async () => {
    const r = await slaAtClock(CLOCK, [...P1, '--opened', 'now', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ opened: '2025-06-02T10:26:19.397+02:00', deadline: '2025-06-02T13:26:19.397+02:00' });
  });

  it('drop milliseconds in sla classify and sla report text too, unless --precise', async () => {
    const classify = ['classify', 'calls', 'drop', '--plan', 'professional'];
    expect((await lines(classify)).find((l) => l.includes('due'))).toMatch(/due Mon 2 Jun 2025 16:26:19 \+02:00 /);
    expect((await lines([...classify, '--precise'])).find((l) => l.includes('due'))).toMatch(/due Mon 2 Jun 2025 16:26:19.397 \+02:00 /);
    const input = 'id,opened,priority,plan\nA,2025-06-02T10:00,1,professional\n';
    const report = async (...flags: string[]): Promise<string> => (await slaAtClock(CLOCK, ['report', '-', ...flags], { input })).stdout.split('\n')[1]!;
    expect(await report()).toBe('Status at Mon 2 Jun 2025 10:26:19 +02:00 (Europe/Amsterdam)');
    expect(await report('--precise')).toBe('Status at Mon 2 Jun 2025 10:26:19.397 +02:00 (Europe/Amsterdam)');
  });
});

describe('sla deadline wording', () => {
  it('says the span from opening to deadline is real time, apart from the JSON elapsed', async () => {
    const [, deadline] = await lines(['deadline', '-p', '2', '-P', 'professional', '--opened', '2025-06-06T16:00']);
    expect(deadline).toBe('  Professional  due Tue 10 Jun 2025 14:00 +02:00  within 6 business hours, 3 d 22 h of real time from opening to deadline');
    expect(deadline).not.toMatch(/elapsed/);
  });

  it('counts down in business time, then says when in wall-clock time and how long from now in real time', async () => {
    const [, , status] = await lines([...P1, '--opened', '2025-06-02T16:00', '--now', '2025-06-02T16:00']);
    expect(status!.trim()).toBe('on track: due in 3 h of business time, at Tue 3 Jun 11:00, 19 h from now');
  });

  it('says "ago" for a deadline passed by a ticket not yet breached (no business time since)', async () => {
    const [, , status] = await lines([...P1, '--opened', '2025-06-02T14:00', '--now', '2025-06-02T17:30']);
    expect(status!.trim()).toBe('at risk: due in 0 min of business time, at 17:00, 30 min ago');
  });

  it('gives a 24/7 target its wall-clock time only: its time left is real time already', async () => {
    const [, , status] = await lines(['deadline', '--priority', '1', '--plan', 'advanced', '--opened', '2025-06-02T10:00', '--now', '2025-06-02T10:20']);
    expect(status!.trim()).toBe('on track: due in 40 min, at 11:00');
  });
});

describe('formatDuration', () => {
  it('drops the fraction of a second unless precise, never rounding up', () => {
    expect(formatDuration(61_999)).toBe('1 min 1 s');
    expect(formatDuration(61_397, { precise: true })).toBe('1 min 1.397 s');
    expect(formatDuration(999)).toBe('0 min');
  });
});

describe('formatLocalWhen', () => {
  const at = (iso: string): number => Date.parse(iso);
  it('writes the time alone on the same day, the day too on another, the year too in another year', () => {
    expect(formatLocalWhen(at('2025-06-02T15:00:00+02:00'), at('2025-06-02T09:00:00+02:00'), 'Europe/Amsterdam')).toBe('15:00');
    expect(formatLocalWhen(at('2025-06-03T11:00:00+02:00'), at('2025-06-02T16:00:00+02:00'), 'Europe/Amsterdam')).toBe('Tue 3 Jun 11:00');
    expect(formatLocalWhen(at('2026-01-02T11:00:00+01:00'), at('2025-12-31T16:00:00+01:00'), 'Europe/Amsterdam')).toBe('Fri 2 Jan 2026 11:00');
  });

  it('shows milliseconds only when precise, as formatLocal does', () => {
    const ms = at('2025-06-02T10:26:19.397+02:00');
    expect(formatLocalWhen(ms, ms, 'Europe/Amsterdam')).toBe('10:26:19');
    expect(formatLocal(ms, 'Europe/Amsterdam', { precise: true })).toBe('Mon 2 Jun 2025 10:26:19.397 +02:00');
  });
});
