import { SlaError } from '../errors/sla-error';
import { civilFromDays, daysFromCivil, weekdayOfDay } from './civil';
import { intersectIntervals } from './intervals';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './units';
import { isWeek, mapWeek, WEEKDAYS, type Week } from './week';
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

/**
 * Finds the override for a day number (days since 1970-01-01 in the local
 * calendar). It may also list the days of a civil year that have one
 * (`daysInYear`), which lets whole years be summed by their few special days.
 */
export type ClosureLookup = ((day: number) => DayOverride | undefined) & {
  readonly daysInYear?: (year: number) => Iterable<number>;
};

/** Why a day contributed no business time. */
export type ClosedReason = 'weekend' | 'closed' | 'holiday';

/**
 * One local day's business windows as UTC instants, built once and cached. A
 * day closed for a holiday always names it; a day closed for the weekend or
 * for want of hours has none.
 */
export type DayPlan = DayPlanFields &
  (
    | {
        /** The holiday that shapes this day, if any. */
        readonly holiday: DayOverride | undefined;
        /** Why the day has no windows; undefined when it has some. */
        readonly closed: undefined;
      }
    | { readonly holiday: DayOverride; readonly closed: 'holiday' }
    | { readonly holiday: undefined; readonly closed: 'weekend' | 'closed' }
  );

/** What every {@link DayPlan} holds, open or closed. */
interface DayPlanFields {
  /** Local day number. */
  readonly day: number;
  /** Window bounds as instants, flat: `[start0, end0, start1, end1, ...]`, ascending. */
  readonly windows: readonly number[];
  /** The business time of the whole day, in ms. */
  readonly businessMs: number;
  /** False for a local date the zone skipped (Pacific/Apia, 30 December 2011): it holds no real time. */
  readonly exists: boolean;
}

/** Everything the core needs to know about when a business is open. */
export interface Schedule {
  readonly zone: Zone;
  /** Business hours per weekday, index 0 = Sunday. */
  readonly weekly: Week<readonly Interval[]>;
  /**
   * The local day number of an instant: the day whose real time holds it (its
   * wall-clock date, but for instants a switch at midnight moves across).
   */
  dayOf(ms: number): number;
  /** The cached plan of a local day. */
  plan(day: number): DayPlan;
  /** The business time, in ms, of one whole local day. */
  dayMs(day: number): number;
  /** The business time, in ms, of the whole days `fromDay` up to (not including) `toDay`. */
  wholeDaysMs(fromDay: number, toDay: number): number;
}

/** The slots of a schedule's caches of day starts and plans (a power of two): over 20 years of days. */
const SLOTS = 1 << 13;

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
 * "compatible" rule and taking their union within the day's real time (see
 * {@link unionWithin}), so that no real minute is counted twice, by one day or
 * by two; every later calculation works on cached epoch milliseconds.
 *
 * @example
 * const nineToFive = [{ start: 540, end: 1020 }];
 * const schedule = createSchedule({ zone: 'Europe/Amsterdam', weekly: [[], nineToFive, nineToFive, nineToFive, nineToFive, nineToFive, []] });
 * schedule.plan(schedule.dayOf(Date.parse('2025-06-02T10:00:00+02:00'))).windows
 * //=> [Date.parse('2025-06-02T09:00:00+02:00'), Date.parse('2025-06-02T17:00:00+02:00')]
 */
