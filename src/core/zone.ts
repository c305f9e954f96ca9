import { SlaError } from '../errors/sla-error';
import { quoteValue } from './quote-value';
import { MS_PER_DAY } from './units';
import { ZONE_LINKS } from './zone-links';

/**
 * A time zone's offsets, with each week's offset remembered so that the hot
 * loop never asks `Intl` twice about the same week.
 */
export interface Zone {
  /** The canonical IANA name, e.g. `Europe/Amsterdam`. */
  readonly name: string;
  /** The offset from UTC in milliseconds at an instant (positive east of Greenwich). */
  offsetAt(ms: number): number;
}

const WEEK = 7 * MS_PER_DAY;

/** 400 Gregorian years: 146,097 days, a whole number of weeks. */
const GREGORIAN_CYCLE = 146_097 * MS_PER_DAY;
/**
 * From here on offsets are read one or more 400-year cycles earlier. The time
 * zone database lists single transitions only up to the 2080s (Morocco); from
 * 2100 on every zone repeats its last rule, so 2500 is safely inside that.
 */
const PERIODIC_FROM = Date.UTC(2500, 0, 1);

/** One week of a zone: its offset at the start and, when it changes inside the week, where. */
interface WeekSpan {
  readonly before: number;
  readonly after: number;
  /** First instant at the `after` offset; `Infinity` when the week has no switch. */
  readonly switchAt: number;
}

/** The slots of a zone's cache of the weeks last read (a power of two): about 40 years of weeks. */
const WEEK_SLOTS = 1 << 11;

const zones = new Map<string, Zone>();

/**
 * A zone's offsets written down ahead of time from the time-zone data Intl
 * reads: the offset at `from` and every change of offset up to `to`, to the
 * second. A process given one for a zone (`useZoneSnapshot`) creates no
 * `Intl.DateTimeFormat` for that zone: the first one a process creates costs
 * ICU's locale setup, about as long as the rest of a short `sla` run. The
 * build takes one for the built-in policy's zone, and the CLI uses it when
 * its Node reads the same time-zone data.
 */
export interface ZoneSnapshot {
  /** The name as given, and its spelling as `canonicalZoneName` returns it. */
  readonly name: string;
  readonly canonical: string;
  /** The first and last instants covered, epoch ms; offsets outside them are read from Intl. */
  readonly from: number;
  readonly to: number;
  /** `[instant, offset ms]`: the offset from that instant (epoch ms, whole seconds) on, in order, the first at `from`. */
  readonly changes: ReadonlyArray<readonly [number, number]>;
}

const snapshots = new Map<string, ZoneSnapshot>();

/**
 * Reads a zone's offsets from `snapshot` instead of Intl, in this process,
 * for the zones created from now on. The caller vouches that the snapshot was
 * taken from the time-zone data Intl reads here (the CLI compares the
 * versions of the time-zone data and of ICU): then every offset, and the zone's name,
 * are what Intl would give.
 *
 * @example
 * useZoneSnapshot(takeZoneSnapshot('Europe/Amsterdam', Date.UTC(2000, 0, 1), Date.UTC(2100, 0, 1)));
 * getZone('Europe/Amsterdam').offsetAt(Date.parse('2025-06-02T08:00:00Z')) //=> 7200000, without Intl
 */
export function useZoneSnapshot(snapshot: ZoneSnapshot): void {
  snapshots.set(snapshot.name, snapshot);
  snapshots.set(snapshot.canonical, snapshot);
}

/**
 * Takes a zone's snapshot from Intl: the offset at every whole day from
 * `from` to `to`, and each change found between two days bisected to the
 * second (no zone changes its offset twice in a day).
 *
 * @example
 * takeZoneSnapshot('Europe/Amsterdam', Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)).changes
 * //=> [[1735689600000, 3600000], [1743296400000, 7200000], [1761440400000, 3600000]]
 */
export function takeZoneSnapshot(name: string, from: number, to: number): ZoneSnapshot {
  const canonical = canonicalZoneName(name);
  const read = offsetReader(canonical);
  const start = Math.floor(from / 1000) * 1000;
  let offset = read(start);
  const changes: Array<readonly [number, number]> = [[start, offset]];
  for (let seen = start, day = start + MS_PER_DAY; seen < to; seen = day, day += MS_PER_DAY) {
    const at = Math.min(day, to);
    const next = read(at);
    if (next === offset) continue;
    let lo = seen; // the old offset here
    let hi = at; // the new one here
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (read(mid) === offset) lo = mid;
      else hi = mid;
    }
    changes.push([hi, next]);
    offset = next;
  }
  return { name, canonical, from: start, to, changes };
}

