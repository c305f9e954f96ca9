import { classify } from '../../src/classify';
import type { ClassifyInput, Env, Impact, PriorityId, Workaround } from '../../src/classify';
import { SlaError } from '../../src/errors/sla-error';
import { defaultPolicy } from '../../src/policy/load-policy';
import { parsePolicy } from '../../src/policy/parse-policy';
import defaultPolicyDocument from '../../src/policy/default-policy.json';

const policy = defaultPolicy();

describe('classify: the rules, from flags', () => {
  // [env, impact, workaround, priority, deciding reason]
  const rows: [Env, Impact | undefined, Workaround, PriorityId, string][] = [
    // Rule 1: not an incident, whatever the environment.
    ['production', 'question', 'unknown', 3, 'product question: priority 3 covers product questions, feature requests and development problems'],
    ['production', 'how-to', 'no', 3, 'how-to question: priority 3 covers product questions, feature requests and development problems'],
    ['production', 'feature-request', 'unknown', 3, 'feature request: priority 3 covers product questions, feature requests and development problems'],
    ['production', 'development', 'no', 3, 'development problem: priority 3 covers product questions, feature requests and development problems'],
    ['staging', 'question', 'unknown', 3, 'product question: priority 3 covers product questions, feature requests and development problems'],
    // Rule 2: not production.
    ['staging', 'outage', 'no', 3, 'staging environment: priorities 1 and 2 apply to production only'],
    ['development', 'function-down', 'no', 3, 'development environment: priorities 1 and 2 apply to production only'],
    ['staging', 'degraded', 'unknown', 3, 'staging environment: priorities 1 and 2 apply to production only'],
    ['development', 'intermittent', 'yes', 3, 'development environment: priorities 1 and 2 apply to production only'],
    ['staging', undefined, 'unknown', 3, 'staging environment: priorities 1 and 2 apply to production only'],
    // Rule 3: loss of service in production.
    ['production', 'outage', 'no', 1, 'complete loss of service in production with no workaround: priority 1'],
    ['production', 'outage', 'unknown', 1, 'complete loss of service in production with no workaround stated: priority 1'],
    ['production', 'outage', 'yes', 2, 'complete loss of service in production, but a workaround exists: priority 2'],
    ['production', 'function-down', 'no', 1, 'important function completely unavailable in production with no workaround: priority 1'],
    ['production', 'function-down', 'unknown', 1, 'important function completely unavailable in production with no workaround stated: priority 1'],
    ['production', 'function-down', 'yes', 2, 'important function completely unavailable in production, but a workaround exists: priority 2'],
    // Rule 4: reduced service in production, with or without a workaround.
    ['production', 'degraded', 'no', 2, 'reduced quality of service in production: priority 2'],
    ['production', 'degraded', 'yes', 2, 'reduced quality of service in production: priority 2'],
    ['production', 'intermittent', 'unknown', 2, 'intermittent problem in production: priority 2'],
    ['production', 'intermittent', 'no', 2, 'intermittent problem in production: priority 2'],
    // Rule 5: nothing known.
    ['production', undefined, 'unknown', 3, 'no impact stated'],
    ['production', undefined, 'no', 3, 'no impact stated'],
  ];

  it.each(rows)('env %s, impact %s, workaround %s -> priority %s', (env, impact, workaround, priority, reason) => {
    const c = classify({ env, impact, workaround, requested: priority }, policy);
    expect(c.priority).toBe(priority);
    expect(c.reasons[0]).toBe(reason);
    expect(c.facts).toEqual({ env, impact: impact ?? null, workaround });
    expect(c.reclassified).toBeNull();
    expect(c.covered).toBe(true);
    expect(c.matched).toEqual([]);
  });

  it('names the verdict with the policy name of its priority', () => {
    expect(classify({ impact: 'outage' }, policy).name).toBe('Business Critical');
    expect(classify({ impact: 'degraded' }, policy).name).toBe('Degraded Service');
    expect(classify({ impact: 'how-to' }, policy).name).toBe('General Issue');
  });

  it("shows a custom policy's priority names and default priority", () => {
    const custom = parsePolicy(
      {
        ...defaultPolicyDocument,
        priorities: [
          { id: 1, name: 'Code Red', aliases: [] },
          { id: 2, name: 'Wobbly', aliases: [] },
          { id: 3, name: 'Whenever', aliases: [] },
        ],
        defaultPriority: 2,
      },
      'custom.json',
    );
    const c = classify({ impact: 'question' }, custom);
    expect(c).toMatchObject({ priority: 3, name: 'Whenever', requested: null, filed: 2, reclassified: 'down' });
    expect(classify({ impact: 'outage' }, custom).name).toBe('Code Red');
  });
});

