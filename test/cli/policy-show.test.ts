import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { defaultPolicy } from '../../src/policy/load-policy';
import { policyToDocument } from '../../src/policy/policy-to-document';
import { ROOT, sla } from './run-in-process';

const P = relative(ROOT, join(__dirname, 'fixtures', 'policies'));
const SCHEMA_URL = 'https://unpkg.com/support-sla/schemas/policy.schema.json';

describe('sla policy show', () => {
  it('prints the built-in policy as a complete policy file: $schema first, every field, 2-space indented', async () => {
    const r = await sla(['policy', 'show']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual(['{', `  "$schema": "${SCHEMA_URL}",`, '  "name": "Guaranteed response times for support",', '  "timezone": "Europe/Amsterdam",']);
    expect(r.stdout).toContain('\n    "monday": [["09:00", "17:00"]],\n');
    expect(r.stdout).toContain('\n    { "id": "basic", "name": "Basic", "aliases": [] },\n');
    expect(r.stdout.endsWith('}\n')).toBe(true);
    expect(JSON.parse(r.stdout)).toEqual(policyToDocument(defaultPolicy()));
  });

  it('prints the same JSON with --json', async () => {
    const [text, json] = await Promise.all([sla(['policy', 'show']), sla(['policy', 'show', '--json'])]);
    expect(json).toEqual(text);
  });

  it('shows a policy file with its calendars as it names them', async () => {
    const r = await sla(['policy', 'show', '--policy', `${P}/acme.json`]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect([doc.$schema, doc.name, doc.holidays]).toEqual([SCHEMA_URL, 'Acme support', ['nl', './company-closures.json']]);
  });

  it('fills in what a policy file leaves out', async () => {
    const doc = JSON.parse((await sla(['policy', 'show', '--policy', 'test/policy/fixtures/acme-policy.json'])).stdout) as Record<string, unknown>;
    expect(doc).toMatchObject({
      name: 'Acme support',
      holidays: [],
      defaultPriority: 2,
      hours: { monday: [['08:00', '12:00'], ['13:00', '18:00']], wednesday: [], sunday: [] },
      notCovered: 'questions about developer previews and beta products have no guaranteed response time',
    });
  });

  it('shows the calendars --holidays puts in effect', async () => {
    const none = JSON.parse((await sla(['policy', 'show', '--holidays', 'none'])).stdout) as Record<string, unknown>;
    const de = JSON.parse((await sla(['policy', 'show', '--holidays', 'de, nl'])).stdout) as Record<string, unknown>;
    expect([none.holidays, de.holidays]).toEqual([[], ['de', 'nl']]);
  });

  it('refuses an invalid policy, a missing file and a calendar that does not exist, with nothing on stdout', async () => {
    const runs = await Promise.all([
      sla(['policy', 'show', '--policy', `${P}/no-hours.json`]),
      sla(['policy', 'show', '--policy', `${P}/missing.json`]),
      sla(['policy', 'show', '--holidays', 'atlantis']),
    ]);
    expect(runs.map((r) => [r.code, r.stdout])).toEqual([
      [2, ''],
      [2, ''],
      [2, ''],
    ]);
    expect(runs[0]!.stderr).toMatch(/no-hours\.json: invalid policy/);
    expect(runs[1]!.stderr).toMatch(/missing\.json/);
    expect(runs[2]!.stderr).toMatch(/unknown holiday calendar "atlantis"/);
  });
});

describe('sla policy init', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sla-policy-init-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes what `policy show` prints to a new file, says so on stderr, and the file validates', async () => {
    const r = await sla(['policy', 'init', 'acme.json'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toBe(
      [
        'sla: wrote "acme.json": the built-in policy (3 priorities, 3 plans, calendars: nl)',
        '  edit it, then check it with: sla policy validate acme.json',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, 'acme.json'), 'utf8')).toBe((await sla(['policy', 'show'])).stdout);
    const validate = await sla(['policy', 'validate', 'acme.json'], { cwd: dir });
    expect([validate.code, validate.stderr]).toEqual([0, '']);
  });

  it('starts from --policy, and what it writes shows back the same', async () => {
    const source = join(ROOT, 'test', 'cli', 'fixtures', 'policies', 'odd-labels.json');
    const r = await sla(['policy', 'init', 'odd.json', '--policy', source], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^sla: wrote "odd\.json": the policy of ".*odd-labels\.json" \(3 priorities, 2 plans, calendars: none\)\n/);
    const again = await sla(['policy', 'show', '--policy', 'odd.json'], { cwd: dir });
    expect(again.stdout).toBe(readFileSync(join(dir, 'odd.json'), 'utf8'));
    expect(again.stdout).toBe((await sla(['policy', 'show', '--policy', source])).stdout);
  });

  it('tells where calendar paths in the new file are read from', async () => {
    const r = await sla(['policy', 'init', 'acme.json', '--policy', join(ROOT, P, 'acme.json')], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('\n  calendar paths in it (./company-closures.json) are read from its folder\n');
  });

  it('never overwrites a file: exit 2, naming it, and the file is left as it was', async () => {
    writeFileSync(join(dir, 'policy.json'), 'mine\n');
    const r = await sla(['policy', 'init', 'policy.json'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('sla: "policy.json" already exists: give a new file name (an existing file is never overwritten)\n');
    expect(readFileSync(join(dir, 'policy.json'), 'utf8')).toBe('mine\n');
  });

  it('exits 2 when the folder does not exist, and writes nothing for an invalid policy', async () => {
    const noFolder = await sla(['policy', 'init', 'no/such/folder/policy.json'], { cwd: dir });
    expect([noFolder.code, noFolder.stderr]).toEqual([2, 'sla: cannot create "no/such/folder/policy.json": no such file or directory (ENOENT)\n']);
    const invalid = await sla(['policy', 'init', 'new.json', '--policy', join(ROOT, P, 'no-hours.json')], { cwd: dir });
    expect(invalid.code).toBe(2);
    expect(() => readFileSync(join(dir, 'new.json'))).toThrow(/ENOENT/);
  });

  it('needs a file name', async () => {
    const r = await sla(['policy', 'init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing required argument 'file'/);
  });
});
