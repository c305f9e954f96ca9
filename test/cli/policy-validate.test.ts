import { join, relative } from 'node:path';
import { ROOT, sla } from './run-in-process';

// Paths as a user in the repository would type them, so that messages are predictable.
const P = relative(ROOT, join(__dirname, 'fixtures', 'policies'));
const file = (name: string): string => `${P}/${name}`;

describe('sla policy validate: valid files', () => {
  it('confirms each file on stdout and exits 0', async () => {
    const r = await sla(['policy', 'validate', file('default.json'), file('acme.json')]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(
      [
        `${P}/default.json: valid (3 priorities, 3 plans, calendars: nl)`,
        `${P}/acme.json: valid (3 priorities, 3 plans, calendars: nl, ./company-closures.json)`,
        '',
      ].join('\n'),
    );
  });

  it('needs at least one file', async () => {
    const r = await sla(['policy', 'validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing required argument 'file'/);
  });
});

describe('sla policy validate: every problem, with its file and JSON path, exits 2', () => {
  const invalid = async (...names: string[]) => {
    const r = await sla(['policy', 'validate', ...names.map(file)]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    return r.stderr;
  };

  it('urgent-not-slower: a P1 target longer than P2', async () => {
    expect(await invalid('urgent-slower.json')).toBe(
      [
        'sla: 1 of 1 policy file is invalid (1 problem)',
        `  ${P}/urgent-slower.json: targets.professional.1: priority 1 (Business Critical) waits longer than the less urgent priority 2 (Degraded Service) on Professional: 8 business hours against 6 business hours [urgent-not-slower]`,
        '',
      ].join('\n'),
    );
  });

  it('better-plan-not-slower: Advanced slower than Professional', async () => {
    expect(await invalid('better-plan-slower.json')).toBe(
      [
        'sla: 1 of 1 policy file is invalid (1 problem)',
        `  ${P}/better-plan-slower.json: targets.advanced.3: Advanced is slower than Professional, listed before it (less service), for priority 3 (General Issue): 10 business hours against 9 business hours [better-plan-not-slower]`,
        '',
      ].join('\n'),
    );
  });

  it('overlapping hours and an unknown zone (the schema rules)', async () => {
    expect(await invalid('bad-hours-and-zone.json')).toBe(
      [
        'sla: 1 of 1 policy file is invalid (2 problems)',
        `  ${P}/bad-hours-and-zone.json: timezone: unknown time zone "Europe/Amsterdm": use an IANA zone name such as Europe/Amsterdam`,
        `  ${P}/bad-hours-and-zone.json: hours.monday: intervals 09:00-13:00 and 12:00-17:00 overlap`,
        '',
      ].join('\n'),
    );
  });

  it('no business hours on any day', async () => {
    expect(await invalid('no-hours.json')).toContain(`${P}/no-hours.json: hours: no business hours on any day`);
  });

  it('unknown and malformed calendars, read relative to the policy file, at holidays[i]', async () => {
    expect(await invalid('bad-calendars.json')).toBe(
      [
        'sla: 1 of 1 policy file is invalid (3 problems)',
        `  ${P}/bad-calendars.json: holidays[1]: unknown holiday calendar "atlantis": shipped calendars are at, be, ch, cz, de, dk, es, fr, hr, hu, it, lu, nl, no, pl, se, si, sk; or give a path to a JSON file, or "none"`,
        `  ${P}/bad-calendars.json: holidays[2]: ./broken-calendar.json: invalid holiday calendar (1 problem)`,
        `  ${P}/bad-calendars.json: holidays[2]: holidays[0].month: must be a month number 1-12`,
        '',
      ].join('\n'),
    );
  });

  it('reports every file: the bad ones among good ones, a missing one, one that is not JSON', async () => {
    const r = await sla(['policy', 'validate', file('default.json'), file('urgent-slower.json'), 'missing.json', file('no-hours.json')]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('sla: 3 of 4 policy files are invalid (3 problems)');
    expect(lines.slice(1).map((l) => l.trim().split(': ')[0])).toEqual([`${P}/urgent-slower.json`, 'cannot read policy file "missing.json"', `${P}/no-hours.json`]);
  });

  it('a file that is not JSON', async () => {
    expect(await invalid('cases-pass.ndjson')).toMatch(/cases-pass\.ndjson: not valid JSON/);
  });
});
