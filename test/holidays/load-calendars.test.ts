import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { daysFromCivil } from '../../src/core/civil';
import { SlaError } from '../../src/errors/sla-error';
import { closureLookup } from '../../src/holidays/closures';
import { holidaysInYear } from '../../src/holidays/holidays-in-year';
import { loadCalendars, shippedCalendars, type CalendarSources } from '../../src/holidays/load-calendars';

const HOLIDAYS_DIR = resolve(__dirname, '..', '..', 'holidays');
const FIXTURES = resolve(__dirname, 'fixtures');
const sources = { dir: HOLIDAYS_DIR, cwd: FIXTURES };
/** The national calendars of the countries whose civil time is Central European. */
const SHIPPED = ['at', 'be', 'ch', 'cz', 'de', 'dk', 'es', 'fr', 'hr', 'hu', 'it', 'lu', 'nl', 'no', 'pl', 'se', 'si', 'sk'];

/** The SlaError thrown by loading `specs`. */
function errorOf(specs: string[], from: CalendarSources = sources): SlaError {
  try {
    loadCalendars(specs, from);
  } catch (err) {
    if (err instanceof SlaError) return err;
    throw err;
  }
  throw new Error('expected loadCalendars to throw');
}

describe('loadCalendars', () => {
  it('loads a shipped calendar by name, in any case', () => {
    const [nl] = loadCalendars(['NL'], sources);
    expect([nl!.id, nl!.path]).toEqual(['nl', resolve(HOLIDAYS_DIR, 'nl.json')]);
  });

  it('lists the shipped calendars', () => {
    expect(shippedCalendars(HOLIDAYS_DIR)).toEqual(SHIPPED);
  });

  it('keeps the country a calendar names', () => {
    expect(loadCalendars(['de'], sources)[0]?.country).toBe('DE');
  });

  it('has no country for a calendar that names none', () => {
    expect(loadCalendars(['./acme.json'], sources)[0]?.country).toBeUndefined();
  });

  it('loads a calendar by a path relative to the working directory', () => {
    const [acme] = loadCalendars(['./acme.json'], sources);
    expect([acme!.id, acme!.path]).toEqual(['./acme.json', resolve(FIXTURES, 'acme.json')]);
  });

  it('folds in the holidays of the calendar it extends, before its own', () => {
    const [acme] = loadCalendars(['./acme.json'], sources);
    const names = holidaysInYear(acme!, 2025).map((h) => h.name);
    expect(names).toEqual([
      "New Year's Day",
      'Easter Sunday',
      'Easter Monday',
      "King's Day",
      'Ascension Day',
      'Whit Sunday',
      'Whit Monday',
      'Company day',
      'Christmas Eve',
      'Christmas Day',
      'Boxing Day',
    ]);
  });

  it('keeps the calendar each inherited holiday came from', () => {
    const [acme] = loadCalendars(['./acme.json'], sources);
    const byName = new Map(holidaysInYear(acme!, 2025).map((h) => [h.name, h.calendar]));
    expect([byName.get('Whit Monday'), byName.get('Company day')]).toEqual(['nl', './acme.json']);
  });

  it('resolves an extends path relative to the extending file, through two levels', () => {
    const [team] = loadCalendars(['fixtures/acme-team.json'], { dir: HOLIDAYS_DIR, cwd: __dirname });
    const closures = closureLookup([team!]);
    expect([daysFromCivil(2025, 10, 3), daysFromCivil(2025, 9, 12), daysFromCivil(2025, 6, 9)].map((d) => closures(d)?.name)).toEqual([
      'Team day',
      'Company day',
      'Whit Monday',
    ]);
  });

  it('keeps the partial hours of an inherited calendar', () => {
    const [acme] = loadCalendars(['./acme.json'], sources);
    expect(closureLookup([acme!])(daysFromCivil(2025, 12, 24))?.intervals).toEqual([{ start: 540, end: 780 }]);
  });

  it('throws INVALID_CALENDAR for a cycle in extends', () => {
    expect(errorOf(['./cycle-a.json']).code).toBe('INVALID_CALENDAR');
  });

  it('names the chain of a cycle in extends', () => {
    expect(errorOf(['./cycle-a.json']).message).toBe('./cycle-a.json: extends itself through ./cycle-a.json -> ./cycle-b.json -> ./cycle-a.json');
  });

  it('throws INVALID_CALENDAR for a calendar that extends itself', () => {
    expect(errorOf(['./self.json']).code).toBe('INVALID_CALENDAR');
  });

  it('reports each problem of a malformed calendar file with its JSON path', () => {
    const err = errorOf(['./malformed.json']);
    expect([err.code, err.details]).toEqual([
      'INVALID_CALENDAR',
      [
        'holidays[0].month: must be a month number 1-12',
        'holidays[1].day: must be a day of month 4',
        'holidays[2]: needs exactly one of "month" and "day", "easter" (days after Easter Sunday), or "date" ("YYYY-MM-DD")',
        expect.stringMatching(/^holidays\[3\]\.date: "2025-02-29" must be a real date written YYYY-MM-DD/),
      ],
    ]);
  });

  it('throws INVALID_CALENDAR for a file that is not JSON', () => {
    expect(errorOf(['./not-json.json']).code).toBe('INVALID_CALENDAR');
  });

  it('throws UNKNOWN_CALENDAR for a calendar file that does not exist', () => {
    expect(errorOf(['./missing.json']).code).toBe('UNKNOWN_CALENDAR');
  });

  it('throws UNKNOWN_CALENDAR for a name that is not shipped', () => {
    expect(errorOf(['xx']).code).toBe('UNKNOWN_CALENDAR');
  });

  it('lists the shipped calendars when a name is not shipped', () => {
    expect(errorOf(['xx']).message).toBe(
      `unknown holiday calendar "xx": shipped calendars are ${SHIPPED.join(', ')}; or give a path to a JSON file, or "none"`,
    );
  });

  it('does not treat a name with dots as a shipped calendar', () => {
    expect(errorOf(['..']).code).toBe('UNKNOWN_CALENDAR');
  });
});

