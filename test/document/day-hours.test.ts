import { parseDayHours } from '../../src/document/day-hours';
import { Problems } from '../../src/document/problems';

/** Parses one day's hours at `hours.monday`, returning the intervals and the problem lines. */
function parse(value: unknown): { intervals: { start: number; end: number }[]; problems: string[] } {
  const problems = new Problems();
  const intervals = parseDayHours(value, 'hours.monday', problems);
  return { intervals, problems: problems.lines() };
}

describe('parseDayHours', () => {
  it('reads one interval', () => {
    expect(parse([['09:00', '17:00']])).toEqual({ intervals: [{ start: 540, end: 1020 }], problems: [] });
  });

  it('reads an empty list as closed', () => {
    expect(parse([])).toEqual({ intervals: [], problems: [] });
  });

  it('sorts intervals given out of order', () => {
    expect(parse([['13:00', '17:00'], ['09:00', '12:00']]).intervals).toEqual([
      { start: 540, end: 720 },
      { start: 780, end: 1020 },
    ]);
  });

  it('accepts intervals that touch', () => {
    expect(parse([['09:00', '12:00'], ['12:00', '17:00']]).problems).toEqual([]);
  });

  it('accepts 24:00 as a closing time', () => {
    expect(parse([['18:00', '24:00']])).toEqual({ intervals: [{ start: 1080, end: 1440 }], problems: [] });
  });

  it('rejects 24:00 as an opening time', () => {
    expect(parse([['24:00', '24:00']]).problems).toEqual(['hours.monday[0][0]: opening time "24:00" must be HH:MM from 00:00 to 23:59']);
  });

  it('reports a malformed opening time at its path', () => {
    expect(parse([['9:00', '17:00']]).problems).toEqual(['hours.monday[0][0]: opening time "9:00" must be HH:MM from 00:00 to 23:59']);
  });

  it('reports a malformed closing time at its path', () => {
    expect(parse([['09:00', '17h']]).problems).toEqual(['hours.monday[0][1]: closing time "17h" must be HH:MM from 00:01 to 24:00']);
  });

  it('reports both malformed times of one pair', () => {
    expect(parse([['x', 'y']]).problems).toHaveLength(2);
  });

  it('reports an entry that is not a pair of strings', () => {
    expect(parse([['09:00'], ['09:00', 17]]).problems).toEqual([
      'hours.monday[0]: must be a pair ["HH:MM", "HH:MM"], e.g. ["09:00", "17:00"]',
      'hours.monday[1]: must be a pair ["HH:MM", "HH:MM"], e.g. ["09:00", "17:00"]',
    ]);
  });

  it('reports a value that is not a list', () => {
    expect(parse('09:00-17:00').problems).toEqual([
      'hours.monday: must be a list of ["HH:MM", "HH:MM"] pairs (an empty list means closed)',
    ]);
  });

  it('reports an opening after its closing', () => {
    expect(parse([['17:00', '09:00']]).problems).toEqual(['hours.monday[0]: opening 17:00 must be before closing 09:00']);
  });

  it('reports an opening equal to its closing', () => {
    expect(parse([['09:00', '09:00']]).problems).toEqual(['hours.monday[0]: opening 09:00 must be before closing 09:00']);
  });

  it('reports overlapping intervals', () => {
    expect(parse([['12:00', '17:00'], ['09:00', '13:00']]).problems).toEqual([
      'hours.monday: intervals 09:00-13:00 and 12:00-17:00 overlap',
    ]);
  });

  it('reports an interval inside another as overlapping', () => {
    expect(parse([['09:00', '17:00'], ['10:00', '11:00']]).problems).toEqual([
      'hours.monday: intervals 09:00-17:00 and 10:00-11:00 overlap',
    ]);
  });
});
