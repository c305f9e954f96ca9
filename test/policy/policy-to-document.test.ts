import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultPolicy, loadPolicyFile } from '../../src/policy/load-policy';
import { parsePolicy } from '../../src/policy/parse-policy';
import { POLICY_SCHEMA_URL, policyToDocument } from '../../src/policy/policy-to-document';
import type { Policy } from '../../src/policy/types';

const ROOT = join(__dirname, '..', '..');

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

/** Every JSON fixture under test/*\/fixtures/ that the policy loader reads: the valid fixture policies. */
function fixturePolicies(): [string, Policy][] {
  const test = join(ROOT, 'test');
  return readdirSync(test)
    .map((name) => join(test, name, 'fixtures'))
    .filter((dir) => existsSync(dir) && statSync(dir).isDirectory())
    .flatMap(filesUnder)
    .filter((path) => path.endsWith('.json'))
    .flatMap((path): [string, Policy][] => {
      const label = relative(ROOT, path);
      try {
        return [[label, loadPolicyFile(path, label)]];
      } catch {
        return [];
      }
    });
}

/** Written out, through JSON text as a file would carry it, and read back. */
const roundTrip = (policy: Policy): Policy => parsePolicy(JSON.parse(JSON.stringify(policyToDocument(policy))), policy.source);

describe('policyToDocument', () => {
  const policies: [string, Policy][] = [['the built-in policy', defaultPolicy()], ...fixturePolicies()];

  it('finds the fixture policies', () => {
    expect(policies.length).toBeGreaterThanOrEqual(10);
  });

  it.each(policies)('%s reads back as the same policy', (_name, policy) => {
    expect(roundTrip(policy)).toEqual(policy);
  });

  it.each(policies)('%s: writing what was read back changes nothing', (_name, policy) => {
    expect(policyToDocument(roundTrip(policy))).toEqual(policyToDocument(policy));
  });

  it('puts $schema first and writes every field, every weekday (Monday first) and every alias list', () => {
    const doc = policyToDocument(parsePolicy(
      {
        timezone: 'europe/amsterdam',
        hours: { tuesday: [['13:00', '17:00'], ['09:00', '12:00']], saturday: [['20:00', '24:00']] },
        priorities: [{ id: 1, name: 'Urgent' }, { id: 2, name: 'Normal', aliases: ['n'] }],
        plans: [{ id: 'standard', name: 'Standard' }],
        targets: { standard: { '2': null, '1': { minutes: 60, clock: 'calendar' } } },
      },
      'acme.json',
    ));
    expect(Object.keys(doc)).toEqual(['$schema', 'name', 'timezone', 'hours', 'holidays', 'priorities', 'defaultPriority', 'plans', 'targets', 'notCovered']);
    expect(doc).toEqual({
      $schema: POLICY_SCHEMA_URL,
      name: 'SLA policy',
      timezone: 'Europe/Amsterdam',
      hours: {
        monday: [],
        tuesday: [['09:00', '12:00'], ['13:00', '17:00']],
        wednesday: [],
        thursday: [],
        friday: [],
        saturday: [['20:00', '24:00']],
        sunday: [],
      },
      holidays: [],
      priorities: [
        { id: 1, name: 'Urgent', aliases: [] },
        { id: 2, name: 'Normal', aliases: ['n'] },
      ],
      defaultPriority: 2,
      plans: [{ id: 'standard', name: 'Standard', aliases: [] }],
      targets: { standard: { '1': { minutes: 60, clock: 'calendar' }, '2': null } },
      notCovered: 'questions about developer previews and beta products have no guaranteed response time',
    });
    expect(Object.keys(doc.hours)).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
  });

  it('keeps a plan id such as __proto__ an ordinary key', () => {
    const policy = parsePolicy(
      JSON.parse(
        '{"timezone": "UTC", "hours": {"monday": [["09:00", "17:00"]]}, "priorities": [{"id": 1, "name": "Urgent"}], ' +
          '"plans": [{"id": "__proto__", "name": "Odd"}], "targets": {"__proto__": {"1": {"minutes": 60, "clock": "business"}}}}',
      ),
      'odd.json',
    );
    const text = JSON.stringify(policyToDocument(policy));
    expect(text).toContain('"targets":{"__proto__":{"1":{"minutes":60,"clock":"business"}}}');
    expect(roundTrip(policy)).toEqual(policy);
  });
});
