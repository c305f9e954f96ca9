import { slaAtClock, type ClockRunOptions } from './run-at-clock';

/** The clock of these runs: Mon 2 Jun 2025 11:40:20.397 in Amsterdam, with seconds and milliseconds to show or hide. */
const CLOCK = Date.parse('2025-06-02T11:40:20.397+02:00');

const slaAt = (args: string[], opts: ClockRunOptions = {}): ReturnType<typeof slaAtClock> => slaAtClock(CLOCK, args, opts);

const json = async (args: string[]): Promise<Record<string, unknown>> => {
  const r = await slaAt([...args, '--json']);
  expect([r.code, r.stderr]).toEqual([0, '']);
  return JSON.parse(r.stdout) as Record<string, unknown>;
};

const TICKET = ['deadline', '--priority', '1', '--plan', 'professional'];

describe('"now" as a value', () => {
  it('--now now is the clock, as leaving --now out is', async () => {
    expect(await json([...TICKET, '--opened', '2025-06-02T10:00', '--now', 'now'])).toEqual(await json([...TICKET, '--opened', '2025-06-02T10:00']));
    expect((await json([...TICKET, '--opened', '2025-06-02T10:00', '--now', ' NOW '])).elapsed).toBeCloseTo((CLOCK - Date.parse('2025-06-02T10:00:00+02:00')) / 60_000, 6);
  });

  it('--opened now is --now, and keeps its milliseconds in JSON', async () => {
    expect((await json([...TICKET, '--opened', 'now', '--now', '2025-06-02T12:00'])).opened).toBe('2025-06-02T12:00:00+02:00');
    expect((await json([...TICKET, '--opened', 'now'])).opened).toBe('2025-06-02T11:40:20.397+02:00');
  });

  it('--responded now is the moment of the status: the response counts', async () => {
    const r = await json([...TICKET, '--opened', '2025-06-02T10:00', '--responded', 'now']);
    expect(r.responded).toBe('2025-06-02T11:40:20.397+02:00');
    expect(r.status).toBe('met');
  });

  it('--now now works on sla classify, sla holidays and sla report too', async () => {
    expect(((await json(['classify', 'calls', 'drop', '--plan', 'professional', '--now', 'now'])).deadline as { opened: string }).opened).toBe(
      '2025-06-02T11:40:20.397+02:00',
    );
    const days = (await json(['holidays', '--now', 'now'])) as unknown as { date: string }[];
    expect(days.every((d) => d.date.startsWith('2025-'))).toBe(true);
    const report = await slaAt(['report', '-', '--now', 'now', '--json'], { input: 'id,opened,priority,plan\nA,2025-06-02T10:00,1,professional\n' });
    expect(JSON.parse(report.stdout).now).toBe('2025-06-02T11:40:20.397+02:00');
  });

  it('--requested takes P1, a name or a number, as --priority does', async () => {
    const filed = async (value: string): Promise<unknown> => (await json(['classify', 'calls', 'drop', '--requested', value])).requested;
    expect([await filed('P1'), await filed('critical'), await filed('1')]).toEqual([1, 1, 1]);
  });
});

describe('sla classify with no ticket text', () => {
  it('prints its usage and exits 2 when standard input is a terminal, instead of judging nothing', async () => {
    const r = await slaAt(['classify', '--requested', '1'], { stdinIsTTY: true });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      'sla: no ticket text to classify: give the subject and body (sla classify "Calls drop" "Since 9:00 ..."), "-" to read standard input, or --impact\n' +
        '  usage: sla classify [options] [text...]\n',
    );
  });

  it('says the same as JSON with --json', async () => {
    const r = await slaAt(['classify', '--json'], { stdinIsTTY: true });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr)).toEqual({ error: { code: 'USAGE', message: expect.stringMatching(/^no ticket text to classify/), details: ['usage: sla classify [options] [text...]'] } });
  });

  it('classifies the facts of the flags alone, with --impact', async () => {
    expect((await slaAt(['classify', '--impact', 'outage', '--workaround', 'no'], { stdinIsTTY: true })).stdout).toMatch(/^P1 Business Critical/);
  });

  it('is unchanged in a pipe or a script, where nothing waits for a person', async () => {
    const r = await slaAt(['classify'], { stdinIsTTY: false });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/impact not stated/);
  });
});
