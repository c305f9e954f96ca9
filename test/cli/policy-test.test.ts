import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT, sla } from './run-in-process';

const P = relative(ROOT, join(__dirname, 'fixtures', 'policies'));
const file = (name: string): string => `${P}/${name}`;

const TMP = mkdtempSync(join(tmpdir(), 'sla-policy-test-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** Writes a case file into a temporary folder and returns its path. */
let written = 0;
function caseFile(text: string, ext = 'ndjson'): string {
  const path = join(TMP, `cases-${++written}.${ext}`);
  writeFileSync(path, text);
  return path;
}

describe('sla policy test: passing cases', () => {
  it('prints a line per case and the summary, and exits 0 (NDJSON, blank lines skipped)', async () => {
    const r = await sla(['policy', 'test', file('cases-pass.ndjson')]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(
      [
        'ok   line 1 Monday morning, P1 on Professional',
        'ok   line 2 P1 on advanced, opened 2025-06-02T08:00:00Z',
        'ok   line 4 Basic has no guarantee',
        'ok   line 5 beta is not covered',
        'ok   line 6 Whitsun weekend',
        '5 passed, 0 failed',
        '',
      ].join('\n'),
    );
  });

  it('uses --holidays: without them Whit Monday is a working day and the Whitsun case fails', async () => {
    const r = await sla(['policy', 'test', file('cases-pass.ndjson'), '--holidays', 'none']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAIL line 6 Whitsun weekend$/m);
    expect(r.stdout).toMatch(/^4 passed, 1 failed$/m);
  });

  it('uses --policy, whose calendars are read relative to it', async () => {
    // acme.json closes Wednesday 4 June 2025 (company-closures.json).
    const cases = '{"opened": "2025-06-03T16:00:00+02:00", "priority": 1, "plan": "professional", "expect": "2025-06-05T11:00:00+02:00"}\n';
    const dir = join(__dirname, 'fixtures', 'policies');
    const r = await sla(['policy', 'test', caseFile(cases), '--policy', join(dir, 'acme.json')]);
    expect([r.code, r.stdout]).toEqual([0, 'ok   line 1 P1 on professional, opened 2025-06-03T16:00:00+02:00\n1 passed, 0 failed\n']);
  });
});

describe('sla policy test: failing cases', () => {
  it('prints expected, got and the explanation of each failure, the summary, and exits 1', async () => {
    const r = await sla(['policy', 'test', file('cases-fail.json')]);
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect(r.stdout).toBe(
      [
        'ok   [0] Monday morning, P1 on Professional',
        'FAIL [1] Whitsun weekend, wrongly expected on Monday',
        '  expected 2025-06-09T14:00:00+02:00',
        '  got      2025-06-10T14:00:00+02:00',
        '  P3 General Issue, opened Fri 6 Jun 2025 16:00 +02:00 (Europe/Amsterdam)',
        '    Advanced  due Tue 10 Jun 2025 14:00 +02:00  within 6 business hours, 3 d 22 h of real time from opening to deadline',
        '        Fri 6 Jun 2025   16:00-17:00   1 h',
        '        Sat 7 Jun 2025   skipped, weekend',
        '        Sun 8 Jun 2025   skipped, holiday: Whit Sunday',
        '        Mon 9 Jun 2025   skipped, holiday: Whit Monday',
        '        Tue 10 Jun 2025  09:00-14:00   5 h',
        'FAIL [2] Basic, wrongly expected covered',
        '  expected 2025-06-02T13:00:00+02:00',
        '  got      not covered (the Basic plan has no guaranteed response time for priority 1)',
        '  P1 Business Critical, opened Mon 2 Jun 2025 10:00 +02:00 (Europe/Amsterdam)',
        '    Basic  not covered: the Basic plan has no guaranteed response time for priority 1',
        '1 passed, 2 failed',
        '',
      ].join('\n'),
    );
  });

  it('compares instants, not strings: Z and +02:00 spellings of the same deadline agree', async () => {
    // [0] expects 2025-06-02T11:00:00Z for a 13:00 +02:00 deadline, and passes.
    expect((await sla(['policy', 'test', file('cases-fail.json')])).stdout).toMatch(/^ok {3}\[0\]/m);
  });

  it('prints JSON with --json, the explanation only for failures, and still exits 1', async () => {
    const r = await sla(['policy', 'test', file('cases-fail.json'), '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect([json.passed, json.failed]).toEqual([1, 2]);
    expect(json.cases.map((c: any) => [c.where, c.passed, c.expected, c.got, c.result.segments?.length])).toEqual([
      ['[0]', true, '2025-06-02T13:00:00+02:00', '2025-06-02T13:00:00+02:00', undefined],
      ['[1]', false, '2025-06-09T14:00:00+02:00', '2025-06-10T14:00:00+02:00', 5],
      ['[2]', false, '2025-06-02T13:00:00+02:00', null, undefined],
    ]);
    expect(json.cases[1].result.segments[2]).toEqual({ type: 'skipped', date: '2025-06-08', reason: 'holiday', holiday: 'Whit Sunday' });
  });
});

describe('sla policy test: a malformed case file exits 2, naming each bad line or index', () => {
  it('reports every bad case of an NDJSON file by line, in order, with nothing on stdout', async () => {
    const r = await sla(['policy', 'test', file('cases-malformed.ndjson')]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      [
        `sla: ${P}/cases-malformed.ndjson: invalid test cases (7 problems)`,
        '  line 2: plan: unknown plan "gold": accepted are basic, professional, advanced',
        '  line 3: expected: unknown key (accepted: name, opened, priority, plan, beta, expect)',
        '  line 3: expect: is required: the expected deadline (ISO 8601), or null when the ticket is not covered',
        '  line 4: opened: invalid date-time "2025-02-30T10:00" (2025-02 has no day 30): use ISO 8601 such as 2025-06-02T10:00:00+02:00, 2025-06-02T08:00:00Z, or 2025-06-02T10:00 (wall time in the policy zone)',
        '  line 4: priority: unknown priority "9": accepted are 1|critical|business-critical, 2|degraded|degraded-service, 3|general|general-issue',
        '  line 5: not valid JSON at column 117 (the text ends early)',
        '  line 6: a case is an object {"opened", "priority", "plan", "expect"}',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['[{"opened": "2025-06-02T10:00", "priority": 1, "plan": "basic", "expect": null}, {"opened": 5}]', /\[1\]\.opened: is required[\s\S]*\[1\]\.expect: is required/],
    ['[{"opened": "2025-06-02T10:00", "priority": 1, "plan": "basic", "expect": null, "beta": "yes"}]', /\[0\]\.beta: must be true or false/],
    ['[{"opened": "2025-06-02T10:00", "priority": 1, "plan": "basic", "expect": "soon"}]', /\[0\]\.expect: invalid date-time "soon"/],
    ['[{"opened": "2025-06-02T10:00"', /\(top level\): not valid JSON/],
    ['[]', /\(top level\): no test cases/],
    ['\n\n', /\(top level\): no test cases/],
  ])('%s', async (input, message) => {
    const path = caseFile(input, 'json');
    const r = await sla(['policy', 'test', path]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr.startsWith(`sla: ${path}: invalid test cases`)).toBe(true);
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 when the case file is missing', async () => {
    const r = await sla(['policy', 'test', 'missing.ndjson']);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'sla: cannot read test case file "missing.ndjson": no such file\n']);
  });

  it('exits 2 when the policy is bad', async () => {
    const r = await sla(['policy', 'test', file('cases-pass.ndjson'), '--policy', file('no-hours.json')]);
    expect([r.code, r.stdout]).toEqual([2, '']);
  });
});

describe('sla policy', () => {
  it('without a subcommand prints help and exits 2', async () => {
    const r = await sla(['policy']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/validate/);
  });

  it('exits 2 on an unknown subcommand', async () => {
    const r = await sla(['policy', 'lint']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'lint'/);
  });
});