export function createSchedule(spec: ScheduleSpec): Schedule {
  if (!isWeek(spec.weekly)) {
    throw new SlaError('INVALID_POLICY', `a week has 7 days of business hours, got ${spec.weekly.length}`);
  }
  const zone = getZone(spec.zone);
  const weekly = Object.freeze(mapWeek(spec.weekly, (day) => Object.freeze([...day])));
  const closures = spec.closures ?? (() => undefined);
  const plans = new Map<number, DayPlan>();

  // The real-time extent of a local day: from the instant its midnight maps to
  // (by the "compatible" rule) up to the next day's. Consecutive extents touch
  // and never overlap, so a day whose windows are kept inside its own extent
  // can never count a real minute that a neighbouring day counts too. A day
  // skipped by its zone (Pacific/Apia, 30 December 2011) has an empty extent.
  //
  // Each day's start is kept in the slot of its day number modulo SLOTS (a
  // batch over decades reads a few thousand days): a look-up is one compare.
  const startDays = new Float64Array(SLOTS).fill(Number.NaN);
  const startMs = new Float64Array(SLOTS);
  const dayStart = (day: number): number => {
    const slot = day & (SLOTS - 1);
    if (startDays[slot] === day) return startMs[slot] ?? instantFromWall(zone, day * MS_PER_DAY);
    const start = instantFromWall(zone, day * MS_PER_DAY);
    startDays[slot] = day;
    startMs[slot] = start;
    return start;
  };

  const build = (day: number): DayPlan => {
    const holiday = closures(day);
    const weekday = weekdayOfDay(day);
    const intervals = holiday ? intersectIntervals(weekly[weekday], holiday.intervals) : weekly[weekday];
    const midnight = day * MS_PER_DAY;
    const raw: [number, number][] = [];
    for (const { start, end } of intervals) {
      raw.push([instantFromWall(zone, midnight + start * MS_PER_MINUTE), instantFromWall(zone, midnight + end * MS_PER_MINUTE)]);
    }
    const from = dayStart(day);
    const to = dayStart(day + 1);
    const bounds: number[] = [];
    let businessMs = 0;
    for (const [start, end] of mergeWithin(raw, from, to)) {
      bounds.push(start, end);
      businessMs += end - start;
    }
    const windows = Object.freeze(bounds);
    const exists = to > from;
    // The same keys in the same order on every plan.
    if (windows.length > 0) return Object.freeze({ day, windows, holiday, closed: undefined, businessMs, exists });
    if (holiday) return Object.freeze({ day, windows, holiday, closed: 'holiday', businessMs, exists });
    return Object.freeze({ day, windows, holiday, closed: weekday === 0 || weekday === 6 ? 'weekend' : 'closed', businessMs, exists });
  };

  // The plans last read, by slot as the day starts are: most reads are of a few thousand days.
  const planDays = new Float64Array(SLOTS).fill(Number.NaN);
  const planSlots: Array<DayPlan | undefined> = new Array<DayPlan | undefined>(SLOTS).fill(undefined);
  const plan = (day: number): DayPlan => {
    const slot = day & (SLOTS - 1);
    const near = planSlots[slot];
    if (near !== undefined && planDays[slot] === day) return near;
    let found = plans.get(day);
    if (!found) {
      found = build(day);
      plans.set(day, found);
    }
    planDays[slot] = day;
    planSlots[slot] = found;
    return found;
  };

  // The local day whose extent holds an instant. The wall clock's date is the
  // answer but for the rare instants a switch at midnight puts on the other
  // side of a day's extent (a repeated or skipped hour around 00:00).
  const dayOf = (ms: number): number => {
    let day = Math.floor(wallFromInstant(zone, ms) / MS_PER_DAY);
    while (ms < dayStart(day)) day--;
    while (ms >= dayStart(day + 1)) day++;
    return day;
  };

  // A plain day (no holiday, no clock change from one midnight to the next)
  // has its weekday's hours in full, so its business time needs no windows:
  // long runs of days are summed without building and caching each one.
  const weekdayMs = mapWeek(weekly, (intervals) => intervals.reduce((sum, i) => sum + (i.end - i.start) * MS_PER_MINUTE, 0));
  // A day a calendar closes holds nothing, whatever its clock does: no windows to build.
  const closedAllDay = (day: number): boolean => closures(day)?.intervals.length === 0;
  const isPlain = (day: number): boolean => {
    const midnight = day * MS_PER_DAY;
    // Offsets are within ±18 h, so these two instants bracket the local day.
    return closures(day) === undefined && zone.offsetAt(midnight - 18 * MS_PER_HOUR) === zone.offsetAt(midnight + 42 * MS_PER_HOUR);
  };
  const dayMs = (day: number): number => {
    const slot = day & (SLOTS - 1);
    const near = planSlots[slot];
    if (near !== undefined && planDays[slot] === day) return near.businessMs;
    const known = plans.get(day);
    if (known) return known.businessMs;
    if (closedAllDay(day)) return 0;
    return isPlain(day) ? weekdayMs[weekdayOfDay(day)] : plan(day).businessMs;
  };

  // Running totals within each civil year, built on first use: the business
  // time of any run of whole days is two look-ups in its end years plus one
  // total per year between, so a run of centuries costs its years, not its days
  // held in memory.
  //
  // The civil year of a day remembers the last year found: runs of days mostly stay in one.
  let knownYear = 1970;
  let knownFirst = 0;
  let knownEnd = 365;
  const yearOfDay = (day: number): number => {
    if (day < knownFirst || day >= knownEnd) {
      knownYear = civilFromDays(day).year;
      knownFirst = daysFromCivil(knownYear, 1, 1);
      knownEnd = daysFromCivil(knownYear + 1, 1, 1);
    }
    return knownYear;
  };
  const prefixes = new Map<number, Float64Array>();
  const prefixOf = (year: number): Float64Array => {
    let prefix = prefixes.get(year);
    if (prefix) return prefix;
    const first = daysFromCivil(year, 1, 1);
    const length = daysFromCivil(year + 1, 1, 1) - first;
    prefix = new Float64Array(length + 1);
    let sum = 0;
    for (let k = 0; k < length; k++) {
      sum += dayMs(first + k);
      prefix[k + 1] = sum;
    }
    prefixes.set(year, prefix);
    return prefix;
  };
  const wholeDaysMs = (fromDay: number, toDay: number): number => {
    if (toDay <= fromDay) return 0;
    // Within one year (nearly every run): one look-up of its running totals.
    const from = yearOfDay(fromDay);
    if (toDay < knownEnd) {
      const prefix = prefixOf(from);
      return firstDaysMs(prefix, toDay - knownFirst) - firstDaysMs(prefix, fromDay - knownFirst);
    }
    const to = yearOfDay(toDay);
    // A run that starts or ends on 1 January needs no running totals of that year.
    const at = (year: number, day: number): number => {
      const first = daysFromCivil(year, 1, 1);
      return day === first ? 0 : firstDaysMs(prefixOf(year), day - first);
    };
    if (from === to) return at(to, toDay) - at(from, fromDay);
    let sum = yearTotal(from) - at(from, fromDay) + at(to, toDay);
    for (let year = from + 1; year < to; year++) sum += yearTotal(year);
    return sum;
  };
  // A year's total: each weekday's hours times how often it occurs, corrected
  // on the few days that differ (holidays, and days near a clock change), when
  // the calendars can list their days; else the sum of its days.
  const totals = new Map<number, number>();
  const daysInYear = spec.closures ? spec.closures.daysInYear : () => [];
  const yearTotal = (year: number): number => {
    let total = prefixes.get(year)?.[daysFromCivil(year + 1, 1, 1) - daysFromCivil(year, 1, 1)] ?? totals.get(year);
    if (total !== undefined) return total;
    if (!daysInYear) {
      const prefix = prefixOf(year);
      return firstDaysMs(prefix, prefix.length - 1);
    }
    const first = daysFromCivil(year, 1, 1);
    const length = daysFromCivil(year + 1, 1, 1) - first;
    const firstWeekday = weekdayOfDay(first);
    total = 0;
    for (const w of WEEKDAYS) {
      const count = Math.floor(length / 7) + ((w - firstWeekday + 7) % 7 < length % 7 ? 1 : 0);
      total += count * weekdayMs[w];
    }
    const special = new Set<number>();
    for (const day of daysInYear(year)) special.add(day);
    // A clock change touches the days whose bracket (midnight - 18 h to + 42 h) holds it.
    const end = (first + length + 2) * MS_PER_DAY;
    let offset = zone.offsetAt((first - 2) * MS_PER_DAY);
    for (let start = (first - 2) * MS_PER_DAY; start < end; start += 7 * MS_PER_DAY) {
      const next = zone.offsetAt(start + 7 * MS_PER_DAY);
      if (next !== offset) {
        const firstOfWeek = Math.floor(start / MS_PER_DAY);
        for (let day = firstOfWeek - 2; day <= firstOfWeek + 9; day++) special.add(day);
      }
      offset = next;
    }
    for (const day of special) {
      if (day < first || day >= first + length) continue;
      // Not cached: a run over centuries would otherwise keep every special day's plan.
      const weekday = weekdayOfDay(day);
      const ms = plans.get(day)?.businessMs ?? (closedAllDay(day) ? 0 : isPlain(day) ? weekdayMs[weekday] : build(day).businessMs);
      total += ms - weekdayMs[weekday];
    }
    totals.set(year, total);
    return total;
  };

  return Object.freeze({
    zone,
    weekly,
    dayOf,
    plan,
    dayMs,
    wholeDaysMs,
  });
}