describe('loadCalendars: paths written in files', () => {
  const TMP = mkdtempSync(join(tmpdir(), 'sla-calendars-'));
  afterAll(() => rmSync(TMP, { recursive: true, force: true }));
  /** A folder of the temporary folder, holding `files` (name to JSON value). */
  let folders = 0;
  function folder(files: Record<string, unknown>): string {
    const dir = join(TMP, `case-${++folders}`);
    for (const [name, value] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
    }
    return dir;
  }
  const calendar = (ext: string | string[], name = 'Test'): object => ({ name, extends: ext, holidays: [] });
  const SECRET = 'DB_PASSWORD=hunter2';

  it('reads an extends path below the file\'s folder', () => {
    const dir = folder({ 'a.json': calendar('./sub/b.json'), 'sub/b.json': { name: 'B', holidays: [{ name: 'B day', month: 5, day: 1 }] } });
    expect(loadCalendars(['./a.json'], { dir: HOLIDAYS_DIR, cwd: dir })[0]!.rules).toHaveLength(1);
  });

  it.each([
    ['../secret.json', 'a ../ path'],
    ['/etc/passwd', 'an absolute path'],
  ])('refuses an extends of %j (%s) outside the file\'s folder, without reading it', (spec) => {
    const dir = folder({ 'inner/a.json': calendar(spec), 'secret.json': SECRET });
    const err = errorOf(['./inner/a.json'], { dir: HOLIDAYS_DIR, cwd: dir });
    expect([err.code, err.message]).toEqual([
      'UNKNOWN_CALENDAR',
      `./inner/a.json: holiday calendar ${JSON.stringify(spec)} is outside the folder of this file: give a path inside that folder or a shipped calendar name, or pass --allow-any-path to read any path`,
    ]);
  });

  it('refuses a symbolic link in the folder that points out of it', () => {
    const dir = folder({ 'inner/a.json': calendar('./link.json'), 'secret.json': SECRET });
    symlinkSync(join(dir, 'secret.json'), join(dir, 'inner', 'link.json'));
    expect(errorOf(['./inner/a.json'], { dir: HOLIDAYS_DIR, cwd: dir }).message).toMatch(/^\.\/inner\/a\.json: holiday calendar "\.\/link\.json" is outside the folder/);
  });

  it('does not tell whether a file outside the folder exists', () => {
    const dir = folder({ 'inner/a.json': calendar('../missing.json') });
    expect(errorOf(['./inner/a.json'], { dir: HOLIDAYS_DIR, cwd: dir }).message).toMatch(/is outside the folder of this file/);
  });

  it('reads an extends path outside the folder with allowAnyPath, never quoting a file that is not JSON', () => {
    const dir = folder({ 'inner/a.json': calendar('../secret.json'), 'secret.json': SECRET });
    const err = errorOf(['./inner/a.json'], { dir: HOLIDAYS_DIR, cwd: dir, allowAnyPath: true });
    expect([err.code, err.message]).toEqual(['INVALID_CALENDAR', '../secret.json: not valid JSON at line 1, column 1 (unexpected character)']);
  });

  it('refuses a calendar path a policy names outside the policy\'s folder', () => {
    const dir = folder({ 'policy/x.json': '{}', 'acme.json': calendar([]) });
    expect(errorOf(['../acme.json'], { dir: HOLIDAYS_DIR, cwd: join(dir, 'policy'), namedIn: 'policy/p.json' }).message).toMatch(
      /^policy\/p\.json: holiday calendar "\.\.\/acme\.json" is outside the folder of this file/,
    );
  });

  it('reads a path the user typed wherever it points', () => {
    const dir = folder({ 'acme.json': calendar([]) });
    expect(loadCalendars(['../acme.json'], { dir: HOLIDAYS_DIR, cwd: join(dir, 'elsewhere') })[0]!.name).toBe('Test');
  });

  it('reads shipped calendar names from a file whatever its folder', () => {
    const dir = folder({ 'a.json': calendar('nl') });
    expect(loadCalendars(['./a.json'], { dir: HOLIDAYS_DIR, cwd: dir, namedIn: 'p.json' })[0]!.rules.length).toBeGreaterThan(5);
  });

  it('reads a calendar file that starts with a UTF-8 byte order mark', () => {
    const dir = folder({ 'a.json': `\ufeff${JSON.stringify({ name: 'With BOM', holidays: [] })}` });
    expect(loadCalendars(['./a.json'], { dir: HOLIDAYS_DIR, cwd: dir })[0]!.name).toBe('With BOM');
  });
});

