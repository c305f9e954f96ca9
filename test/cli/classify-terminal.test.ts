import { slaAtClock } from './run-at-clock';

// `sla classify` at a terminal: what a person typing the command sees when it would read standard input.
const CLOCK = Date.parse('2025-06-02T10:00:00+02:00');
const HINT = 'reading the ticket from the terminal; end with Ctrl-D\n';

describe('sla classify at a terminal', () => {
  it('prints its usage and exits 2 with no text at all, reading nothing', async () => {
    const r = await slaAtClock(CLOCK, ['classify'], { stdinIsTTY: true, input: 'Calls drop' });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^sla: no ticket text to classify: .*\n {2}usage: sla classify \[options\] \[text\.\.\.\]\n$/);
  });

  it('says with "-" that it reads the ticket from the terminal, on one line of stderr, then classifies what was typed', async () => {
    const r = await slaAtClock(CLOCK, ['classify', '-', '--json'], { stdinIsTTY: true, input: 'Calls drop for every agent since 9:00, no workaround' });
    expect([r.code, r.stderr]).toEqual([0, HINT]);
    expect(JSON.parse(r.stdout)).toMatchObject({ priority: expect.any(Number) });
  });

  it('prints no hint when the ticket is piped in, or given as words', async () => {
    const piped = await slaAtClock(CLOCK, ['classify', '-'], { stdinIsTTY: false, input: 'Calls drop' });
    const words = await slaAtClock(CLOCK, ['classify', 'Calls', 'drop'], { stdinIsTTY: true });
    expect([piped.code, piped.stderr, words.code, words.stderr]).toEqual([0, '', 0, '']);
  });
});
