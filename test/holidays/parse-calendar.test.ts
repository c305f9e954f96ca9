import { SlaError } from '../../src/errors/sla-error';
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
      'holidays: is required: a list of holidays (may be empty), unless "days" lists the days',
    ]);
  });

  it('reports an extends that is neither a name nor a list of names', () => {
    expect(errorOf({ name: 'Acme', extends: 42, holidays: [] }).details).toEqual(['extends: must be a calendar name or path, or a list of them']);
  });

  it('rejects a document that is not an object', () => {
    expect(errorOf([]).message).toBe('acme.json: a holiday calendar is a JSON object');
  });
});

describe('parseCalendar: country and source', () => {
  it('keeps a two-letter country code in capitals', () => {
    expect(parseCalendar({ name: 'Acme', country: 'nl', holidays: [] }, 'acme.json', 'acme').country).toBe('NL');
  });

  it('reports a country that is not a two-letter code', () => {
    expect(errorOf({ name: 'Acme', country: 'Netherlands', holidays: [] }).details).toEqual([
      'country: must be a two-letter country code (ISO 3166-1 alpha-2), e.g. "NL"',
    ]);
  });

  it('reports a source that is not a string', () => {
    expect(errorOf({ name: 'Acme', source: 42, holidays: [] }).details).toEqual([
      'source: must be a string: where the holidays come from (a law, a decree, a company notice)',
    ]);
  });
});

describe('parseCalendar: the "days" shorthand', () => {
  const days = (map: unknown) => parseCalendar({ name: 'Acme closures', days: map }, 'acme.json', 'acme').rules;

  it('reads a dated key as that one date', () => {
    expect(days({ '2026-12-31': [] })[0]?.rule).toEqual({ kind: 'date', year: 2026, month: 12, day: 31 });
  });

  it('reads a month-day key as that day every year', () => {
    expect(days({ '12-24': [] })[0]?.rule).toEqual({ kind: 'fixed', month: 12, day: 24 });
  });

  it('keeps the hours of a partial day', () => {
    expect(days({ '2026-12-24': [['09:00', '13:00']] })[0]?.hours).toEqual([{ start: 540, end: 780 }]);
  });

  it('reads an empty list as closed all day', () => {
    expect(days({ '2026-12-31': [] })[0]?.hours).toBeNull();
  });

  it("names each day after the calendar", () => {
    expect(days({ '2026-12-31': [] }).map((r) => [r.name, r.localName, r.origin])).toEqual([['Acme closures', 'Acme closures', 'acme']]);
  });

  it('adds the days after the holidays', () => {
    const doc = parseCalendar({ name: 'Acme', holidays: [{ name: 'Outing', date: '2026-06-12' }], days: { '12-31': [] } }, 'acme.json', 'acme');
    expect(doc.rules.map((r) => r.name)).toEqual(['Outing', 'Acme']);
  });

  it('needs no holidays list when days are given', () => {
    expect(days({ '12-31': [] })).toHaveLength(1);
  });

  it.each`
    map                                 | line
    ${{ '2026-02-30': [] }}             | ${'days.2026-02-30: "2026-02-30" must be a real date written YYYY-MM-DD, or MM-DD for every year'}
    ${{ '13-01': [] }}                  | ${'days.13-01: "13-01" must be a real date written YYYY-MM-DD, or MM-DD for every year'}
    ${{ 'Christmas Eve': [] }}          | ${'days.Christmas Eve: "Christmas Eve" must be a real date written YYYY-MM-DD, or MM-DD for every year'}
    ${{ '12-24': [['13:00', '09:00']] }} | ${'days.12-24[0]: opening 13:00 must be before closing 09:00'}
    ${{ '12-24': 'morning' }}           | ${'days.12-24: must be a list of ["HH:MM", "HH:MM"] pairs (an empty list means closed)'}
    ${[['12-24', []]]}                  | ${'days: must be an object from "YYYY-MM-DD" or "MM-DD" to the hours kept that day, e.g. {"2026-12-31": []}'}
  `('reports $line', ({ map, line }: { map: unknown; line: string }) => {
    expect(errorOf({ name: 'Acme', days: map }).details).toEqual([line]);
  });
});

