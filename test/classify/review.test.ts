import { classify, MAX_TEXT_CHARS } from '../../src/classify';
import { defaultPolicy } from '../../src/policy/load-policy';

const policy = defaultPolicy();

describe('classify: no evidence is not evidence', () => {
  it('keeps a filed priority 1 when the text states no impact, and asks for review', () => {
    const c = classify({ text: 'Ticket 5521\nPlease see the attached screenshot.', requested: 1 }, policy);
    expect([c.priority, c.reclassified, c.needsReview, c.confidence]).toEqual([1, null, true, 'low']);
    expect(c.reviewReason).toBe('no impact stated: the filed priority is kept until a person has read the ticket');
  });

  it('keeps the policy default for an unfiled ticket without impact (nl)', () => {
    const c = classify({ text: 'Terugbelverzoek\nKunnen jullie mij terugbellen?' }, policy);
    expect([c.priority, c.filed, c.reclassified, c.needsReview]).toEqual([3, 3, null, true]);
  });

  it('lowers a ticket whose text states a test environment, with high confidence', () => {
    const c = classify({ text: 'Sandbox\nIn onze sandbox kan niemand inloggen.', requested: 1 }, policy);
    expect([c.priority, c.reclassified, c.confidence, c.needsReview]).toEqual([3, 'down', 'high', false]);
  });

  it('gives high confidence when the impact was given as a flag', () => {
    expect(classify({ impact: 'degraded' }, policy).confidence).toBe('high');
  });
});

describe('classify: conflicting statements', () => {
  it('keeps priority 1 when the text names staging and production alike', () => {
    const c = classify({ text: 'Calls down\nThe dialer is down on staging and production.', requested: 1, env: undefined }, policy);
    expect(c.priority).toBe(1);
  });

  it('keeps the filed priority and asks for review when a downgrade rests on one of two stated impacts', () => {
    const kept = classify({ text: 'Installer\nWhile integrating your API in production the installer is down.', requested: 1 }, policy);
    expect([kept.priority, kept.reclassified, kept.needsReview, kept.confidence]).toEqual([1, null, true, 'low']);
    expect(kept.reviewReason).toMatch(/^conflicting statements: impact development lowers the priority, but the text also states impact outage: the filed priority is kept$/);
  });

  it('lowers a question that also says something fails on a test tenant with high confidence: the environment decides, not the question', () => {
    const c = classify({ text: 'Acceptance tenant\nCalls fail on our acceptance tenant. How do I fix the routing there?', requested: 1 }, policy);
    expect([c.priority, c.facts.env, c.confidence, c.needsReview]).toEqual([3, 'staging', 'high', false]);
  });

  it('lowers on a fact given by a flag, with no phrase needed', () => {
    const given = classify({ text: 'Calls\nWe have a problem with calls.', requested: 1, env: 'staging' }, policy);
    expect([given.priority, given.reclassified, given.confidence]).toEqual([3, 'down', 'high']);
  });
});

describe('classify: long texts', () => {
  it('reads at most MAX_TEXT_CHARS characters and says so', () => {
    const c = classify({ text: `Calls drop sometimes. ${'x '.repeat(MAX_TEXT_CHARS)}`, requested: 1 }, policy);
    expect(c.facts.impact).toBe('intermittent');
    expect(c.reasons).toContain('text cut at 100,000 characters: the rest was not read');
  });
});

describe('classify: a stated workaround without a stated impact', () => {
  it('lowers a filed priority 1 to 2, since priority 1 requires that no workaround exists (en)', () => {
    const c = classify({ text: 'Lines\nWe have forwarded the numbers to the office landline until this is solved.', requested: 1 }, policy);
    expect([c.priority, c.reclassified, c.confidence, c.needsReview]).toEqual([2, 'down', 'high', true]);
    expect(c.reviewReason).toBe('no impact stated: lowered to priority 2 only because a workaround is stated');
  });

  it('keeps a filed priority 2 or 3 (nl)', () => {
    const c = classify({ text: 'Lijnen\nWe hebben de nummers voorlopig doorgeschakeld naar kantoor.', requested: 3 }, policy);
    expect([c.priority, c.reclassified, c.needsReview]).toEqual([3, null, true]);
  });

  it('reads a workaround followed by "but ... still" as one that does not work', () => {
    const c = classify({ text: 'Routing\nWe changed the hours manually as a workaround, but the routing still goes there.', requested: 1 }, policy);
    expect([c.priority, c.facts.workaround]).toEqual([1, 'no']);
  });
});

describe('classify: a question phrase does not lower a failure', () => {
  it('keeps the filed priority when the text also says something does not work (en)', () => {
    const c = classify({ text: 'License expired?\nOur agents see "licence expired" and can\'t do anything. We paid the invoice last week.', requested: 1 }, policy);
    expect([c.priority, c.needsReview, c.confidence]).toEqual([1, true, 'low']);
    expect(c.reviewReason).toMatch(/^conflicting statements: the text asks a question but also says/);
  });

  it('keeps the filed priority when the text also says something does not work (nl)', () => {
    const c = classify({ text: 'Licentie verlopen?\nOnze medewerkers kunnen niets doen. We hebben de factuur betaald.', requested: 1 }, policy);
    expect([c.priority, c.needsReview]).toEqual([1, true]);
  });

  it('still lowers a question whose negations are about something else', () => {
    const c = classify({ text: 'Invoice\nI don\'t understand the surcharge on our invoice. Can you explain?', requested: 2 }, policy);
    expect([c.priority, c.reclassified]).toEqual([3, 'down']);
  });
});
