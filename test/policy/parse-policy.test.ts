import { SlaError } from '../../src/errors/sla-error';
import defaultDocument from '../../src/policy/default-policy.json';
import { parsePolicy } from '../../src/policy/parse-policy';

/** A fresh, mutable copy of the built-in policy document. */
const policyDoc = (): any => JSON.parse(JSON.stringify(defaultDocument));

/** The SlaError thrown by parsing `doc`. */
function errorOf(doc: unknown): SlaError {
  try {
    parsePolicy(doc, 'acme.json');
  } catch (err) {
    if (err instanceof SlaError) return err;
    throw err;
  }
  throw new Error('expected parsePolicy to throw');
}

describe('parsePolicy', () => {
  it('accepts the built-in document', () => {
    expect(parsePolicy(policyDoc(), 'acme.json').source).toBe('acme.json');
  });

  it('throws INVALID_POLICY for a broken policy', () => {
    const doc = policyDoc();
    doc.targets.professional['2'].minutes = 0;
    expect(errorOf(doc).code).toBe('INVALID_POLICY');
  });

  it('reports a non-positive target at its path', () => {
    const doc = policyDoc();
    doc.targets.professional['2'].minutes = 0;
    expect(errorOf(doc).details).toEqual(['targets.professional.2: minutes must be a positive integer']);
  });

  it('reports a fractional target at its path', () => {
    const doc = policyDoc();
    doc.targets.advanced['3'].minutes = 1.5;
    expect(errorOf(doc).details).toEqual(['targets.advanced.3: minutes must be a positive integer']);
  });

  it.each([6_000_001, 1e9 * 60, 1e15, 1e300])('reports a business target of %d minutes past the limit of 100,000 hours', (minutes) => {
    const doc = policyDoc();
    doc.targets.professional['2'].minutes = minutes;
    expect(errorOf(doc).details).toEqual([expect.stringMatching(/^targets\.professional\.2: minutes must be a positive integer of at most 6000000 \(100,000 hours\) for a business target, got /)]);
  });

  it('reports a 24/7 target past the limit of 100 years, and accepts one at it', () => {
    const doc = policyDoc();
    doc.targets.advanced['1'].minutes = 52_596_001;
    expect(errorOf(doc).details).toEqual(['targets.advanced.1: minutes must be a positive integer of at most 52596000 (100 years) for a 24/7 target, got 52596001']);
    doc.targets.advanced['1'].minutes = 52_596_000;
    expect(parsePolicy(doc, 'acme.json').targets.get('advanced')?.get(1)?.minutes).toBe(52_596_000);
  });

  it('quotes a huge zone name cut short', () => {
    const doc = policyDoc();
    doc.timezone = `Mars/${'x'.repeat(100_000)}`;
    const [line] = errorOf(doc).details;
    expect(line).toMatch(/^timezone: unknown time zone "Mars\/x+…" \(100005 characters\)/);
    expect(line!.length).toBeLessThan(300);
  });

  it('reports an unknown clock', () => {
    const doc = policyDoc();
    doc.targets.professional['1'].clock = 'wall';
    expect(errorOf(doc).details).toEqual(['targets.professional.1.clock: must be one of "business", "calendar"']);
  });

  it('reports a missing target cell', () => {
    const doc = policyDoc();
    delete doc.targets.professional['2'];
    expect(errorOf(doc).details).toEqual([
      'targets.professional.2: is required: {"minutes": n, "clock": "business"|"calendar"} or null for no guarantee',
    ]);
  });

  it('reports an unknown top-level key, listing the accepted ones', () => {
    const doc = policyDoc();
    doc.timezon = 'Europe/Amsterdam';
    expect(errorOf(doc).details).toEqual([
      'timezon: unknown key (accepted: $schema, name, timezone, hours, holidays, priorities, defaultPriority, plans, targets, notCovered)',
    ]);
  });

  it('reports an unknown weekday key in the hours', () => {
    const doc = policyDoc();
    doc.hours.mon = [];
    expect(errorOf(doc).details).toEqual(['hours.mon: unknown key (accepted: sunday, monday, tuesday, wednesday, thursday, friday, saturday)']);
  });

  it('reports a target for a plan that does not exist', () => {
    const doc = policyDoc();
    doc.targets.gold = doc.targets.basic;
    expect(errorOf(doc).details).toEqual(['targets.gold: unknown key (accepted: basic, professional, advanced)']);
  });

  it('reports an unknown zone', () => {
    const doc = policyDoc();
    doc.timezone = 'Mars/Base';
    expect(errorOf(doc).details).toEqual(['timezone: unknown time zone "Mars/Base": use an IANA zone name such as Europe/Amsterdam']);
  });

  it('reports a missing zone', () => {
    const doc = policyDoc();
    delete doc.timezone;
    expect(errorOf(doc).details).toEqual(['timezone: is required: an IANA zone name such as Europe/Amsterdam']);
  });

  it('canonicalises the zone spelling', () => {
    const doc = policyDoc();
    doc.timezone = 'europe/amsterdam';
    expect(parsePolicy(doc, 'acme.json').timezone).toBe('Europe/Amsterdam');
  });

  it('reports missing plans', () => {
    const doc = policyDoc();
    delete doc.plans;
    expect(errorOf(doc).details).toEqual(['plans: is required: a non-empty list of {"id": "basic", "name": "Basic"}']);
  });

  it('reports missing priorities', () => {
    const doc = policyDoc();
    doc.priorities = [];
    expect(errorOf(doc).details).toContain('priorities: is required: a non-empty list of {"id": 1, "name": "..."}');
  });

  it('reports overlapping hours', () => {
    const doc = policyDoc();
    doc.hours.monday = [['09:00', '13:00'], ['12:00', '17:00']];
    expect(errorOf(doc).details).toEqual(['hours.monday: intervals 09:00-13:00 and 12:00-17:00 overlap']);
  });

  it('reports a week without any business hours', () => {
    const doc = policyDoc();
    doc.hours = { monday: [] };
    expect(errorOf(doc).details).toEqual(['hours: no business hours on any day: a business target could never be met']);
  });

  it('reads a weekday left out of the hours as closed', () => {
    const doc = policyDoc();
    delete doc.hours.friday;
    expect(parsePolicy(doc, 'acme.json').hours[5]).toEqual([]);
  });

  it('reports a word that names two priorities', () => {
    const doc = policyDoc();
    doc.priorities[1].aliases = ['critical'];
    expect(errorOf(doc).details).toEqual(['priorities[1]: "critical" names more than one priority']);
  });

  it('reports a word that names two plans', () => {
    const doc = policyDoc();
    doc.plans[2].aliases = ['pro'];
    expect(errorOf(doc).details).toEqual(['plans[2]: "pro" names more than one plan']);
  });

  it('compares words the way lookups do, so "Business_Critical" clashes with "Business Critical"', () => {
    const doc = policyDoc();
    doc.priorities[1].aliases = ['Business_Critical'];
    expect(errorOf(doc).details).toEqual(['priorities[1]: "business-critical" names more than one priority']);
  });

  it('accepts an alias that repeats its own entry name', () => {
    const doc = policyDoc();
    doc.priorities[0].aliases = ['critical', 'Business Critical'];
    expect(parsePolicy(doc, 'acme.json').priorities[0]!.aliases).toEqual(['critical', 'Business Critical']);
  });

  it('reports a default priority that is not a priority id', () => {
    const doc = policyDoc();
    doc.defaultPriority = 9;
    expect(errorOf(doc).details).toEqual(['defaultPriority: must be one of the priority ids 1, 2, 3']);
  });

  it('reports every problem at once, each with its path', () => {
    const doc = policyDoc();
    doc.timezon = 'x';
    doc.timezone = 'Mars/Base';
    doc.hours.monday = [['09:00', '13:00'], ['12:00', '17:00']];
    doc.targets.professional['2'].minutes = -5;
    const err = errorOf(doc);
    expect([err.message, err.details]).toEqual([
      'acme.json: invalid policy (4 problems)',
      [
        'timezon: unknown key (accepted: $schema, name, timezone, hours, holidays, priorities, defaultPriority, plans, targets, notCovered)',
        'timezone: unknown time zone "Mars/Base": use an IANA zone name such as Europe/Amsterdam',
        'hours.monday: intervals 09:00-13:00 and 12:00-17:00 overlap',
        'targets.professional.2: minutes must be a positive integer',
      ],
    ]);
  });

  it('rejects a document that is not an object', () => {
    expect(errorOf([]).message).toBe('acme.json: a policy is a JSON object');
  });
});
