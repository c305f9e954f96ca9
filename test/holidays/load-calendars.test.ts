import { resolve } from 'node:path';
import { daysFromCivil } from '../../src/core/civil';
import { SlaError } from '../../src/core/errors';
import { closureLookup } from '../../src/holidays/closures';
import { holidaysInYear } from '../../src/holidays/holidays-in-year';
import { loadCalendars, shippedCalendars } from '../../src/holidays/load-calendars';

const HOLIDAYS_DIR = resolve(__dirname, '..', '..', 'holidays');
const FIXTURES = resolve(__dirname, 'fixtures');
const sources = { dir: HOLIDAYS_DIR, cwd: FIXTURES };
/** The national calendars of the countries whose civil time is Central European. */
const SHIPPED = ['at', 'be', 'ch', 'cz', 'de', 'dk', 'es', 'fr', 'hr', 'hu', 'it', 'lu', 'nl', 'no', 'pl', 'se', 'si', 'sk'];

/** The SlaError thrown by loading `specs`. */
function errorOf(specs: string[]): SlaError {
  try {
    loadCalendars(specs, sources);
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
    expect(errorOf(['./cycle-a.json']).message).toContain('cycle-a.json -> cycle-b.json -> cycle-a.json');
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
        'holidays[3].date: "2025-02-29" must be a real date written YYYY-MM-DD',
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
