import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPolicyWithCalendars } from '../../src/domain/load-policy-with-calendars';
import { caseItems, readCases, runCase } from '../../src/domain/policy-test-cases';

const REPO_ROOT = resolve(__dirname, '..', '..');
const { policy, schedule } = loadPolicyWithCalendars({ cwd: REPO_ROOT, holidaysDir: resolve(REPO_ROOT, 'holidays') });
const zone = schedule.zone;

describe('policy test cases', () => {
  it('splits NDJSON by line and a JSON array by index', () => {
    expect(caseItems('{"a":1}\n\n{"a":2}\n')).toEqual([
      { where: 'line 1', value: { a: 1 } },
      { where: 'line 3', value: { a: 2 } },
    ]);
    expect(caseItems('[{"a":1}]')).toEqual([{ where: '[0]', value: { a: 1 } }]);
  });

  it('compares deadlines as instants, whatever the offset the expectation is written in', () => {
    const text = [
      '{"opened": "2025-06-02T10:00:00+02:00", "priority": 1, "plan": "professional", "expect": "2025-06-02T11:00:00Z"}',
      '{"opened": "2025-06-02T08:00:00Z", "priority": 1, "plan": "professional", "expect": "2025-06-02T07:00:00-04:00"}',
      '{"opened": "2025-06-02T10:00:00+02:00", "priority": 1, "plan": "basic", "expect": null}',
      '{"opened": "2025-06-02T10:00:00+02:00", "priority": 1, "plan": "professional", "expect": "2025-06-02T13:00:01+02:00"}',
    ].join('\n');
    const results = readCases(text, 'cases.ndjson', policy, zone).map((c) => runCase(policy, schedule, c));
    expect(results.map((r) => r.passed)).toEqual([true, true, true, false]);
    expect(results[3]!.outcome.deadlineMs).toBe(Date.parse('2025-06-02T11:00:00Z'));
  });

  it('passes the shipped example cases', () => {
    const text = readFileSync(resolve(REPO_ROOT, 'test/cli/fixtures/policies/cases-pass.ndjson'), 'utf8');
    const cases = readCases(text, 'cases-pass.ndjson', policy, zone);
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.map((c) => runCase(policy, schedule, c)).filter((r) => !r.passed)).toEqual([]);
  });

  it('reports every problem of a case file at once, by line', () => {
    const text = '{"opened": "nope", "priority": 9, "plan": "professional", "expected": "x"}\n{oops\n';
    expect(() => readCases(text, 'bad.ndjson', policy, zone)).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: 'bad.ndjson: invalid test cases (5 problems)',
        details: expect.arrayContaining([expect.stringMatching(/^line 1: expected: unknown key/), expect.stringMatching(/^line 2: /)]),
      }),
    );
  });
});