/** The business time of a year's first `count` days, from its running totals (`count` from 0 to the year's length). */
function firstDaysMs(prefix: Float64Array, count: number): number {
  const ms = prefix[count];
  // Days are counted within their year, so `count` is always inside the totals.
  if (ms === undefined) throw new Error(`running totals of a year have no entry ${count}`);
  return ms;
}

/**
 * The real time a day's windows cover, each real instant once: the windows
 * (pairs of instants, in any order, possibly overlapping, since the
 * "compatible" rule can map a closing time in a spring-forward gap past the
 * next opening) clipped to the day's extent `[from, to)`, sorted, and merged
 * where they overlap or touch. Every path (adding, counting between, the
 * explanation, day totals, status) reads windows built here.
 *
 * @example
 * // 01:00-02:30 and 03:15-05:00 on a spring-forward night: 02:30 becomes 03:30
 * unionWithin([1, 3.5, 3.25, 5].map(h), h(0), h(24)) //=> [h(1), h(5)]
 */
export function unionWithin(windows: readonly number[], from: number, to: number): number[] {
  const pairs: [number, number][] = [];
  for (let i = 1; i < windows.length; i += 2) {
    const start = windows[i - 1];
    const end = windows[i];
    if (start !== undefined && end !== undefined) pairs.push([start, end]);
  }
  const out: number[] = [];
  for (const [start, end] of mergeWithin(pairs, from, to)) out.push(start, end);
  return out;
}

/** {@link unionWithin} on `[start, end]` pairs, giving pairs. */
function mergeWithin(windows: readonly (readonly [number, number])[], from: number, to: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (const [opening, closing] of windows) {
    const start = Math.max(opening, from);
    const end = Math.min(closing, to);
    if (end > start) pairs.push([start, end]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  let last: [number, number] | undefined;
  for (const pair of pairs) {
    if (last && pair[0] <= last[1]) last[1] = Math.max(last[1], pair[1]);
    else out.push((last = pair));
  }
  return out;
}
