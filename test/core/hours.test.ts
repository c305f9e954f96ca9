import { formatWallClock, parseWallClock } from '../../src/core/hours';

describe('parseWallClock', () => {
  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['23:59', 1439],
    ['24:00', 1440],
  ])('reads %s as %i minutes after midnight', (text, minutes) => {
    expect(parseWallClock(text)).toBe(minutes);
  });

  it.each(['9:00', '09:60', '25:00', '24:01', '0900', '09:00:00', ' 09:00', ''])('rejects %j', (text) => {
    expect(parseWallClock(text)).toBeUndefined();
  });
});

describe('formatWallClock', () => {
  it.each([
    [0, '00:00'],
    [570, '09:30'],
    [1020, '17:00'],
    [1440, '24:00'],
  ])('writes %i minutes as %s', (minutes, text) => {
    expect(formatWallClock(minutes)).toBe(text);
  });
});
