import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SlaError } from '../../src/errors/sla-error';
import { loadPolicyFile } from '../../src/policy/load-policy';

const fixture = (name: string): string => resolve(__dirname, 'fixtures', name);

/** The SlaError thrown by loading `path`. */
function errorOf(path: string): SlaError {
  try {
    loadPolicyFile(path);
  } catch (err) {
    if (err instanceof SlaError) return err;
    throw err;
  }
  throw new Error('expected loadPolicyFile to throw');
}

describe('loadPolicyFile', () => {
  it('loads a valid policy file', () => {
    const policy = loadPolicyFile(fixture('acme-policy.json'));
    expect([policy.name, policy.timezone, policy.plans.map((p) => p.id)]).toEqual(['Acme support', 'America/New_York', ['gold']]);
  });

  it('reads weekdays the file leaves out as closed and keeps split hours', () => {
    expect(loadPolicyFile(fixture('acme-policy.json')).hours).toEqual([
      [],
      [
        { start: 480, end: 720 },
        { start: 780, end: 1080 },
      ],
      [{ start: 480, end: 1080 }],
      [],
      [],
      [],
      [],
    ]);
  });

  it('records where the policy came from', () => {
    expect(loadPolicyFile(fixture('acme-policy.json')).source).toBe(fixture('acme-policy.json'));
  });

  it('throws POLICY_NOT_FOUND for a missing file', () => {
    expect(errorOf(fixture('missing.json')).code).toBe('POLICY_NOT_FOUND');
  });

  it('names the missing file', () => {
    expect(errorOf(fixture('missing.json')).message).toBe(`cannot read policy file ${JSON.stringify(fixture('missing.json'))}: no such file`);
  });

  it('throws INVALID_POLICY for a file that is not JSON', () => {
    expect(errorOf(fixture('not-json.json')).code).toBe('INVALID_POLICY');
  });

  it('throws INVALID_POLICY with each problem at its path for an invalid file', () => {
    const err = errorOf(fixture('invalid-policy.json'));
    expect([err.code, err.details]).toEqual([
      'INVALID_POLICY',
      [
        'timezone: unknown time zone "Mars/Base": use an IANA zone name such as Europe/Amsterdam',
        'hours.monday: intervals 09:00-13:00 and 12:00-17:00 overlap',
        'targets.gold.1: minutes must be a positive integer',
      ],
    ]);
  });

  it('loads a policy file that starts with a UTF-8 byte order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-policy-bom-'));
    try {
      const path = join(dir, 'policy.json');
      writeFileSync(path, `\ufeff${readFileSync(fixture('acme-policy.json'), 'utf8')}`);
      expect(loadPolicyFile(path).name).toBe('Acme support');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the line and column of a file that is not JSON, without quoting it', () => {
    expect(errorOf(fixture('not-json.json')).message).toMatch(/^\/.*not-json\.json: not valid JSON at line \d+, column \d+ \([a-z ',:{}\]]+\)$/);
  });

  it('throws POLICY_NOT_FOUND for a device, naming it', () => {
    expect([errorOf('/dev/zero').code, errorOf('/dev/zero').message]).toEqual(['POLICY_NOT_FOUND', 'cannot read policy file "/dev/zero": a device, not a file']);
  });
});
