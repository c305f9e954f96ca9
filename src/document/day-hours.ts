import { formatWallClock, parseWallClock } from '../core/hours';
import { quoteValue } from '../core/quote-value';
import type { Interval } from '../core/schedule';
import { MINUTES_PER_DAY } from '../core/units';
import { at, type Problems } from './problems';

/**
 * Parses one day's business hours, written `[["09:00", "12:00"], ["13:00", "17:00"]]`,
 * into sorted intervals. Reports malformed times, an opening not before its
 * closing, and intervals that overlap, each at its JSON path.
 *
 * @example
 * parseDayHours([['09:00', '17:00']], 'hours.monday', problems) //=> [{ start: 540, end: 1020 }]
 */
export function parseDayHours(value: unknown, path: string, problems: Problems): Interval[] {
  if (!Array.isArray(value)) {
    problems.add(path, 'must be a list of ["HH:MM", "HH:MM"] pairs (an empty list means closed)');
    return [];
  }
  const intervals: Interval[] = [];
  value.forEach((pair, i) => {
    const where = at(path, i);
    if (!Array.isArray(pair) || pair.length !== 2 || pair.some((t) => typeof t !== 'string')) {
      problems.add(where, 'must be a pair ["HH:MM", "HH:MM"], e.g. ["09:00", "17:00"]');
      return;
    }
    const start = parseWallClock(pair[0]);
    const end = parseWallClock(pair[1]);
    if (start === undefined || start === MINUTES_PER_DAY) {
      problems.add(at(where, 0), `opening time ${quoteValue(pair[0])} must be HH:MM from 00:00 to 23:59`);
    }
    if (end === undefined) {
      problems.add(at(where, 1), `closing time ${quoteValue(pair[1])} must be HH:MM from 00:01 to 24:00`);
    }
    if (start === undefined || end === undefined || start === MINUTES_PER_DAY) return;
    if (end <= start) {
      problems.add(where, `opening ${pair[0]} must be before closing ${pair[1]}`);
      return;
    }
    intervals.push({ start, end });
  });
  intervals.sort((a, b) => a.start - b.start);
  let previous: Interval | undefined;
  for (const current of intervals) {
    if (previous && current.start < previous.end) {
      problems.add(
        path,
        `intervals ${formatWallClock(previous.start)}-${formatWallClock(previous.end)} and ` +
          `${formatWallClock(current.start)}-${formatWallClock(current.end)} overlap`,
      );
    }
    previous = current;
  }
  return intervals;
}