describe('classify: requested, filed and reclassified', () => {
  it('lowers a priority 1 request on staging', () => {
    const c = classify({ env: 'staging', impact: 'outage', workaround: 'no', requested: 1 }, policy);
    expect(c).toMatchObject({ priority: 3, requested: 1, filed: 1, reclassified: 'down' });
    expect(c.reasons).toContain('filed as priority 1: reclassified down to priority 3');
  });

  it('raises a priority 3 request for an outage with no workaround', () => {
    const c = classify({ impact: 'outage', workaround: 'no', requested: 3 }, policy);
    expect(c).toMatchObject({ priority: 1, requested: 3, filed: 3, reclassified: 'up' });
    expect(c.reasons).toContain('filed as priority 3: reclassified up to priority 1');
  });

  it('lowers a priority 1 request for a degraded service to 2', () => {
    expect(classify({ impact: 'degraded', requested: 1 }, policy)).toMatchObject({ priority: 2, reclassified: 'down' });
  });

  it('keeps a request that matches the definitions', () => {
    expect(classify({ impact: 'intermittent', requested: 2 }, policy)).toMatchObject({ priority: 2, filed: 2, reclassified: null });
  });

  it('counts a ticket without a requested priority as filed with 3', () => {
    const question = classify({ impact: 'question' }, policy);
    expect(question).toMatchObject({ priority: 3, requested: null, filed: 3, reclassified: null });
    const outage = classify({ impact: 'outage' }, policy);
    expect(outage).toMatchObject({ priority: 1, requested: null, filed: 3, reclassified: 'up' });
    expect(outage.reasons).toContain('filed without a priority (counts as 3): reclassified up to priority 1');
    expect(classify({ requested: null }, policy)).toMatchObject({ requested: null, filed: 3 });
  });
});

describe('classify: beta', () => {
  it.each([
    [{ impact: 'outage', workaround: 'no' }, 1],
    [{ impact: 'degraded' }, 2],
    [{ impact: 'how-to' }, 3],
  ] as [ClassifyInput, PriorityId][])('keeps the priority of %o but is not covered', (input, priority) => {
    const beta = classify({ ...input, beta: true }, policy);
    const plain = classify(input, policy);
    expect(beta.priority).toBe(priority);
    expect(plain.priority).toBe(priority);
    expect(beta.covered).toBe(false);
    expect(plain.covered).toBe(true);
    expect(beta.reasons[beta.reasons.length - 1]).toBe(`beta product: ${policy.notCovered}`);
  });

  it('is never read from the text', () => {
    expect(classify({ text: 'The bèta dashboard is down' }, policy).covered).toBe(true);
  });
});

