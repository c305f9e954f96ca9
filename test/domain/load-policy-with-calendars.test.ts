import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { judgeTicket } from '../../src/domain/judge-ticket';
import { loadPolicyWithCalendars, type LoadedPolicy, type PolicyRequest } from '../../src/domain/load-policy-with-calendars';
import { DEFAULT_WARN } from '../../src/core/sla-status';
import { findPlan, findPriority } from '../../src/policy/lookup';

const REPO_ROOT = resolve(__dirname, '..', '..');
const HOLIDAYS_DIR = resolve(REPO_ROOT, 'holidays');
const ACME = 'test/cli/fixtures/policies/acme.json';

const load = (request: Partial<PolicyRequest> = {}): LoadedPolicy => loadPolicyWithCalendars({ cwd: REPO_ROOT, holidaysDir: HOLIDAYS_DIR, ...request });

/** The Professional P1 deadline (3 business hours) of a ticket opened at `opened`, as an instant. */
function p1Deadline(loaded: LoadedPolicy, opened: string): number | null {
  const { policy, schedule } = loaded;
  const ticket = { openedMs: Date.parse(opened), priority: findPriority(policy, '1'), plan: findPlan(policy, 'professional'), beta: false, respondedMs: null };
  return judgeTicket({ policy, schedule, nowMs: Date.parse(opened), warn: DEFAULT_WARN }, ticket).outcome.deadlineMs;
}

describe('loadPolicyWithCalendars', () => {
  it('loads the built-in policy with its shipped calendar when no file is given', () => {
    const loaded = load();
    expect(loaded.schedule.zone.name).toBe('Europe/Amsterdam');
    expect(loaded.calendars.map((c) => c.name)).toEqual([expect.stringMatching(/Netherlands/)]);
    // Christmas and Boxing Day are closed, then the weekend: one hour on the 24th, two on Monday the 29th.
    expect(p1Deadline(loaded, '2025-12-24T16:00:00+01:00')).toBe(Date.parse('2025-12-29T10:00:00Z'));
  });

  it('reads the calendars a policy file names from that file\'s folder', () => {
    const loaded = load({ policyPath: ACME });
    expect(loaded.policy.name).toBe('Acme support');
    expect(loaded.calendars).toHaveLength(2);
    // The company closure on Wednesday 4 June 2025 is skipped.
    expect(p1Deadline(loaded, '2025-06-03T16:00:00+02:00')).toBe(Date.parse('2025-06-05T09:00:00Z'));
  });

  it('takes a given calendar list instead of the policy\'s, with paths relative to cwd', () => {
    expect(p1Deadline(load({ policyPath: ACME, calendars: [] }), '2025-06-03T16:00:00+02:00')).toBe(Date.parse('2025-06-04T09:00:00Z'));
    const closures = load({ calendars: ['test/cli/fixtures/policies/company-closures.json'] });
    expect(p1Deadline(closures, '2025-06-03T14:00:00Z')).toBe(Date.parse('2025-06-05T11:00:00+02:00'));
  });

  it('resolves a relative policy path against cwd, and names it as given', () => {
    const loaded = load({ policyPath: 'policies/acme.json', cwd: join(REPO_ROOT, 'test/cli/fixtures') });
    expect(loaded.policy.name).toBe('Acme support');
    expect(() => load({ policyPath: 'policies/missing.json' })).toThrow(expect.objectContaining({ code: 'POLICY_NOT_FOUND', message: expect.stringContaining('policies/missing.json') }));
  });

  describe('a calendar path written in a policy file', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'sla-domain-'));
      mkdirSync(join(dir, 'team'));
      writeFileSync(join(dir, 'closures.json'), JSON.stringify({ name: 'Outside', holidays: [{ name: 'Closed', date: '2025-06-04' }] }));
      const policy = { ...JSON.parse(readFileSync(join(REPO_ROOT, ACME), 'utf8')), holidays: ['../closures.json'] };
      writeFileSync(join(dir, 'team', 'policy.json'), JSON.stringify(policy));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('must stay inside the policy file\'s folder', () => {
      expect(() => load({ policyPath: 'team/policy.json', cwd: dir })).toThrow(expect.objectContaining({ code: 'UNKNOWN_CALENDAR', message: expect.stringMatching(/^team\/policy.json: .* is outside the folder/) }));
    });

    it('may point anywhere with allowAnyPath', () => {
      const loaded = load({ policyPath: 'team/policy.json', cwd: dir, allowAnyPath: true });
      expect(loaded.calendars.map((c) => c.name)).toEqual(['Outside']);
    });
  });
});
