import { SlaError } from '../../src/core/errors';
import { parseCalendar } from '../../src/holidays/parse-calendar';

/** The SlaError thrown by parsing `doc`. */
function errorOf(doc: unknown): SlaError {
  try {
    parseCalendar(doc, 'acme.json', 'acme');
  } catch (err) {
    if (err instanceof SlaError) return err;
    throw err;
  }
  throw new Error('expected parseCalendar to throw');
}

const one = (holiday: unknown): unknown => ({ name: 'Acme', holidays: [holiday] });

describe('parseCalendar', () => {
  it('accepts a valid calendar with each kind of rule', () => {
    const doc = parseCalendar(
      {
        name: 'Acme',
        extends: 'nl',
        holidays: [
          { name: 'Christmas Eve', month: 12, day: 24, hours: [['09:00', '13:00']] },
          { name: 'Good Friday', easter: -2 },
          { name: 'Company day', date: '2026-09-11' },
          { name: 'Midsummer', month: 6, day: 20, weekday: 'Saturday', from: 2000, to: 2100 },
        ],
      },
      'acme.json',
      'acme',
    );
    expect({ extends: doc.extends, rules: doc.rules.map((r) => r.rule.kind) }).toEqual({
      extends: ['nl'],
      rules: ['fixed', 'easter', 'date', 'fixed'],
    });
  });

  it('throws INVALID_CALENDAR for a malformed calendar', () => {
    expect(errorOf(one({ name: 'Bad', month: 13, day: 1 })).code).toBe('INVALID_CALENDAR');
  });

  it('reports every problem with its JSON path', () => {
    const err = errorOf({
      name: 'Acme',
      holidays: [
        { name: 'Bad month', month: 13, day: 1 },
        { name: 'Bad day', month: 4, day: 31 },
        { name: 'Two kinds', month: 1, day: 1, easter: 1 },
        { name: 'Bad date', date: '2025-02-29' },
      ],
    });
    expect(err.details).toEqual([
      'holidays[0].month: must be a month number 1-12',
      'holidays[1].day: must be a day of month 4',
      'holidays[2]: needs exactly one of "month" and "day", "easter" (days after Easter Sunday), or "date" ("YYYY-MM-DD")',
      'holidays[3].date: "2025-02-29" must be a real date written YYYY-MM-DD',
    ]);
  });

  it('counts the problems in the message', () => {
    expect(errorOf({ name: 'Acme', holidays: [{ month: 13, day: 1 }] }).message).toBe('acme.json: invalid holiday calendar (2 problems)');
  });

  it.each`
    holiday                                                    | line
    ${{ month: 1, day: 1 }}                                    | ${'holidays[0].name: is required (a non-empty string)'}
    ${{ name: 'X', easter: 1.5 }}                              | ${'holidays[0].easter: must be a whole number of days from Easter Sunday (-200 to 200)'}
    ${{ name: 'X', month: 1, day: 1, move: { funday: 1 } }}    | ${'holidays[0].move.funday: must be a weekday name: sunday, monday, tuesday, wednesday, thursday, friday, saturday'}
    ${{ name: 'X', month: 1, day: 1, move: { sunday: 7 } }}    | ${'holidays[0].move.sunday: must be a whole number of days from -6 to 6'}
    ${{ name: 'X', month: 1, day: 1, weekday: 'someday' }}     | ${'holidays[0].weekday: must be a weekday name: sunday, monday, tuesday, wednesday, thursday, friday, saturday'}
    ${{ name: 'X', month: 1, day: 1, from: 1500 }}             | ${'holidays[0].from: must be a year from 1583 to 9999'}
    ${{ name: 'X', month: 1, day: 1, from: 2030, to: 2020 }}   | ${'holidays[0]: from 2030 is after to 2020'}
    ${{ name: 'X', month: 1, day: 1, hours: [['13:00', '09:00']] }} | ${'holidays[0].hours[0]: opening 13:00 must be before closing 09:00'}
    ${{ name: 'X', month: 1, day: 1, colour: 'red' }}          | ${'holidays[0].colour: unknown key (accepted: name, localName, month, day, easter, date, move, weekday, from, to, hours, note)'}
    ${'New Year'}                                              | ${'holidays[0]: must be an object such as {"name": "Christmas Day", "month": 12, "day": 25}'}
  `('reports $line', ({ holiday, line }: { holiday: unknown; line: string }) => {
    expect(errorOf(one(holiday)).details).toEqual([line]);
  });

  it('reports a missing holidays list and name at the top level', () => {
    expect(errorOf({ country: 'NL' }).details).toEqual([
      'name: is required (a non-empty string)',
      'holidays: is required: a list of holidays (may be empty)',
    ]);
  });

  it('reports an extends that is neither a name nor a list of names', () => {
    expect(errorOf({ name: 'Acme', extends: 42, holidays: [] }).details).toEqual(['extends: must be a calendar name or path, or a list of them']);
  });

  it('rejects a document that is not an object', () => {
    expect(errorOf([]).message).toBe('acme.json: a holiday calendar is a JSON object');
  });
});
