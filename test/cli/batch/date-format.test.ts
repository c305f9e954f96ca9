import { dateReader, parseDateFormat } from '../../../src/cli/batch/date-format';
import { getZone } from '../../../src/core/zone';

const amsterdam = getZone('Europe/Amsterdam');
const at = (iso: string): number => Date.parse(iso);
const reader = (pattern: string) => dateReader(parseDateFormat(pattern), amsterdam);

describe('parseDateFormat', () => {
  it.each([
    ['iso', 'iso'],
    ['ISO', 'iso'],
    ['epoch', 'epoch'],
    ['epoch-ms', 'epoch-ms'],
  ])('reads %s as the %s format', (text, kind) => {
    expect(parseDateFormat(text).kind).toBe(kind);
  });

  it('keeps a pattern with a sample of what it expects', () => {
    expect(parseDateFormat('dd/MMM/yy h:mm a')).toEqual(expect.objectContaining({ kind: 'pattern', pattern: 'dd/MMM/yy h:mm a', hasOffset: false, sample: '02/Jun/25 2:30 PM' }));
  });

  it('knows a pattern with an offset token', () => {
    expect(parseDateFormat('yyyy-MM-dd HH:mm xx')).toEqual(expect.objectContaining({ kind: 'pattern', hasOffset: true }));
  });

  it('refuses a letter that is no parse token, naming it', () => {
    expect(() => parseDateFormat('yyyy-MM-dd HH:mm z')).toThrow(expect.objectContaining({ code: 'USAGE', message: expect.stringMatching(/"z" is not a date-fns parse token/) }));
  });

  it('refuses tokens that clash', () => {
    expect(() => parseDateFormat('yyyy-MM-dd HH:mm a')).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });

  it('refuses a pattern without a date field', () => {
    expect(() => parseDateFormat("'today'")).toThrow(/has no date field/);
  });
});

describe('dateReader: a pattern without an offset is a wall time in the policy zone', () => {
  it('reads Jira\'s default format', () => {
    expect(reader('dd/MMM/yy h:mm a')('02/Jun/25 10:00 AM')).toBe(at('2025-06-02T10:00:00+02:00'));
  });

  it('reads an afternoon time', () => {
    expect(reader('dd/MMM/yy h:mm a')('02/Jun/25 3:45 PM')).toBe(at('2025-06-02T15:45:00+02:00'));
  });

  it('reads the same text as a different instant in another zone', () => {
    const newYork = dateReader(parseDateFormat('dd.MM.yyyy HH:mm'), getZone('America/New_York'));
    expect(newYork('02.06.2025 10:00')).toBe(at('2025-06-02T10:00:00-04:00'));
  });

  it('moves a wall time in the spring-forward gap forward by the gap (compatible rule)', () => {
    expect(reader('dd.MM.yyyy HH:mm')('30.03.2025 02:30')).toBe(at('2025-03-30T03:30:00+02:00'));
  });

  it('takes the earlier instant for a wall time in the fall-back overlap (compatible rule)', () => {
    expect(reader('dd.MM.yyyy HH:mm')('26.10.2025 02:30')).toBe(at('2025-10-26T02:30:00+02:00'));
  });

  it('reads two-digit years as 1950 to 2049, whenever it runs', () => {
    expect(reader('dd/MM/yy HH:mm')('01/01/49 09:00')).toBe(at('2049-01-01T09:00:00+01:00'));
    expect(reader('dd/MM/yy HH:mm')('01/01/50 09:00')).toBe(at('1950-01-01T09:00:00+01:00'));
  });
});

describe('dateReader: a pattern with an offset is that instant', () => {
  it('reads the offset, whatever the policy zone', () => {
    expect(reader('dd/MM/yyyy HH:mm xx')('02/06/2025 10:00 -0400')).toBe(at('2025-06-02T10:00:00-04:00'));
  });

  it('reads Z for UTC', () => {
    expect(reader("yyyy-MM-dd'T'HH:mm:ssXXX")('2025-06-02T08:00:00Z')).toBe(at('2025-06-02T10:00:00+02:00'));
  });
});

describe('dateReader: values that do not fit', () => {
  it('names the pattern and a sample', () => {
    expect(() => reader('dd/MMM/yy h:mm a')('2025-06-02 10:00')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', message: 'invalid date-time "2025-06-02 10:00": it does not fit --date-format "dd/MMM/yy h:mm a" (such as "02/Jun/25 2:30 PM")' }),
    );
  });

  it('refuses a day the month does not have rather than rolling over', () => {
    expect(() => reader('dd.MM.yyyy HH:mm')('30.02.2025 10:00')).toThrow(/does not fit/);
  });

  it('refuses a year before 1000', () => {
    expect(() => reader('dd.MM.yyyy HH:mm')('01.01.0999 10:00')).toThrow(/supported range/);
  });

  it('refuses a number where a pattern wants text', () => {
    expect(() => reader('dd.MM.yyyy HH:mm')(1748851200)).toThrow(/must be a date-time string in --date-format "dd.MM.yyyy HH:mm", got 1748851200/);
  });
});

describe('dateReader: epoch values', () => {
  const seconds = dateReader(parseDateFormat('epoch'), amsterdam);
  const millis = dateReader(parseDateFormat('epoch-ms'), amsterdam);

  it.each([1748851200, '1748851200', ' 1748851200 '])('reads %j as seconds', (value) => {
    expect(seconds(value)).toBe(at('2025-06-02T10:00:00+02:00'));
  });

  it('keeps a fraction of a second to the millisecond', () => {
    expect(seconds('1748851200.25')).toBe(at('2025-06-02T10:00:00.250+02:00'));
  });

  it.each([1748851200000, '1748851200000'])('reads %j as milliseconds', (value) => {
    expect(millis(value)).toBe(at('2025-06-02T10:00:00+02:00'));
  });

  it('refuses an ISO date-time where epoch seconds are expected', () => {
    expect(() => seconds('2025-06-02T10:00:00+02:00')).toThrow(/give seconds since 1970-01-01T00:00:00Z \(--date-format epoch\)/);
  });

  it('refuses a fraction of a millisecond', () => {
    expect(() => millis('1748851200000.5')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  it('refuses an instant past 9999', () => {
    expect(() => millis(300_000_000_000_000)).toThrow(/supported range/);
  });
});
