import { parseGroupBy } from '../../../src/cli/batch/report-groups';
import { parseDayOption, parseYearOption } from '../../../src/cli/commands/holidays';
import { parseCalendarList } from '../../../src/cli/policy-options';
import { daysFromCivil } from '../../../src/core/civil';

const invalid = (message: string | RegExp) =>
  expect.objectContaining({ code: 'commander.invalidArgument', message: message instanceof RegExp ? expect.stringMatching(message) : message });

describe('parseGroupBy', () => {
  it('reads a comma list of dimensions in any case', () => {
    expect(parseGroupBy('Plan, month')).toEqual(['plan', 'month']);
  });

  it('takes any other name as an input field to group by', () => {
    expect(parseGroupBy('plan, Team')).toEqual(['plan', 'Team']);
  });

  it.each([['plan,plan'], ['plan,']])('refuses %j, naming every dimension', (text) => {
    expect(() => parseGroupBy(text)).toThrow(invalid(`invalid --by "${text}": give a comma list of plan, priority, month, week or input fields (such as team), each once`));
  });
});

describe('parseCalendarList', () => {
  it('reads names and paths, and none as no calendar', () => {
    expect(parseCalendarList('nl, ./acme.json')).toEqual(['nl', './acme.json']);
    expect(parseCalendarList(' NONE ')).toEqual([]);
  });

  it('refuses an empty item, naming the flag and what the list holds', () => {
    expect(() => parseCalendarList('nl,,be')).toThrow(invalid('invalid --holidays "nl,,be": give a comma list of calendar names or JSON paths, or "none"'));
    expect(() => parseCalendarList('nl,', '--calendar', 'shipped calendars (be, nl) or JSON paths')).toThrow(
      invalid('invalid --calendar "nl,": give a comma list of shipped calendars (be, nl) or JSON paths, or "none"'),
    );
  });
});

describe('parseYearOption and parseDayOption', () => {
  it('read a year and a day', () => {
    expect(parseYearOption(' 2026 ')).toBe(2026);
    expect(parseDayOption('--from', '2026-12-24')).toBe(daysFromCivil(2026, 12, 24));
  });

  it('refuse what is not one, naming the range', () => {
    expect(() => parseYearOption('26')).toThrow(invalid('invalid --year "26": give a year from 1583 to 9999, e.g. 2026'));
    expect(() => parseDayOption('--to', '2026-02-30')).toThrow(invalid(/^invalid --to "2026-02-30": give a real date written YYYY-MM-DD from 1583-01-01/));
  });
});
