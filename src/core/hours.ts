import { at, Problems } from './problems';
import { quoteValue } from './quote-value';
import type { Interval } from './schedule';
import { MINUTES_PER_DAY } from './units';

const HH_MM = /^([01]\d|2[0-4]):([0-5]\d)$/;

/**
 * Minutes after midnight of a `HH:MM` wall-clock time; `24:00` is 1440 and only
 * valid as a closing time. Undefined when malformed.
 *
 * @example
 * parseWallClock('09:30') //=> 570
 * parseWallClock('24:00') //=> 1440
 */
export function parseWallClock(text: string): number | undefined {
  const m = HH_MM.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes > MINUTES_PER_DAY ? undefined : minutes;
}

/**
 * Formats minutes after midnight as `HH:MM`.
 *
 * @example
 * formatWallClock(1020) //=> '17:00'
 */
export function formatWallClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

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
  for (let i = 1; i < intervals.length; i++) {
    if (intervals[i]!.start < intervals[i - 1]!.end) {
      problems.add(
        path,
        `intervals ${formatWallClock(intervals[i - 1]!.start)}-${formatWallClock(intervals[i - 1]!.end)} and ` +
          `${formatWallClock(intervals[i]!.start)}-${formatWallClock(intervals[i]!.end)} overlap`,
      );
    }
  }
  return intervals;
}
