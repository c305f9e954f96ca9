import { errorJsonLine, wantsJsonErrors } from '../../src/cli/json-errors';
import { sla } from './run-in-process';

/** stderr as JSON, after checking it is exactly one line. */
const errorOf = (stderr: string): unknown => {
  expect(stderr.endsWith('\n') && stderr.indexOf('\n') === stderr.length - 1).toBe(true);
  return JSON.parse(stderr);
};

describe('errors as JSON with --json', () => {
  it('writes an SlaError as {"error": {"code", "message"}} on one line, with the same exit code', async () => {
    const r = await sla(['deadline', '--opened', 'bad', '--json']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(errorOf(r.stderr)).toEqual({ error: { code: 'INVALID_DATE', message: expect.stringMatching(/^invalid date-time "bad"/) } });
  });

  it('names the code scripts branch on', async () => {
    const r = await sla(['deadline', '-P', 'gold', '-j']);
    expect(errorOf(r.stderr)).toEqual({ error: { code: 'UNKNOWN_PLAN', message: 'unknown plan "gold": accepted are basic, professional, advanced' } });
    expect(r.code).toBe(2);
  });

  it('writes commander usage errors as USAGE, even when parsing stops before --json is read', async () => {
    const unknown = await sla(['deadline', '--bogus', '--json']);
    expect([unknown.code, errorOf(unknown.stderr)]).toEqual([2, { error: { code: 'USAGE', message: "unknown option '--bogus'" } }]);
    const badValue = await sla(['deadline', '--warn', '5x', '-j']);
    expect(errorOf(badValue.stderr)).toEqual({ error: { code: 'USAGE', message: expect.stringMatching(/^invalid --warn "5x": give a share/) } });
    const choice = await sla(['table', '--format', 'xml', '--json']);
    expect(errorOf(choice.stderr)).toEqual({ error: { code: 'USAGE', message: 'invalid --format "xml": accepted are table, json, csv, markdown' } });
    const command = await sla(['--json', 'dedline']);
    expect([command.code, (errorOf(command.stderr) as { error: { code: string } }).error.code]).toEqual([2, 'USAGE']);
  });

  it('names options by their long flag, as the text does', async () => {
    const r = await sla(['deadline', '--input', '-', '-o', 'now', '-j']);
    expect(errorOf(r.stderr)).toEqual({ error: { code: 'USAGE', message: "option '--input <file>' cannot be used with option '--opened <iso>'" } });
  });

  it('keeps the details of an error with several problems', async () => {
    const r = await sla(['deadline', '--policy', 'test/cli/fixtures/invalid-policy.json', '--json']);
    expect(r.code).toBe(2);
    expect(errorOf(r.stderr)).toEqual({
      error: {
        code: 'INVALID_POLICY',
        message: 'test/cli/fixtures/invalid-policy.json: invalid policy (1 problem)',
        details: ['targets.professional.2: minutes must be a positive integer'],
      },
    });
  });

  it('keeps the exit code of a verdict, which is not an error', async () => {
    const r = await sla(['deadline', '-p', '1', '-P', 'professional', '-o', '2025-06-02T10:00', '-n', '2025-06-03T10:00', '--fail-on', 'breached', '-j']);
    expect([r.code, r.stderr]).toEqual([1, '']);
  });

  it('leaves the sla: text line as it is without --json', async () => {
    const r = await sla(['deadline', '--opened', 'bad']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sla: invalid date-time "bad"/);
    const usage = await sla(['deadline', '--bogus']);
    expect([usage.code, usage.stderr]).toEqual([2, "sla: unknown option '--bogus'\n(run with --help for usage)\n"]);
  });

  it('leaves help and the version alone', async () => {
    expect((await sla(['deadline', '--help', '--json'])).code).toBe(0);
    expect((await sla(['--version', '--json'])).stderr).toBe('');
  });
});

describe('wantsJsonErrors', () => {
  it('finds --json or -j anywhere before --', () => {
    expect(wantsJsonErrors(['--json', 'deadline'])).toBe(true);
    expect(wantsJsonErrors(['deadline', '-j'])).toBe(true);
    expect(wantsJsonErrors(['classify', '--', '--json'])).toBe(false);
    expect(wantsJsonErrors(['deadline', '--jsonx'])).toBe(false);
  });
});

describe('errorJsonLine', () => {
  it('writes one line, with details only when there are any', () => {
    expect(errorJsonLine('USAGE', 'bad')).toBe('{"error":{"code":"USAGE","message":"bad"}}\n');
    expect(errorJsonLine('INVALID_POLICY', 'bad', ['a: b'])).toBe('{"error":{"code":"INVALID_POLICY","message":"bad","details":["a: b"]}}\n');
  });
});
