import { join } from 'node:path';
import { sla, slaJson } from '../run-in-process';

// The hand-checked fixture of test/cli/report.test.ts: twelve tickets, B3 the only one opened after 11:00 on 10 June.
const FIXTURE = join(__dirname, '..', 'fixtures', 'report-tickets.csv');
const NOW = '2025-06-10T11:00:00+02:00';

interface RangeJson {
  from: string | null;
  to: string | null;
  now: string;
  outsideRange: number;
  total: { tickets: number };
}

const report = (...args: string[]): Promise<RangeJson> => slaJson<RangeJson>(['report', FIXTURE, '--now', NOW, '--json', ...args]);

describe('sla report --from/--to now', () => {
  it('--from now keeps the tickets opened at or after --now', async () => {
    const r = await report('--from', 'now');
    expect([r.from, r.to, r.total.tickets, r.outsideRange]).toEqual([NOW, null, 1, 11]);
  });

  it('--to now keeps those opened before it (E1, of 30 May, is before --from), the word in any case', async () => {
    const r = await report('--from', '2025-06-01', '--to', ' NOW ');
    expect([r.from, r.to, r.total.tickets, r.outsideRange]).toEqual(['2025-06-01T00:00:00+02:00', NOW, 10, 2]);
  });

  it('reads now as the clock without --now, like --now now', async () => {
    const before = Date.now();
    const r = await slaJson<RangeJson>(['report', FIXTURE, '--json', '--to', 'now']);
    expect([r.to === r.now, Date.parse(r.now) >= before - 1000, r.total.tickets]).toEqual([true, true, 12]);
  });

  it('refuses --from now --to now: the range holds no time (exit 2)', async () => {
    const r = await sla(['report', FIXTURE, '--now', NOW, '--from', 'now', '--to', 'now']);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'sla: --to "now" is not after --from "now": the range holds no time\n']);
  });
});
