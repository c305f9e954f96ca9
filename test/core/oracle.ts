/**
 * A deliberately simple, slow model of business time for the property tests.
 *
 * It shares no code with `src/core` (no Schedule, no Zone, no civil-date
 * arithmetic): it walks time minute by minute and asks `Intl` what the zone's
 * wall clock shows. A minute [t, t + 1 min) is business time iff its local
 * wall-clock minute lies inside one of that local weekday's intervals and its
 * local date is not a holiday.
 *
 * Limits, by design:
 * - Instants are whole minutes. Business hours are a set of wall-clock minutes,
 *   so the model has no opinion about interval boundaries that fall in a DST gap
 *   or overlap; the generators keep boundaries out of 00:00-05:00 local, and the
 *   gap/overlap rule for boundaries is pinned by explicit tests instead.
 */

const MINUTE = 60_000;
const QUARTER_HOUR = 15 * MINUTE;
const DAY = 86_400_000;

/** Business hours within one local day, in minutes after local midnight (end exclusive, may be 1440). */
export interface OracleInterval {
  readonly start: number;
  readonly end: number;
}

export interface OraclePolicy {
  /** IANA zone name. */
  readonly zone: string;
  /** Intervals per local weekday, index 0 = Sunday. */
  readonly weekly: readonly (readonly OracleInterval[])[];
  /** Local dates closed all day, as days since 1970-01-01 of the local calendar date. */
  readonly holidays: ReadonlySet<number>;
}

/** A local wall-clock reading of one instant. */
export interface Wall {
  /** Days since 1970-01-01 of the local calendar date. */
  readonly day: number;
  /** 0 = Sunday. */
  readonly weekday: number;
  /** Minutes after local midnight. */
  readonly minuteOfDay: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, f);
  }
  return f;
}

// What the en-US format above writes: `1/15/2025, 13:34:00`.
const EN_US_WALL = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;

/**
 * The local wall time at `ms`, written as if UTC, straight from Intl. Read from `format`'s
 * string, which Intl writes about three times faster than the same fields as parts.
 */
function intlWall(format: Intl.DateTimeFormat, ms: number): number {
  const text = format.format(ms);
  const m = EN_US_WALL.exec(text);
  if (m === null) throw new Error(`oracle: Intl wrote ${JSON.stringify(text)}, not M/D/YYYY, HH:MM:SS`);
  return Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6]));
}

export class Oracle {
  private readonly format: Intl.DateTimeFormat;
  /**
   * UTC offset per UTC quarter-hour (key: floor(ms / 15 min)). Memoising is only
   * for speed (a minute walk over weeks would otherwise call Intl for every
   * minute). It is exact here because every offset of the zones used (and every
   * switch between offsets from 1990 to 2090) is a whole number of quarter-hours
   * from a UTC quarter-hour boundary, so the offset is constant within each UTC
   * quarter-hour.
   */
  private readonly offsets = new Map<number, number>();

  constructor(readonly policy: OraclePolicy) {
    this.format = formatFor(policy.zone);
  }

  /** The local wall-clock reading of a whole-minute instant. */
  wallAt(ms: number): Wall {
    const quarter = Math.floor(ms / QUARTER_HOUR);
    let offset = this.offsets.get(quarter);
    if (offset === undefined) {
      const start = quarter * QUARTER_HOUR;
      offset = intlWall(this.format, start) - start;
      this.offsets.set(quarter, offset);
    }
    const wall = ms + offset;
    const day = Math.floor(wall / DAY);
    // 1970-01-01 was a Thursday (weekday 4).
    return { day, weekday: (((day + 4) % 7) + 7) % 7, minuteOfDay: Math.floor((wall - day * DAY) / MINUTE) };
  }

  /** Whether the minute [ms, ms + 1 min) is business time. */
  isBusinessMinute(ms: number): boolean {
    const { day, weekday, minuteOfDay } = this.wallAt(ms);
    if (this.policy.holidays.has(day)) return false;
    return this.policy.weekly[weekday]!.some((iv) => iv.start <= minuteOfDay && minuteOfDay < iv.end);
  }

  /** The end of the minute in which the `targetMinutes`-th business minute from `openedMs` is counted. */
  deadline(openedMs: number, targetMinutes: number): number {
    let left = targetMinutes;
    for (let t = openedMs; ; t += MINUTE) {
      if (this.isBusinessMinute(t) && --left === 0) return t + MINUTE;
    }
  }

