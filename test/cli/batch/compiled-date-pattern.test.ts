import fc from 'fast-check';
import { compileDatePattern } from '../../../src/cli/batch/compiled-date-pattern';
import { dateReader, parseDateFormat, type DateFormat } from '../../../src/cli/batch/date-format';
import { getZone } from '../../../src/core/zone';

/** The same pattern read by date-fns alone: in UTC, a wall time is its instant. */
function byDateFns(pattern: string): (text: string) => number | undefined {
  const format = { ...parseDateFormat(pattern), compiled: undefined } as DateFormat;
  const read = dateReader(format, getZone('UTC'));
  return (text) => {
    try {
      return read(text);
    } catch {
      return undefined;
    }
  };
}

describe('compileDatePattern', () => {
  it("reads Jira's default format", () => {
    expect(compileDatePattern('dd/MMM/yy h:mm a')!('02/Jun/25 3:45 PM')).toBe(Date.UTC(2025, 5, 2, 15, 45));
  });

  it('reads 12 AM as midnight and 12 PM as noon', () => {
    const read = compileDatePattern('dd/MMM/yy h:mm a')!;
    expect([read('02/Jun/25 12:05 AM'), read('02/Jun/25 12:05 PM')]).toEqual([Date.UTC(2025, 5, 2, 0, 5), Date.UTC(2025, 5, 2, 12, 5)]);
  });

  it('keeps the case of literal text', () => {
    expect(compileDatePattern("d MMM yyyy 'at' HH:mm")!('2 JUN 2025 AT 10:00')).toBeUndefined();
  });

  it.each(['yyyy-MM-dd HH:mm xx', 'do MMM yyyy', 'PPpp', 'HH:mm', 'EEE, dd MMM yyyy HH:mm'])('leaves %s to date-fns', (pattern) => {
    expect(compileDatePattern(pattern)).toBeUndefined();
  });

  it('leaves a day the month does not have to date-fns', () => {
    expect(compileDatePattern('dd.MM.yyyy HH:mm')!('29.02.2025 10:00')).toBeUndefined();
  });

  const PATTERNS = ['dd/MMM/yy h:mm a', 'yyyy-MM-dd HH:mm:ss', 'dd.MM.yyyy HH:mm', 'M/d/yyyy h:mm:ss a', 'yyyy-MM-dd HH:mm:ss.SSS', "d MMM yyyy 'at' HH:mm", 'ddMMyyyyHHmm', 'MM/dd/yy hh:mm aa'];
  const MONTHS = ['Jan', 'feb', 'MAR', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jux'];

  it.each(PATTERNS)('agrees with date-fns on every value it reads by %s', (pattern) => {
    const compiled = compileDatePattern(pattern)!;
    const reference = byDateFns(pattern);
    // Mostly in range and padded as exports write them; now and then out of range or unpadded.
    const field = (min: number, max: number, width = 2) =>
      fc.tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: 9 })).map(([n, roll]) => (roll === 0 ? String(n) : String(n).padStart(width, '0')));
    const value = fc
      .record({
        y: fc.integer({ min: 1990, max: 2060 }),
        M: field(0, 13),
        d: field(0, 32),
        H: field(0, 24),
        h: field(0, 13),
        m: field(0, 60),
        s: field(0, 60),
        S: field(0, 999, 3),
        mon: fc.constantFrom(...MONTHS),
        a: fc.constantFrom('AM', 'pm', 'Pm', 'PM', 'am', 'a.m.', 'XM'),
      })
      .map((f) =>
        pattern
          .replace(/'at'/, 'at')
          .replace(/yyyy/, String(f.y))
          .replace(/yy/, String(f.y % 100).padStart(2, '0'))
          .replace(/MMM/, f.mon)
          .replace(/MM|M(?![a-z])/, f.M)
          .replace(/dd|d/, f.d)
          .replace(/HH/, f.H)
          .replace(/hh|h/, f.h)
          .replace(/mm/, f.m)
          .replace(/ss/, f.s)
          .replace(/SSS/, f.S)
          .replace(/aa|a(?!t)/, f.a),
      );
    let read = 0;
    fc.assert(
      fc.property(value, (text) => {
        const fast = compiled(text);
        if (fast === undefined) return true;
        read++;
        const year = new Date(fast).getUTCFullYear();
        return year < 1000 || fast === reference(text);
      }),
      { numRuns: 3000 },
    );
    // The values are made to fit often, so that the agreement is tested on many.
    expect(read).toBeGreaterThan(500);
  });
});
