import defaultDocument from '../../src/policy/default-policy.json';
import { compareTargets } from '../../src/policy/compare-targets';
import { defaultPolicy } from '../../src/policy/load-policy';
import { parsePolicy } from '../../src/policy/parse-policy';
import { betterPlanNotSlower, checkSanity, SANITY_RULES, urgentNotSlower } from '../../src/policy/sanity-rules';

type Doc = typeof defaultDocument & Record<string, unknown>;
type Cell = { minutes: number; clock: 'business' | 'calendar' } | null;

/** The built-in policy with some targets replaced: `{ professional: { 1: cell } }`. */
function withTargets(cells: Record<string, Record<string, Cell>>) {
  const doc = JSON.parse(JSON.stringify(defaultDocument)) as Doc;
  const targets = doc.targets as Record<string, Record<string, Cell>>;
  for (const [plan, row] of Object.entries(cells)) Object.assign(targets[plan]!, row);
  return parsePolicy(doc, 'test');
}

const business = (minutes: number): Cell => ({ minutes, clock: 'business' });
const calendar = (minutes: number): Cell => ({ minutes, clock: 'calendar' });

describe('compareTargets: how a target compares with a baseline, for every opening time', () => {
  it.each([
    [business(180), business(180), 'same'],
    [business(180), business(240), 'slower'],
    [business(180), business(120), 'faster'],
    [calendar(60), calendar(30), 'faster'],
    // Business time never runs faster than real time.
    [business(180), calendar(180), 'faster'],
    [business(180), calendar(60), 'faster'],
    [calendar(60), business(60), 'slower'],
    [calendar(60), business(180), 'slower'],
    // A longer 24/7 target against a shorter business one: it depends on when the ticket opens.
    [business(180), calendar(480), 'depends'],
    [calendar(480), business(180), 'depends'],
    [null, null, 'same'],
    [business(180), null, 'slower'],
    [null, calendar(60), 'faster'],
  ] as const)('%j -> %j is %s', (baseline, target, expected) => {
    expect(compareTargets(baseline, target)).toBe(expected);
  });
});

describe('sanity rules', () => {
  it('are named, with a summary each', () => {
    expect(SANITY_RULES.map((r) => r.name)).toEqual(['urgent-not-slower', 'better-plan-not-slower']);
    for (const rule of SANITY_RULES) expect(rule.summary).toMatch(/must not/);
  });

  it('find nothing wrong with the built-in policy', () => {
    expect(checkSanity(defaultPolicy())).toEqual([]);
  });

  describe('urgent-not-slower: a more urgent priority must not wait longer on the same plan', () => {
    it('reports a P1 target longer than P2 on the same clock, at the P1 cell', () => {
      expect(urgentNotSlower(withTargets({ professional: { 1: business(480) } }))).toEqual([
        {
          path: 'targets.professional.1',
          message:
            'priority 1 (Business Critical) waits longer than the less urgent priority 2 (Degraded Service) on Professional: 8 business hours against 6 business hours',
        },
      ]);
    });

    it('compares with every less urgent priority, not only the next one', () => {
      const policy = withTargets({ professional: { 1: business(600) } });
      expect(urgentNotSlower(policy).map((p) => p.message.match(/less urgent priority (\d)/)![1])).toEqual(['2', '3']);
    });

    it('reports a business target no shorter than a less urgent 24/7 one', () => {
      const policy = withTargets({ advanced: { 1: business(120), 2: calendar(120), 3: calendar(240) } });
      expect(urgentNotSlower(policy)).toEqual([
        {
          path: 'targets.advanced.1',
          message:
            'priority 1 (Business Critical) waits longer than the less urgent priority 2 (Degraded Service) on Advanced: 2 business hours against 2 hours (24/7)',
        },
      ]);
    });

    it('does not report a longer 24/7 target against a shorter business one (which is later depends on the opening time)', () => {
      expect(urgentNotSlower(withTargets({ advanced: { 1: calendar(240) } }))).toEqual([]);
    });

    it('reports a more urgent priority without a guarantee where a less urgent one has one', () => {
      expect(urgentNotSlower(withTargets({ professional: { 1: null } }))).toEqual([
        {
          path: 'targets.professional.1',
          message:
            'priority 1 (Business Critical) has no guaranteed response on Professional, but the less urgent priority 2 (Degraded Service) has one (6 business hours)',
        },
        {
          path: 'targets.professional.1',
          message:
            'priority 1 (Business Critical) has no guaranteed response on Professional, but the less urgent priority 3 (General Issue) has one (9 business hours)',
        },
      ]);
    });

    it('allows equal targets', () => {
      expect(urgentNotSlower(withTargets({ professional: { 1: business(360) } }))).toEqual([]);
    });
  });

  describe('better-plan-not-slower: a plan listed later must not be slower for the same priority', () => {
    it('reports Advanced slower than Professional, at the Advanced cell', () => {
      expect(betterPlanNotSlower(withTargets({ advanced: { 3: business(600) } }))).toEqual([
        {
          path: 'targets.advanced.3',
          message:
            'Advanced is slower than Professional, listed before it (less service), for priority 3 (General Issue): 10 business hours against 9 business hours',
        },
      ]);
    });

    it('compares with every plan listed before, not only the one just before', () => {
      // Basic 2 h 24/7, Professional 4 business hours (which may or may not be later), Advanced 3 business hours.
      const policy = withTargets({ basic: { 3: calendar(120) }, professional: { 3: business(240) }, advanced: { 3: business(180) } });
      expect(betterPlanNotSlower(policy).map((p) => p.message)).toEqual([
        'Professional is slower than Basic, listed before it (less service), for priority 3 (General Issue): 4 business hours against 2 hours (24/7)',
        'Advanced is slower than Basic, listed before it (less service), for priority 3 (General Issue): 3 business hours against 2 hours (24/7)',
      ]);
    });

    it('reports a better plan without a guarantee where a worse one has one', () => {
      expect(betterPlanNotSlower(withTargets({ advanced: { 2: null } }))).toEqual([
        {
          path: 'targets.advanced.2',
          message:
            'Advanced has no guaranteed response for priority 2 (Degraded Service), but Professional, listed before it (less service), has one (6 business hours)',
        },
      ]);
    });

    it('words minutes that are not whole hours', () => {
      const policy = withTargets({ advanced: { 1: calendar(90) }, professional: { 1: calendar(45) } });
      expect(betterPlanNotSlower(policy).map((p) => p.message)).toEqual([
        'Advanced is slower than Professional, listed before it (less service), for priority 1 (Business Critical): 90 minutes (24/7) against 45 minutes (24/7)',
      ]);
    });
  });

  it('checkSanity runs every rule and names it after each message', () => {
    const policy = withTargets({ professional: { 1: business(480) }, advanced: { 3: business(600) } });
    expect(checkSanity(policy).map((p) => `${p.path}: ${p.message.replace(/^.*(\[[a-z-]+\])$/, '$1')}`)).toEqual([
      'targets.professional.1: [urgent-not-slower]',
      'targets.advanced.3: [better-plan-not-slower]',
    ]);
  });

  it('checkSanity takes a list of rules', () => {
    const policy = withTargets({ professional: { 1: business(480) } });
    expect(checkSanity(policy, [SANITY_RULES[1]!])).toEqual([]);
  });
});