describe('loadCalendars: extends graphs', () => {
  const TMP = mkdtempSync(join(tmpdir(), 'sla-extends-'));
  afterAll(() => rmSync(TMP, { recursive: true, force: true }));
  const write = (name: string, value: object): void => writeFileSync(join(TMP, name), JSON.stringify(value));

  it('folds in a calendar reached along many paths once: a 25-level diamond', () => {
    // Level i has two files, each extending both files of level i + 1: 2^25 paths to the bottom.
    write('d25-a.json', { name: 'Bottom', holidays: [{ name: 'Bottom day', month: 1, day: 2 }] });
    write('d25-b.json', { name: 'Bottom too', holidays: [] });
    for (let i = 24; i >= 0; i -= 1) {
      for (const side of ['a', 'b']) write(`d${i}-${side}.json`, { name: `Level ${i}`, extends: [`./d${i + 1}-a.json`, `d${i + 1}-b.json`], holidays: [{ name: `Day ${i}`, month: 3, day: 1 + i }] });
    }
    const [top] = loadCalendars(['./d0-a.json'], { dir: HOLIDAYS_DIR, cwd: TMP });
    expect(top!.rules).toHaveLength(50);
  });

  it('names the files of a cycle that does not start at the calendar loaded', () => {
    write('x.json', { name: 'X', extends: './y.json', holidays: [] });
    write('y.json', { name: 'Y', extends: './z.json', holidays: [] });
    write('z.json', { name: 'Z', extends: 'y.json', holidays: [] });
    expect(errorOf(['./x.json'], { dir: HOLIDAYS_DIR, cwd: TMP }).message).toBe('./x.json: extends itself through ./y.json -> ./z.json -> ./y.json');
  });

  it('shortens a long cycle in the middle', () => {
    for (let i = 0; i < 20; i += 1) write(`r${i}.json`, { name: `Ring ${i}`, extends: `./r${(i + 1) % 20}.json`, holidays: [] });
    expect(errorOf(['./r0.json'], { dir: HOLIDAYS_DIR, cwd: TMP }).message).toBe(
      './r0.json: extends itself through ./r0.json -> ./r1.json -> ./r2.json -> ./r3.json -> (13 more) -> ./r17.json -> ./r18.json -> ./r19.json -> ./r0.json',
    );
  });
});