describe('classify: text and flags', () => {
  it('reads every fact from the text', () => {
    const c = classify({ text: 'Production outage\nNobody can call us, no workaround.', requested: 1 }, policy);
    expect(c.facts).toEqual({ env: 'production', impact: 'outage', workaround: 'no' });
    expect(c.priority).toBe(1);
    expect(c.matched).toEqual([
      { fact: 'env', value: 'production', phrase: 'production', lang: 'en' },
      { fact: 'impact', value: 'outage', phrase: 'outage', lang: 'en' },
      { fact: 'impact', value: 'outage', phrase: 'nobody can call', lang: 'en' },
      { fact: 'workaround', value: 'no', phrase: 'no workaround', lang: 'en' },
    ]);
  });

  it('gives priority 3 with "no impact stated" when the text states no impact', () => {
    const c = classify({ text: 'Hello, please call me back about our account.' }, policy);
    expect(c.priority).toBe(3);
    expect(c.facts.impact).toBeNull();
    expect(c.reasons).toEqual(['no impact stated']);
  });

  it('says "no impact stated" also when staging decided', () => {
    expect(classify({ text: 'Our sandbox account' }, policy).reasons).toEqual([
      'staging environment: priorities 1 and 2 apply to production only',
      'no impact stated',
    ]);
  });

  it('assumes production when nothing says otherwise, and says so', () => {
    const c = classify({ text: 'Everything is down' }, policy);
    expect(c.facts.env).toBe('production');
    expect(c.reasons).toContain('no environment stated: production assumed');
  });

  it.each([
    ['env', { text: 'Production is down, no workaround', env: 'staging' }, { env: 'staging', impact: 'outage', workaround: 'no' }, 3],
    ['impact', { text: 'Production is down, no workaround', impact: 'degraded' }, { env: 'production', impact: 'degraded', workaround: 'no' }, 2],
    ['workaround', { text: 'Production is down, no workaround', workaround: 'yes' }, { env: 'production', impact: 'outage', workaround: 'yes' }, 2],
    ['env (nl)', { text: 'Acceptatieomgeving ligt plat', env: 'production' }, { env: 'production', impact: 'outage', workaround: 'unknown' }, 1],
    ['impact (nl)', { text: 'Hoe kan ik een wachtrij aanmaken?', impact: 'outage' }, { env: 'production', impact: 'outage', workaround: 'unknown' }, 1],
  ] as [string, ClassifyInput, object, PriorityId][])('a %s flag wins over the text', (fact, input, facts, priority) => {
    const c = classify(input, policy);
    expect(c.facts).toEqual(facts);
    expect(c.priority).toBe(priority);
    // The text's phrases for an overridden fact did not decide anything.
    const flagged = fact.split(' ')[0];
    expect(c.matched.filter((m) => m.fact === flagged)).toEqual([]);
    expect(c.reasons.some((r) => r.startsWith(`${flagged} `) && r.includes('was given: the text suggests'))).toBe(true);
  });

  it('does not note a flag that agrees with the text', () => {
    const c = classify({ text: 'Our staging is down', env: 'staging' }, policy);
    expect(c.reasons.some((r) => r.includes('was given'))).toBe(false);
  });

  it('treats empty text like no text', () => {
    expect(classify({ text: '  \n ' }, policy)).toEqual(classify({}, policy));
  });

  it('is deterministic and does not mutate its input', () => {
    const input = Object.freeze({ text: 'Calls drop sometimes in production', requested: 1 as const });
    expect(classify(input, policy)).toEqual(classify(input, policy));
  });

  it('prints as the stable JSON shape', () => {
    const c = classify({ text: 'P1: onze acceptatieomgeving werkt niet', requested: 1 }, policy);
    expect(Object.keys(c)).toEqual([
      'priority', 'name', 'requested', 'filed', 'reclassified', 'covered', 'reasons', 'facts', 'matched', 'confidence', 'needsReview', 'reviewReason',
    ]);
    expect(JSON.parse(JSON.stringify(c))).toEqual({
      priority: 3,
      name: 'General Issue',
      requested: 1,
      filed: 1,
      reclassified: 'down',
      covered: true,
      reasons: ['staging environment: priorities 1 and 2 apply to production only', 'filed as priority 1: reclassified down to priority 3'],
      facts: { env: 'staging', impact: 'function-down', workaround: 'unknown' },
      matched: [
        { fact: 'env', value: 'staging', phrase: 'acceptatie*', lang: 'nl' },
        { fact: 'impact', value: 'function-down', phrase: 'werkt niet', lang: 'nl' },
      ],
      confidence: 'high',
      needsReview: false,
      reviewReason: null,
    });
  });

  it('refuses a bad value passed past the type checker', () => {
    expect(() => classify({ env: 'prod' as Env }, policy)).toThrow(SlaError);
    expect(() => classify({ requested: 4 as PriorityId }, policy)).toThrow('unknown requested "4": accepted are 1, 2, 3');
  });
});
