import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT, sla } from './run-in-process';

const P = relative(ROOT, join(__dirname, 'fixtures', 'policies'));
const file = (name: string): string => `${P}/${name}`;

describe('sla policy diff: exit codes', () => {
  it('exits 0 and says so when nothing changed', async () => {
    const r = await sla(['policy', 'diff', file('default.json'), file('default.json')]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, `No changes from ${P}/default.json to ${P}/default.json.\n`, '']);
  });

  it('exits 0 for the built-in policy against its copy', async () => {
    expect((await sla(['policy', 'diff', 'src/policy/default-policy.json', file('default.json')])).code).toBe(0);
  });

  it('exits 1 and lists every change in plain words when something changed', async () => {
    const r = await sla(['policy', 'diff', file('default.json'), file('changed.json')]);
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

  it('says which way a cell went the other way round', async () => {
    const r = await sla(['policy', 'diff', file('changed.json'), file('default.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  Plan removed: Enterprise (enterprise)\n');
    expect(r.stdout).toContain('  P1 Business Critical on Professional: faster, was within 8 business hours, now within 3 business hours\n');
    expect(r.stdout).toContain('  Holiday calendars: removed ./company-closures.json (was nl, ./company-closures.json, now nl)\n');
  });

  it.each([
    [['missing.json', 'x'], /cannot read policy file "missing.json": no such file/],
    [['__F__/default.json', '__F__/no-hours.json'], /no-hours.json: invalid policy/],
    [['__F__/default.json'], /missing required argument 'new'/],
  ])('exits 2 on bad input: %j', async (args, message) => {
    const r = await sla(['policy', 'diff', ...args.map((a) => a.replace('__F__', P))]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(message);
  });
});

describe('sla policy diff --json', () => {
  it('prints the changes as JSON and still exits 1', async () => {
    const r = await sla(['policy', 'diff', '--json', file('default.json'), file('changed.json')]);
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

  it('prints changed: false and exits 0 when nothing changed', async () => {
    const r = await sla(['policy', 'diff', '--json', file('default.json'), file('default.json')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ old: `${P}/default.json`, new: `${P}/default.json`, changed: false, changes: [] });
  });
});

describe('sla policy diff: names, aliases, priorities and wording', () => {
  const TMP = mkdtempSync(join(tmpdir(), 'sla-policy-diff-'));
  const RENAMED = join(TMP, 'renamed.json');
  afterAll(() => rmSync(TMP, { recursive: true, force: true }));

  beforeAll(() => {
    const policy = JSON.parse(readFileSync(file('default.json'), 'utf8'));
    policy.name = 'Support response times';
    policy.notCovered = 'previews have no guaranteed response time';
    policy.priorities[0].aliases = ['critical', 'urgent'];
    policy.priorities[1].name = 'Degraded';
    policy.priorities.push({ id: 4, name: 'Question', aliases: ['question'] });
    policy.defaultPriority = 4;
    policy.plans[1].aliases = ['pro'];
    policy.plans[2].name = 'Advanced Plus';
    policy.targets.basic['4'] = null;
    policy.targets.professional['4'] = { minutes: 600, clock: 'business' };
    policy.targets.advanced['4'] = { minutes: 480, clock: 'business' };
    writeFileSync(RENAMED, JSON.stringify(policy));
  });

  it('words each change of name, aliases, priority list, default priority and beta sentence', async () => {
    const r = await sla(['policy', 'diff', file('default.json'), RENAMED]);
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect(r.stdout).toBe(
      [
        `8 changes from ${P}/default.json to ${RENAMED}:`,
        '  Policy name: was "Guaranteed response times for support", now "Support response times"',
        '  Aliases of priority 1: was critical, business-critical, p1, now critical, urgent',
        '  Priority 2 renamed: was "Degraded Service", now "Degraded"',
        '  Priority added: P4 Question',
        '  Default priority: was 3, now 4',
        '  Aliases of plan professional: was profesional, pro, now pro',
        '  Plan advanced renamed: was "Advanced", now "Advanced Plus"',
        '  Not covered: was "questions about developer previews and beta products have no guaranteed response time", now "previews have no guaranteed response time"',
        '',
      ].join('\n'),
    );
  });

  it('names a priority that is gone the other way round', async () => {
    const r = await sla(['policy', 'diff', RENAMED, file('default.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  Priority removed: P4 Question\n');
  });

  it('colours a slower target as a warning and a faster one as good news when colour is on', async () => {
    const r = await sla(['policy', 'diff', file('default.json'), file('changed.json')], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toContain('P1 Business Critical on Professional: \x1b[33mslower\x1b[39m, was within 3 business hours');
    expect(r.stdout).toContain('P2 Degraded Service on Advanced: \x1b[32mfaster\x1b[39m, was within 3 business hours');
  });
});
