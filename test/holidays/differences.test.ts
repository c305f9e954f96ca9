import { formatDay } from '../../src/core/civil';
import { differenceDays } from '../../src/holidays/differences';
import { parseCalendar } from '../../src/holidays/parse-calendar';
import type { CalendarDifference } from '../../src/holidays/types';

/** One difference from an in-memory document. */
function difference(entry: Record<string, unknown>): CalendarDifference {
  const doc = parseCalendar({ name: 'Test', holidays: [], differences: [{ kind: 'missing-here', name: 'Test', reason: 'test', ...entry }] }, 'test.json', 'test');
  return doc.differences[0]!;
}

const dates = (d: CalendarDifference, from: number, to: number): string[] => differenceDays(d, from, to).map(formatDay);

describe('differenceDays', () => {
  it('gives a rule with years its day in each of those years', () => {
    // Good Friday 2014 and 2015
    expect(dates(difference({ easter: -2, from: 2014, to: 2015 }), 2000, 2060)).toEqual(['2014-04-18', '2015-04-03']);
  });

  it('keeps a rule without years to the years asked about', () => {
    expect(dates(difference({ month: 1, day: 2 }), 2012, 2013)).toEqual(['2012-01-02', '2013-01-02']);
  });

  it('gives listed dates in date order', () => {
    expect(dates(difference({ dates: ['2033-12-26', '2022-12-26'] }), 2000, 2060)).toEqual(['2022-12-26', '2033-12-26']);
  });

  it('leaves out listed dates outside the years asked about', () => {
    expect(dates(difference({ dates: ['1999-12-27', '2022-12-26'] }), 2000, 2060)).toEqual(['2022-12-26']);
  });

  it('applies a weekday rule as a holiday does', () => {
    // the third Sunday of September 2024
    expect(dates(difference({ month: 9, day: 15, weekday: 'sunday' }), 2024, 2024)).toEqual(['2024-09-15']);
  });
});