/** The offset reader of a snapshot: a binary search among its changes, and Intl's reader outside its range. */
function snapshotReader(snapshot: ZoneSnapshot, name: string): (ms: number) => number {
  let outside: ((ms: number) => number) | undefined;
  const { changes } = snapshot;
  return (ms: number): number => {
    const whole = Math.floor(ms / 1000) * 1000;
    if (whole < snapshot.from || whole > snapshot.to) return (outside ??= offsetReader(name))(whole);
    let lo = 0;
    let hi = changes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((changes[mid]?.[0] ?? Infinity) <= whole) lo = mid;
      else hi = mid - 1;
    }
    return changes[lo]?.[1] ?? (outside ??= offsetReader(name))(whole);
  };
}

/**
 * Checks an IANA zone name and returns its canonical spelling, or throws
 * `UNKNOWN_ZONE` (date-fns-tz would quietly return an invalid date instead).
 *
 * @example
 * canonicalZoneName('europe/amsterdam') //=> 'Europe/Amsterdam'
 */
export function canonicalZoneName(name: string): string {
  if (typeof name !== 'string' || name.trim() === '' || /^[+-]\d/.test(name)) {
    throw unknownZone(name);
  }
  const snapshot = snapshots.get(name);
  if (snapshot !== undefined) return snapshot.canonical;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    throw unknownZone(name);
  }
  // Intl answers with ICU's canonical name, which can be a retired one (Asia/Kolkata
  // comes back as Asia/Calcutta): keep the user's name, fixing only its case.
  if (resolved.toLowerCase() === name.toLowerCase()) return resolved;
  return zoneNameCase(name);
}

/** Every zone name with its IANA letter case, by lower-case spelling; built when a name needs its case fixed. */
let knownZones: Map<string, string> | undefined;

/**
 * The IANA spelling of a name Intl accepts: from the names this runtime lists
 * (`Intl.supportedValuesOf`) and the link names it accepts without listing
 * them ({@link ZONE_LINKS}); a name in neither is cased as IANA cases names
 * (each word capitalised), since Intl itself ignores case.
 */
function zoneNameCase(name: string): string {
  if (!knownZones) {
    knownZones = new Map();
    for (const z of [...ZONE_LINKS, ...Intl.supportedValuesOf('timeZone')]) knownZones.set(z.toLowerCase(), z);
  }
  return knownZones.get(name.toLowerCase()) ?? name.replace(/[A-Za-z]+/g, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
}

function unknownZone(name: unknown): SlaError {
  return new SlaError(
    'UNKNOWN_ZONE',
    `unknown time zone ${typeof name === 'string' ? quoteValue(name) : String(name)}: use an IANA zone name such as Europe/Amsterdam, America/New_York or UTC`,
  );
}

/**
 * The {@link Zone} for an IANA name; validated once, then cached for the life of the program.
 *
 * @example
 * getZone('Europe/Amsterdam').offsetAt(Date.parse('2025-06-02T08:00:00Z')) //=> 7200000
 */
export function getZone(name: string): Zone {
  const cached = zones.get(name);
  if (cached) return cached;
  const canonical = canonicalZoneName(name);
  const zone = zones.get(canonical) ?? createZone(canonical);
  zones.set(name, zone);
  zones.set(canonical, zone);
  return zone;
}

function createZone(name: string): Zone {
  const weeks = new Map<number, WeekSpan>();
  const snapshot = snapshots.get(name);
  const rawOffset = snapshot === undefined ? offsetReader(name) : snapshotReader(snapshot, name);

  // The offset at each week boundary, read once: a boundary ends one week and starts the next.
  const boundaries = new Map<number, number>();
  const atBoundary = (week: number): number => {
    let offset = boundaries.get(week);
    if (offset === undefined) {
      offset = rawOffset(week * WEEK);
      boundaries.set(week, offset);
    }
    return offset;
  };

  const spanOf = (week: number): WeekSpan => {
    let span = weeks.get(week);
    if (span) return span;
    const start = week * WEEK;
    const before = atBoundary(week);
    const after = atBoundary(week + 1);
    if (before === after) {
      // Assumes no zone switches twice within one week and back again; none has since 1970.
      span = { before, after, switchAt: Infinity };
    } else {
      // Offsets change on whole seconds: bisect down to the second.
      let lo = start; // offset `before` here
      let hi = start + WEEK; // offset `after` here
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (rawOffset(mid) === before) lo = mid;
        else hi = mid;
      }
      span = { before, after, switchAt: hi };
    }
    weeks.set(week, span);
    return span;
  };

  // The weeks last read, each in the slot of its number modulo WEEK_SLOTS: one compare before the map.
  const slotWeeks = new Float64Array(WEEK_SLOTS).fill(Number.NaN);
  const slotSpans: Array<WeekSpan | undefined> = new Array<WeekSpan | undefined>(WEEK_SLOTS).fill(undefined);

  return Object.freeze({
    name,
    offsetAt(ms: number): number {
      // Far ahead, a zone follows its last rule, and rules name Gregorian dates
      // and weekdays, which repeat exactly every 400 years: reading those years
      // from one cycle keeps the cache (and the calls to Intl) bounded however
      // far a calculation runs.
      const at = ms >= PERIODIC_FROM ? ms - Math.ceil((ms - PERIODIC_FROM) / GREGORIAN_CYCLE) * GREGORIAN_CYCLE : ms;
      const week = Math.floor(at / WEEK);
      const slot = week & (WEEK_SLOTS - 1);
      let span = slotSpans[slot];
      if (span === undefined || slotWeeks[slot] !== week) {
        span = spanOf(week);
        slotWeeks[slot] = week;
        slotSpans[slot] = span;
      }
      return at < span.switchAt ? span.before : span.after;
    },
  });
}