describe('parseCalendar: differences', () => {
  const differences = (list: unknown) => parseCalendar({ name: 'X', holidays: [], differences: list }, 'x.json', 'x').differences;

  it('reads a difference given as dates, one single-date rule per date', () => {
    const [d] = differences([{ kind: 'missing-here', name: 'Substitute day', reason: 'regional', dates: ['2022-12-26', '2033-12-26'] }]);
    expect([d?.kind, d?.name, d?.reason, d?.days.map((r) => r.rule)]).toEqual([
      'missing-here',
      'Substitute day',
      'regional',
      [
        { kind: 'date', year: 2022, month: 12, day: 26 },
        { kind: 'date', year: 2033, month: 12, day: 26 },
      ],
    ]);
  });

  it('reads a difference given as a rule with its years', () => {
    const [d] = differences([{ kind: 'extra-here', name: 'Whit Monday', reason: 'until 2004', easter: 50, from: 2000, to: 2004 }]);
    expect(d?.days).toEqual([{ rule: { kind: 'easter', offset: 50 }, move: {}, weekday: undefined, from: 2000, to: 2004 }]);
  });

  it('has no differences when the key is absent', () => {
    expect(parseCalendar({ name: 'X', holidays: [] }, 'x.json', 'x').differences).toEqual([]);
  });

  it.each`
    difference                                                                                   | line
    ${{ kind: 'missing', name: 'A', reason: 'r', dates: ['2026-01-01'] }}                        | ${'differences[0].kind: must be one of missing-here, extra-here'}
    ${{ kind: 'extra-here', name: 'A', dates: ['2026-01-01'] }}                                  | ${'differences[0].reason: is required (a non-empty string)'}
    ${{ kind: 'extra-here', reason: 'r', dates: ['2026-01-01'] }}                                | ${'differences[0].name: is required (a non-empty string)'}
    ${{ kind: 'extra-here', name: 'A', reason: 'r', dates: [] }}                                 | ${'differences[0].dates: must be a non-empty list of dates written YYYY-MM-DD'}
    ${{ kind: 'extra-here', name: 'A', reason: 'r', dates: ['2026-13-01'] }}                     | ${'differences[0].dates[0]: "2026-13-01" must be a real date written YYYY-MM-DD'}
    ${{ kind: 'extra-here', name: 'A', reason: 'r', dates: ['2026-01-01'], month: 1, day: 1 }}   | ${'differences[0]: gives its days either as "dates" or as a rule ("month" and "day", "easter", or "date"), not both'}
    ${{ kind: 'extra-here', name: 'A', reason: 'r' }}                                            | ${'differences[0]: needs exactly one of "month" and "day", "easter" (days after Easter Sunday), or "date" ("YYYY-MM-DD")'}
    ${{ kind: 'extra-here', name: 'A', reason: 'r', easter: 1, from: 2010, to: 2000 }}           | ${'differences[0]: from 2010 is after to 2000'}
    ${{ kind: 'extra-here', name: 'A', reason: 'r', easter: 1, hours: [] }}                      | ${'differences[0].hours: unknown key (accepted: kind, name, reason, dates, month, day, easter, date, move, weekday, from, to)'}
    ${'Good Friday'}                                                                             | ${'differences[0]: must be an object such as {"kind": "missing-here", "name": "Good Friday", "reason": "...", "dates": ["2015-04-03"]}'}
  `('reports $line', ({ difference, line }: { difference: unknown; line: string }) => {
    expect(errorOf({ name: 'X', holidays: [], differences: [difference] }).details).toEqual([line]);
  });

  it('reports differences that are not a list', () => {
    expect(errorOf({ name: 'X', holidays: [], differences: {} }).details).toEqual(['differences: must be a list of differences (may be empty)']);
  });
});
