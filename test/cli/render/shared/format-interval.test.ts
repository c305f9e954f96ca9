import { formatInterval, formatIntervals, intervalPairs } from '../../../../src/cli/render/shared/format-interval';

describe('formatInterval', () => {
  it('writes business hours as HH:MM-HH:MM', () => {
    expect(formatInterval({ start: 540, end: 1020 })).toBe('09:00-17:00');
  });

  it('writes the end of the day as 24:00', () => {
    expect(formatInterval({ start: 0, end: 1440 })).toBe('00:00-24:00');
  });
});

describe('formatIntervals', () => {
  it('joins a day of several intervals with commas', () => {
    expect(formatIntervals([{ start: 540, end: 720 }, { start: 780, end: 1020 }])).toBe('09:00-12:00, 13:00-17:00');
  });

  it('is empty for a day without hours', () => {
    expect(formatIntervals([])).toBe('');
  });
});

describe('intervalPairs', () => {
  it('writes a day as the pairs policies and calendars are written in', () => {
    expect(intervalPairs([{ start: 540, end: 780 }])).toEqual([['09:00', '13:00']]);
  });
});