  /** Business minutes in [fromMs, toMs), both whole minutes; negative when reversed. */
  businessMinutesBetween(fromMs: number, toMs: number): number {
    if (toMs < fromMs) return -this.businessMinutesBetween(toMs, fromMs);
    let n = 0;
    for (let t = fromMs; t < toMs; t += MINUTE) if (this.isBusinessMinute(t)) n++;
    return n;
  }
}

/**
 * The same model with boundaries anywhere, DST switches included, read as the
 * README's rules say and nothing more (still sharing no code with `src/core`):
 *
 * - a wall time becomes an instant by the "compatible" rule: of the instants at
 *   which the zone's clock shows it, the earliest; when none does (a gap), the
 *   wall time read with the offset in force before the gap (rules 5 and 6);
 * - a local day's real time runs from its midnight's instant to the next day's
 *   (empty for a date the zone skipped);
 * - a minute is business time iff it lies in that real time of some local day
 *   and between the instants of one of that day's openings and closings, and
 *   the day is not a holiday; so each real minute counts once (the union rule).
 *
 * Offsets are read from Intl once per UTC quarter-hour (as {@link Oracle}
 * does, and exact for the same reason: every zone used switches on a UTC
 * quarter-hour), and the offsets a wall time may be read with are those in
 * force within two days of it, sampled every three hours (no offset of these
 * zones lasts less).
 */
export class CompatibleOracle {
  private readonly format: Intl.DateTimeFormat;
  private readonly offsets = new Map<number, number>();
  private readonly days = new Map<number, { from: number; to: number; windows: [number, number][] }>();

  constructor(readonly policy: OraclePolicy) {
    this.format = formatFor(policy.zone);
  }

  /** The zone's offset at an instant, from Intl. */
  offsetAt(ms: number): number {
    const quarter = Math.floor(ms / QUARTER_HOUR);
    let offset = this.offsets.get(quarter);
    if (offset === undefined) {
      offset = intlWall(this.format, quarter * QUARTER_HOUR) - quarter * QUARTER_HOUR;
      this.offsets.set(quarter, offset);
    }
    return offset;
  }

  /** The instant of a wall time (as if UTC), by the "compatible" rule. */
  instantOf(wall: number): number {
    const candidates = new Set<number>();
    for (let h = -48; h <= 48; h += 3) candidates.add(this.offsetAt(wall + h * 3_600_000));
    const fits = [...candidates].map((o) => wall - o).filter((t) => t + this.offsetAt(t) === wall);
    if (fits.length > 0) return Math.min(...fits);
    return wall - this.offsetAt(wall - 2 * DAY);
  }

  private day(day: number): { from: number; to: number; windows: [number, number][] } {
    let found = this.days.get(day);
    if (!found) {
      const from = this.instantOf(day * DAY);
      const to = this.instantOf((day + 1) * DAY);
      const weekday = new Date(day * DAY).getUTCDay();
      const windows: [number, number][] = this.policy.holidays.has(day)
        ? []
        : this.policy.weekly[weekday]!.map((iv) => [this.instantOf(day * DAY + iv.start * MINUTE), this.instantOf(day * DAY + iv.end * MINUTE)]);
      found = { from, to, windows };
      this.days.set(day, found);
    }
    return found;
  }

  /** Whether the minute [ms, ms + 1 min) is business time. */
  isBusinessMinute(ms: number): boolean {
    const wallDay = Math.floor((ms + this.offsetAt(ms)) / DAY);
    for (let d = wallDay - 2; d <= wallDay + 2; d++) {
      const { from, to, windows } = this.day(d);
      if (ms < from || ms >= to) continue;
      if (windows.some(([start, end]) => start <= ms && ms < end)) return true;
    }
    return false;
  }

  /** The end of the minute in which the `targetMinutes`-th business minute from `openedMs` is counted. */
  deadline(openedMs: number, targetMinutes: number): number {
    let left = targetMinutes;
    for (let t = openedMs; ; t += MINUTE) {
      if (this.isBusinessMinute(t) && --left === 0) return t + MINUTE;
    }
  }

  /** Business minutes in [fromMs, toMs), both whole minutes; negative when reversed. */
  businessMinutesBetween(fromMs: number, toMs: number): number {
    if (toMs < fromMs) return -this.businessMinutesBetween(toMs, fromMs);
    let n = 0;
    for (let t = fromMs; t < toMs; t += MINUTE) if (this.isBusinessMinute(t)) n++;
    return n;
  }
}
