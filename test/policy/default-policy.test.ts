import { defaultPolicy } from '../../src/policy/load-policy';

const policy = defaultPolicy();
const nineToFive = [{ start: 540, end: 1020 }];

describe('the default policy', () => {
  it('is in Europe/Amsterdam', () => {
    expect(policy.timezone).toBe('Europe/Amsterdam');
  });

  it('is open Monday to Friday 09:00-17:00 and closed at the weekend', () => {
    expect(policy.hours).toEqual([[], nineToFive, nineToFive, nineToFive, nineToFive, nineToFive, []]);
  });

  it('uses the nl holiday calendar', () => {
    expect(policy.holidays).toEqual(['nl']);
  });

  it('has the plans Basic, Professional and Advanced, in that order', () => {
    expect(policy.plans.map((p) => [p.id, p.name])).toEqual([
      ['basic', 'Basic'],
      ['professional', 'Professional'],
      ['advanced', 'Advanced'],
    ]);
  });

  it('has the priorities 1-3, most urgent first, and defaults to 3', () => {
    expect([policy.priorities.map((p) => p.id), policy.defaultPriority.id]).toEqual([[1, 2, 3], 3]);
  });

  it.each`
    plan              | priority | target
    ${'basic'}        | ${1}     | ${null}
    ${'basic'}        | ${2}     | ${null}
    ${'basic'}        | ${3}     | ${null}
    ${'professional'} | ${1}     | ${{ minutes: 180, clock: 'business' }}
    ${'professional'} | ${2}     | ${{ minutes: 360, clock: 'business' }}
    ${'professional'} | ${3}     | ${{ minutes: 540, clock: 'business' }}
    ${'advanced'}     | ${1}     | ${{ minutes: 60, clock: 'calendar' }}
    ${'advanced'}     | ${2}     | ${{ minutes: 180, clock: 'business' }}
    ${'advanced'}     | ${3}     | ${{ minutes: 360, clock: 'business' }}
  `('targets $plan P$priority at $target', ({ plan, priority, target }: { plan: string; priority: number; target: unknown }) => {
    expect(policy.targets.get(plan)?.get(priority)).toEqual(target);
  });

  it('says why beta products are not covered', () => {
    expect(policy.notCovered).toBe('questions about developer previews and beta products have no guaranteed response time');
  });

  it('is loaded once and frozen', () => {
    expect([defaultPolicy() === policy, Object.isFrozen(policy)]).toEqual([true, true]);
  });
});