/**
 * Reads a zone's offset at an instant from `Intl` (the only source of zone data
 * in Node). Whole seconds only: offsets never change on a fraction of a second.
 */
function offsetReader(name: string): (ms: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: name,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  // format() and a regular expression are about three times as fast as formatToParts().
  const fields = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/;
  return (ms: number): number => {
    const whole = Math.floor(ms / 1000) * 1000;
    const m = fields.exec(format.format(whole).replace(/[^\d/:, ]/g, ''));
    if (!m) throw new SlaError('UNKNOWN_ZONE', `cannot read the offset of time zone ${name} at ${new Date(whole).toISOString()}`);
    const wall = Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6]));
    return wall - whole;
  };
}

/**
 * The instant at which a zone's wall clock shows a given time, with Temporal's
 * "compatible" rule: a time in a spring-forward gap moves forward by the length
 * of the gap, and a time shown twice in a fall-back overlap is the earlier one.
 *
 * `wallMs` is the wall time written as if it were UTC (e.g. `Date.UTC(2025, 2, 30, 2, 30)`).
 *
 * @example
 * // 02:30 does not exist in Amsterdam on 30 March 2025: it becomes 03:30 CEST.
 * instantFromWall(getZone('Europe/Amsterdam'), Date.UTC(2025, 2, 30, 2, 30)) //=> Date.parse('2025-03-30T01:30:00Z')
 */
export function instantFromWall(zone: Zone, wallMs: number): number {
  const early = zone.offsetAt(wallMs - MS_PER_DAY);
  const late = zone.offsetAt(wallMs + MS_PER_DAY);
  const byEarly = wallMs - early;
  if (early === late) return byEarly;
  const earlyFits = zone.offsetAt(byEarly) === early;
  const byLate = wallMs - late;
  const lateFits = zone.offsetAt(byLate) === late;
  if (earlyFits && lateFits) return Math.min(byEarly, byLate); // overlap: the earlier instant
  if (earlyFits) return byEarly;
  if (lateFits) return byLate;
  // Gap: read the wall time with the offset in force before the switch, which
  // lands the same distance past the switch as the wall time is past the gap's start.
  return byEarly;
}

/**
 * The wall time (as if UTC) that a zone's clock shows at an instant.
 *
 * @example
 * wallFromInstant(getZone('Europe/Amsterdam'), Date.parse('2025-06-02T08:00:00Z')) //=> Date.UTC(2025, 5, 2, 10)
 */
export function wallFromInstant(zone: Zone, ms: number): number {
  return ms + zone.offsetAt(ms);
}
