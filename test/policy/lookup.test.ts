import { SlaError } from '../../src/errors/sla-error';
import { defaultPolicy } from '../../src/policy/load-policy';
import { coverage, findPlan, findPriority } from '../../src/policy/lookup';

const policy = defaultPolicy();

/** The code of the SlaError thrown by `fn`. */
function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof SlaError) return err.code;
    throw err;
  }
  throw new Error('expected an SlaError');
}

describe('findPriority', () => {
  it.each(['1', 'critical', 'Business Critical', 'business-critical', 'P1', ' CRITICAL '])('finds priority 1 from %j', (text) => {
    expect(findPriority(policy, text).id).toBe(1);
  });

  it('finds priority 3 from its name', () => {
    expect(findPriority(policy, 'General Issue').id).toBe(3);
  });

  it.each(['4', 'urgent', '', 'p4'])('rejects %j with UNKNOWN_PRIORITY', (text) => {
    expect(codeOf(() => findPriority(policy, text))).toBe('UNKNOWN_PRIORITY');
  });

  it('lists the accepted priorities when rejecting one', () => {
    expect(() => findPriority(policy, 'urgent')).toThrow(
      'unknown priority "urgent": accepted are 1|critical|business-critical, 2|degraded|degraded-service, 3|general|general-issue',
    );
  });
});

describe('findPlan', () => {
  it.each(['Profesional', 'PROFESSIONAL', 'professional', 'pro'])('finds the professional plan from %j', (text) => {
    expect(findPlan(policy, text).id).toBe('professional');
  });

  it('finds the advanced plan from its name', () => {
    expect(findPlan(policy, 'Advanced').id).toBe('advanced');
  });

  it('rejects gold with UNKNOWN_PLAN', () => {
    expect(codeOf(() => findPlan(policy, 'gold'))).toBe('UNKNOWN_PLAN');
  });

  it('lists the accepted plans when rejecting one', () => {
    expect(() => findPlan(policy, 'gold')).toThrow('unknown plan "gold": accepted are basic, professional, advanced');
  });
});

describe('coverage', () => {
  it('covers a priority that has a target, with that target', () => {
    expect(coverage(policy, 1, 'professional')).toEqual({ covered: true, target: { minutes: 180, clock: 'business' }, reason: null });
  });

  it('does not cover a priority the plan has no target for, and says why', () => {
    expect(coverage(policy, 1, 'basic')).toEqual({
      covered: false,
      target: null,
      reason: 'the Basic plan has no guaranteed response time for priority 1',
    });
  });

  it("does not cover a beta product, with the policy's reason, even on a plan with a target", () => {
    expect(coverage(policy, 1, 'advanced', { beta: true })).toEqual({
      covered: false,
      target: { minutes: 60, clock: 'calendar' },
      reason: policy.notCovered,
    });
  });
});
