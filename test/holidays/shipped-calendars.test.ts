import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { daysFromCivil } from '../../src/core/civil';
import { closureLookup } from '../../src/holidays/closures';
import { loadCalendars, shippedCalendars } from '../../src/holidays/load-calendars';

const HOLIDAYS_DIR = resolve(__dirname, '..', '..', 'holidays');
const sources = { dir: HOLIDAYS_DIR, cwd: HOLIDAYS_DIR };
const raw = (id: string): { name?: string; country?: string; source?: string; holidays: Array<{ name?: string; localName?: string }> } =>
  JSON.parse(readFileSync(resolve(HOLIDAYS_DIR, `${id}.json`), 'utf8'));

/** The name of the holiday a shipped calendar has on a date, or undefined. */
function holidayOn(id: string, year: number, month: number, day: number): string | undefined {
  return closureLookup(loadCalendars([id], sources))(daysFromCivil(year, month, day))?.name;
}

describe.each(shippedCalendars(HOLIDAYS_DIR))('the shipped %s calendar', (id) => {
  it('names its country with the code of its file name', () => {
    expect(raw(id).country).toBe(id.toUpperCase());
  });

  it('names its source', () => {
    expect(raw(id).source?.trim()).toBeTruthy();
  });

  it('gives every holiday an English name and a local name', () => {
    expect(raw(id).holidays.filter((h) => !h.name?.trim() || !h.localName?.trim())).toEqual([]);
  });

  it('loads without problems', () => {
    expect(() => loadCalendars([id], sources)).not.toThrow();
  });
});

// Rules for years before the comparison with date-holidays starts (2000), and law
// changes it does not know of, checked against the laws named in each file.
describe('the shipped calendars before 2000 and where the law changed', () => {
  it.each`
    id      | date            | name
    ${'de'} | ${[1985, 6, 17]}  | ${'Day of German Unity (17 June)'}
    ${'de'} | ${[1994, 11, 16]} | ${'Day of Repentance and Prayer'}
    ${'it'} | ${[1990, 6, 3]}   | ${'Republic Day'}
    ${'it'} | ${[1976, 3, 19]}  | ${"St Joseph's Day"}
    ${'hr'} | ${[2001, 5, 30]}  | ${'Statehood Day'}
    ${'se'} | ${[2004, 5, 31]}  | ${'Whit Monday'}
    ${'si'} | ${[2012, 1, 2]}   | ${"New Year's Day (second day)"}
    ${'sk'} | ${[2018, 10, 30]} | ${'Centenary of the Declaration of the Slovak Nation'}
    ${'pl'} | ${[1985, 7, 22]}  | ${'National Day of the Rebirth of Poland'}
    ${'fr'} | ${[1982, 5, 8]}   | ${'Victory in Europe Day'}
  `('$id closes on $date for $name', ({ id, date, name }: { id: string; date: [number, number, number]; name: string }) => {
    expect(holidayOn(id, ...date)).toBe(name);
  });

  it.each`
    id      | date              | why
    ${'de'} | ${[1995, 11, 22]} | ${'Day of Repentance and Prayer given up from 1995'}
    ${'it'} | ${[1990, 6, 2]}   | ${'Republic Day on the first Sunday of June from 1977 to 2000'}
    ${'it'} | ${[1980, 1, 6]}   | ${'Epiphany given up from 1978 to 1985'}
    ${'hr'} | ${[2001, 6, 25]}  | ${'Statehood Day on 25 June only from 2002'}
    ${'se'} | ${[2005, 5, 16]}  | ${'Whit Monday replaced by National Day from 2005'}
    ${'si'} | ${[2014, 1, 2]}   | ${'2 January not a day off from 2013 to 2016'}
    ${'cz'} | ${[2015, 4, 3]}   | ${'Good Friday only from 2016'}
    ${'dk'} | ${[2024, 4, 26]}  | ${'Great Prayer Day given up from 2024'}
    ${'fr'} | ${[1980, 5, 8]}   | ${'8 May not a holiday from 1975 to 1981'}
  `('$id is open on $date: $why', ({ id, date }: { id: string; date: [number, number, number] }) => {
    expect(holidayOn(id, ...date)).toBeUndefined();
  });
});
