import { join, relative } from 'node:path';
import { ROOT, sla } from './run-sla';

const P = relative(ROOT, join(__dirname, 'fixtures', 'policies'));
const file = (name: string): string => `${P}/${name}`;

describe('sla policy diff: exit codes', () => {
  it('exits 0 and says so when nothing changed', () => {
    const r = sla(['policy', 'diff', file('default.json'), file('default.json')]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, `No changes from ${P}/default.json to ${P}/default.json.\n`, '']);
  });

  it('exits 0 for the built-in policy against its copy', () => {
    expect(sla(['policy', 'diff', 'src/policy/default-policy.json', file('default.json')]).code).toBe(0);
  });

  it('exits 1 and lists every change in plain words when something changed', () => {
    const r = sla(['policy', 'diff', file('default.json'), file('changed.json')]);
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect(r.stdout).toBe(
      [
        `6 changes from ${P}/default.json to ${P}/changed.json:`,
        '  Time zone: was Europe/Amsterdam, now Europe/Brussels',
        '  Friday hours: was 09:00-17:00, now 09:00-15:00',
        '  Holiday calendars: added ./company-closures.json (was nl, now nl, ./company-closures.json)',
        '  Plan added: Enterprise (enterprise)',
        '  P1 Business Critical on Professional: slower, was within 3 business hours, now within 8 business hours',
        '  P2 Degraded Service on Advanced: faster, was within 3 business hours, now within 2 hours (24/7)',
        '',
      ].join('\n'),
    );
  });

  it('says which way a cell went the other way round', () => {
    const r = sla(['policy', 'diff', file('changed.json'), file('default.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  Plan removed: Enterprise (enterprise)\n');
    expect(r.stdout).toContain('  P1 Business Critical on Professional: faster, was within 8 business hours, now within 3 business hours\n');
    expect(r.stdout).toContain('  Holiday calendars: removed ./company-closures.json (was nl, ./company-closures.json, now nl)\n');
  });

  it.each([
    [['missing.json', 'x'], /cannot read policy file "missing.json": no such file/],
    [['__F__/default.json', '__F__/no-hours.json'], /no-hours.json: invalid policy/],
    [['__F__/default.json'], /missing required argument 'new'/],
  ])('exits 2 on bad input: %j', (args, message) => {
    const r = sla(['policy', 'diff', ...args.map((a) => a.replace('__F__', P))]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(message);
  });
});

describe('sla policy diff --json', () => {
  it('prints the changes as JSON and still exits 1', () => {
    const r = sla(['policy', 'diff', '--json', file('default.json'), file('changed.json')]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      old: `${P}/default.json`,
      new: `${P}/changed.json`,
      changed: true,
      changes: [
        { kind: 'timezone', before: 'Europe/Amsterdam', after: 'Europe/Brussels' },
        { kind: 'hours', weekday: 'friday', before: [['09:00', '17:00']], after: [['09:00', '15:00']] },
        { kind: 'holidays', before: ['nl'], after: ['nl', './company-closures.json'], added: ['./company-closures.json'], removed: [] },
        { kind: 'plan-added', plan: 'enterprise', name: 'Enterprise' },
        { kind: 'target', priority: 1, plan: 'professional', before: { minutes: 180, clock: 'business' }, after: { minutes: 480, clock: 'business' }, change: 'slower' },
        { kind: 'target', priority: 2, plan: 'advanced', before: { minutes: 180, clock: 'business' }, after: { minutes: 120, clock: 'calendar' }, change: 'faster' },
      ],
    });
  });

  it('prints changed: false and exits 0 when nothing changed', () => {
    const r = sla(['policy', 'diff', '--json', file('default.json'), file('default.json')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ old: `${P}/default.json`, new: `${P}/default.json`, changed: false, changes: [] });
  });
});
