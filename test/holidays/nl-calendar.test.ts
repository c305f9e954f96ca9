import { resolve } from 'node:path';
import { daysFromCivil } from '../../src/core/civil';
import { closureLookup } from '../../src/holidays/closures';
import { holidaysInYear } from '../../src/holidays/holidays-in-year';
import { loadCalendars } from '../../src/holidays/load-calendars';

const HOLIDAYS_DIR = resolve(__dirname, '..', '..', 'holidays');
const [nl] = loadCalendars(['nl'], { dir: HOLIDAYS_DIR, cwd: __dirname });

const dates = (year: number): string[] => holidaysInYear(nl!, year).map((h) => `${h.date} ${h.name}`);

describe('the shipped nl calendar', () => {
  it('lists exactly the 2024 holidays', () => {
    expect(dates(2024)).toEqual([
      "2024-01-01 New Year's Day",
      '2024-03-31 Easter Sunday',
      '2024-04-01 Easter Monday',
      "2024-04-27 King's Day",
      '2024-05-09 Ascension Day',
      '2024-05-19 Whit Sunday',
      '2024-05-20 Whit Monday',
      '2024-12-25 Christmas Day',
      '2024-12-26 Boxing Day',
    ]);
  });

  it("lists exactly the 2025 holidays, with King's Day on Saturday 26 April because the 27th is a Sunday", () => {
    expect(dates(2025)).toEqual([
      "2025-01-01 New Year's Day",
      '2025-04-20 Easter Sunday',
      '2025-04-21 Easter Monday',
      "2025-04-26 King's Day",
      '2025-05-29 Ascension Day',
      '2025-06-08 Whit Sunday',
      '2025-06-09 Whit Monday',
      '2025-12-25 Christmas Day',
      '2025-12-26 Boxing Day',
    ]);
  });

  it('lists exactly the 2026 holidays', () => {
    expect(dates(2026)).toEqual([
      "2026-01-01 New Year's Day",
      '2026-04-05 Easter Sunday',
      '2026-04-06 Easter Monday',
      "2026-04-27 King's Day",
      '2026-05-14 Ascension Day',
      '2026-05-24 Whit Sunday',
      '2026-05-25 Whit Monday',
      '2026-12-25 Christmas Day',
      '2026-12-26 Boxing Day',
    ]);
  });

  it('does not close on Good Friday', () => {
    expect(closureLookup([nl!])(daysFromCivil(2025, 4, 18))).toBeUndefined();
  });

  it('does not close on Liberation Day (5 May)', () => {
    expect(closureLookup([nl!])(daysFromCivil(2025, 5, 5))).toBeUndefined();
  });

  it('keeps the Dutch local names', () => {
    expect(holidaysInYear(nl!, 2025).find((h) => h.name === "King's Day")?.localName).toBe('Koningsdag');
  });

  it("keeps Queen's Day on 30 April before 2014", () => {
    expect(dates(2013)).toContain("2013-04-30 Queen's Day");
  });
});
