import { parseIsoDate } from '../../src/holidays/parse-date';

describe('parseIsoDate', () => {
  it('reads a date written YYYY-MM-DD', () => {
    expect(parseIsoDate('2026-12-24')).toEqual({ year: 2026, month: 12, day: 24 });
  });

  it('reads 29 February of a leap year', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each(['2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5', '2026-01-05T10:00', ' 2026-01-05', '26-01-05'])(
    'rejects %j',
    (text) => {
      expect(parseIsoDate(text)).toBeUndefined();
    },
  );

  it.each(['0999-12-31', '0000-01-01'])('rejects %j, before the year 1000', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });

  it('reads the first and last days of the supported range', () => {
    expect(parseIsoDate('1000-01-01')).toEqual({ year: 1000, month: 1, day: 1 });
    expect(parseIsoDate('9999-12-31')).toEqual({ year: 9999, month: 12, day: 31 });
  });

  it('rejects a value that is not a string', () => {
    expect(parseIsoDate(20260105)).toBeUndefined();
  });
});
