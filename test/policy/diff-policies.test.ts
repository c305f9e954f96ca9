import defaultDocument from '../../src/policy/default-policy.json';
import { diffPolicies, type PolicyChange } from '../../src/policy/diff-policies';
import { parsePolicy } from '../../src/policy/parse-policy';

type Doc = Record<string, any>;

const base = (): Doc => JSON.parse(JSON.stringify(defaultDocument));
const policy = (edit: (doc: Doc) => void = () => {}) => {
  const doc = base();
  edit(doc);
  return parsePolicy(doc, 'test');
};

/** The changes in a compact form, for whole-list comparisons. */
const summary = (changes: readonly PolicyChange[]): unknown[] =>
  changes.map((c) => {
    switch (c.kind) {
      case 'target':
        return [c.kind, c.priority.id, c.plan.id, c.before, c.after, c.change];
      case 'hours':
        return [c.kind, c.weekday, c.before.map((i) => [i.start, i.end]), c.after.map((i) => [i.start, i.end])];
      case 'plan-added':
      case 'plan-removed':
        return [c.kind, c.plan.id];
      case 'priority-added':
      case 'priority-removed':
        return [c.kind, c.priority.id];
      case 'holidays':
        return [c.kind, c.added, c.removed];
      default:
        return [c.kind, c.before, c.after];
    }
  });

describe('diffPolicies', () => {
  it('finds nothing between a policy and itself', () => {
    expect(diffPolicies(policy(), policy())).toEqual({ changes: [], changed: false });
  });

  it('reports each changed cell with before, after and whether it got faster or slower', () => {
    const after = policy((d) => {
      d.targets.professional['1'] = { minutes: 240, clock: 'business' };
      d.targets.professional['3'] = { minutes: 480, clock: 'business' };
      d.targets.basic['3'] = { minutes: 960, clock: 'business' };
      d.targets.advanced['1'] = null;
      d.targets.advanced['2'] = { minutes: 120, clock: 'calendar' };
      d.targets.advanced['3'] = { minutes: 1440, clock: 'calendar' };
    });
    const diff = diffPolicies(policy(), after);
    expect(diff.changed).toBe(true);
    const b = (minutes: number) => ({ minutes, clock: 'business' });
    const c = (minutes: number) => ({ minutes, clock: 'calendar' });
    // Priorities in order, then plans in order, as the matrix reads.
    expect(summary(diff.changes)).toEqual([
      ['target', 1, 'professional', b(180), b(240), 'slower'],
      ['target', 1, 'advanced', c(60), null, 'slower'],
      ['target', 2, 'advanced', b(180), c(120), 'faster'],
      ['target', 3, 'basic', null, b(960), 'faster'],
      ['target', 3, 'professional', b(540), b(480), 'faster'],
      ['target', 3, 'advanced', b(360), c(1440), 'depends'],
    ]);
  });

  it('reports plans and priorities added and removed, without their cells', () => {
    const after = policy((d) => {
      d.plans = d.plans.filter((p: Doc) => p.id !== 'basic');
      d.plans.push({ id: 'enterprise', name: 'Enterprise' });
      delete d.targets.basic;
      d.targets.enterprise = { '1': null, '2': null, '3': null };
      d.priorities.push({ id: 4, name: 'Cosmetic' });
      for (const plan of Object.keys(d.targets)) d.targets[plan]['4'] = null;
    });
    expect(summary(diffPolicies(policy(), after).changes)).toEqual([
      ['priority-added', 4],
      ['plan-removed', 'basic'],
      ['plan-added', 'enterprise'],
    ]);
  });

  it('reports changed hours per weekday, the zone, the calendars, and the default priority', () => {
    const after = policy((d) => {
      d.timezone = 'Europe/Brussels';
      d.hours.friday = [['09:00', '15:00']];
      d.hours.saturday = [['10:00', '12:00']];
      d.holidays = ['./acme.json'];
      d.defaultPriority = 2;
    });
    expect(summary(diffPolicies(policy(), after).changes)).toEqual([
      ['timezone', 'Europe/Amsterdam', 'Europe/Brussels'],
      ['hours', 'friday', [[540, 1020]], [[540, 900]]],
      ['hours', 'saturday', [], [[600, 720]]],
      ['holidays', ['./acme.json'], ['nl']],
      ['default-priority', 3, 2],
    ]);
  });

  it('ignores the order of calendars, which combine the same in any order', () => {
    const before = policy((d) => (d.holidays = ['nl', './acme.json']));
    const after = policy((d) => (d.holidays = ['./acme.json', 'nl']));
    expect(diffPolicies(before, after).changed).toBe(false);
  });

  it('reports renames, aliases, re-ordered plans, the name and the not-covered sentence', () => {
    const after = policy((d) => {
      d.name = 'Support promises';
      d.priorities[0].name = 'Critical';
      d.plans[1].aliases = ['pro'];
      d.plans = [d.plans[0], d.plans[2], d.plans[1]];
      d.notCovered = 'beta products are best effort';
    });
    expect(summary(diffPolicies(policy(), after).changes)).toEqual([
      ['name', 'Guaranteed response times for support', 'Support promises'],
      ['priority-renamed', 'Business Critical', 'Critical'],
      ['plan-aliases', ['profesional', 'pro'], ['pro']],
      ['plan-order', ['basic', 'professional', 'advanced'], ['basic', 'advanced', 'professional']],
      ['not-covered', 'questions about developer previews and beta products have no guaranteed response time', 'beta products are best effort'],
    ]);
  });

  it('reports renames, aliases and re-orderings of priorities and plans alike, each under its own kinds', () => {
    const after = policy((d) => {
      d.priorities[1].aliases = ['p2'];
      d.priorities = [d.priorities[1], d.priorities[0], d.priorities[2]];
      d.plans[2].name = 'Premium';
      d.plans[1].aliases = ['pro'];
      d.plans = [d.plans[0], d.plans[2], d.plans[1]];
    });
    const changes = diffPolicies(policy(), after).changes.filter((c) => c.kind !== 'target');
    expect(changes).toEqual([
      { kind: 'priority-aliases', id: 2, before: ['degraded', 'degraded-service', 'p2'], after: ['p2'] },
      { kind: 'priority-order', before: [1, 2, 3], after: [2, 1, 3] },
      { kind: 'plan-aliases', id: 'professional', before: ['profesional', 'pro'], after: ['pro'] },
      { kind: 'plan-renamed', id: 'advanced', before: 'Advanced', after: 'Premium' },
      { kind: 'plan-order', before: ['basic', 'professional', 'advanced'], after: ['basic', 'advanced', 'professional'] },
    ]);
  });

  it('does not call a re-ordering what is only an added or removed plan', () => {
    const after = policy((d) => {
      d.plans.splice(1, 0, { id: 'standard', name: 'Standard' });
      d.targets.standard = { '1': null, '2': null, '3': null };
    });
    expect(summary(diffPolicies(policy(), after).changes)).toEqual([['plan-added', 'standard']]);
  });
});
