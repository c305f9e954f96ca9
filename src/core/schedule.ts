import { weekdayOfDay } from './civil';
import { SlaError } from './errors';
import { intersectIntervals } from './intervals';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, type Weekday } from './units';
import { getZone, instantFromWall, wallFromInstant, type Zone } from './zone';

/** Business hours within one day, in minutes after local midnight; `end` may be 1440 (24:00). */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** A day that a holiday calendar changes: closed (no intervals) or open for fewer hours. */
export interface DayOverride {
  /** The holiday's English name, e.g. `Whit Monday`. */
  readonly name: string;
  /** The calendar it came from, e.g. `nl`. */
  readonly calendar: string;
  /** The most a calendar allows that day: empty when closed all day; else narrowed with the normal hours. */
  readonly intervals: readonly Interval[];
}

/** Finds the override for a day number (days since 1970-01-01 in the local calendar). */
export type ClosureLookup = (day: number) => DayOverride | undefined;

/** Why a day contributed no business time. */
export type ClosedReason = 'weekend' | 'closed' | 'holiday';

/** One local day's business windows as UTC instants, built once and cached. */
export interface DayPlan {
  /** Local day number. */
  readonly day: number;
  /** Window bounds as instants, flat: `[start0, end0, start1, end1, ...]`, ascending. */
  readonly windows: readonly number[];
  /** The holiday that shapes this day, if any. */
  readonly holiday: DayOverride | undefined;
  /** Why the day has no windows; undefined when it has some. */
  readonly closed: ClosedReason | undefined;
  /** The business time of the whole day, in ms. */
  readonly businessMs: number;
}

/** Everything the core needs to know about when a business is open. */
export interface Schedule {
  readonly zone: Zone;
  /** Business hours per weekday, index 0 = Sunday. */
  readonly weekly: readonly (readonly Interval[])[];
  /** The local day number of an instant. */
  dayOf(ms: number): number;
  /** The cached plan of a local day. */
  plan(day: number): DayPlan;
  /** The business time, in ms, of one whole local day. */
  dayMs(day: number): number;
  /** The business time, in ms, of the whole days `fromDay` up to (not including) `toDay`. */
  wholeDaysMs(fromDay: number, toDay: number): number;
}

/** The inputs of {@link createSchedule}. */
export interface ScheduleSpec {
  /** IANA zone name. */
  readonly zone: string;
  /** Business hours per weekday, index 0 = Sunday; each day's intervals sorted and disjoint. */
  readonly weekly: readonly (readonly Interval[])[];
  /** Holiday lookup; none when omitted. */
  readonly closures?: ClosureLookup;
}

/**
 * Builds a {@link Schedule}. Each local day's windows are computed once, on first
 * use, by converting its opening and closing wall times to instants with the
 * "compatible" rule; every later calculation works on cached epoch milliseconds.
 *
 * @example
 * const nineToFive = [{ start: 540, end: 1020 }];
 * const schedule = createSchedule({ zone: 'Europe/Amsterdam', weekly: [[], nineToFive, nineToFive, nineToFive, nineToFive, nineToFive, []] });
 * schedule.plan(schedule.dayOf(Date.parse('2025-06-02T10:00:00+02:00'))).windows
 * //=> [Date.parse('2025-06-02T09:00:00+02:00'), Date.parse('2025-06-02T17:00:00+02:00')]
 */
export function createSchedule(spec: ScheduleSpec): Schedule {
  if (spec.weekly.length !== 7) {
    throw new SlaError('INVALID_POLICY', `a week has 7 days of business hours, got ${spec.weekly.length}`);
  }
  const zone = getZone(spec.zone);
  const weekly = Object.freeze(spec.weekly.map((day) => Object.freeze([...day])));
  const closures = spec.closures ?? (() => undefined);
  const plans = new Map<number, DayPlan>();

  const build = (day: number): DayPlan => {
    const holiday = closures(day);
    const weekday = weekdayOfDay(day) as Weekday;
    const intervals = holiday ? intersectIntervals(weekly[weekday]!, holiday.intervals) : weekly[weekday]!;
    const windows: number[] = [];
    const midnight = day * MS_PER_DAY;
    for (const { start, end } of intervals) {
      const from = instantFromWall(zone, midnight + start * MS_PER_MINUTE);
      const to = instantFromWall(zone, midnight + end * MS_PER_MINUTE);
      // A window that falls wholly inside a spring-forward gap has no real time.
      if (to > from) windows.push(from, to);
    }
    let closed: ClosedReason | undefined;
    if (windows.length === 0) {
      closed = holiday ? 'holiday' : weekday === 0 || weekday === 6 ? 'weekend' : 'closed';
    }
    let businessMs = 0;
    for (let i = 0; i < windows.length; i += 2) businessMs += windows[i + 1]! - windows[i]!;
    return Object.freeze({ day, windows: Object.freeze(windows), holiday, closed, businessMs });
  };

  const plan = (day: number): DayPlan => {
    let found = plans.get(day);
    if (!found) {
      found = build(day);
      plans.set(day, found);
    }
    return found;
  };

  // A plain day (no holiday, no clock change from one midnight to the next)
  // has its weekday's hours in full, so its business time needs no windows:
  // long runs of days are summed without building and caching each one.
  const weekdayMs = weekly.map((intervals) => intervals.reduce((sum, i) => sum + (i.end - i.start) * MS_PER_MINUTE, 0));
  const dayMs = (day: number): number => {
    const known = plans.get(day);
    if (known) return known.businessMs;
    const midnight = day * MS_PER_DAY;
    // Offsets are within ±18 h, so these two instants bracket the local day.
    const plain = closures(day) === undefined && zone.offsetAt(midnight - 18 * MS_PER_HOUR) === zone.offsetAt(midnight + 42 * MS_PER_HOUR);
    return plain ? weekdayMs[weekdayOfDay(day)]! : plan(day).businessMs;
  };

  // Running totals of business time from the first day asked about (`base`),
  // forward and backward, so that the business time of any run of whole days
  // is two look-ups however long the run: ahead[k] covers [base, base + k),
  // behind[k] covers [base - k, base).
  let base: number | undefined;
  const ahead = [0];
  const behind = [0];
  const before = (day: number): number => {
    base ??= day;
    if (day >= base) {
      for (let k = ahead.length; k <= day - base; k++) ahead.push(ahead[k - 1]! + dayMs(base + k - 1));
      return ahead[day - base]!;
    }
    for (let k = behind.length; k <= base - day; k++) behind.push(behind[k - 1]! + dayMs(base - k));
    return -behind[base - day]!;
  };

  return Object.freeze({
    zone,
    weekly,
    dayOf: (ms: number) => Math.floor(wallFromInstant(zone, ms) / MS_PER_DAY),
    plan,
    dayMs,
    wholeDaysMs: (fromDay: number, toDay: number) => (toDay <= fromDay ? 0 : before(toDay) - before(fromDay)),
  });
}
