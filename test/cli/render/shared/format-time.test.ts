import { daysFromCivil } from '../../../../src/core/civil';
import { formatInstant } from '../../../../src/core/iso';
import { getZone } from '../../../../src/core/zone';
import {
  formatDayLabel,
  formatIsoInstant,
  formatLocal,
  formatLocalSpan,
  formatLocalTime,
} from '../../../../src/cli/render/shared/format-time';

const at = (iso: string): number => Date.parse(iso);

const ZONES = [
  'Europe/Amsterdam',
  'Africa/Monrovia',
  'America/New_York',
  'America/St_Johns',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Pacific/Apia',
  'Europe/Dublin',
  'UTC',
];

/**
 * The reference: `Intl.DateTimeFormat` with an explicit `timeZone`, read field by field. It
 * depends only on the named zone, never on the machine's own, so the test means the same in
 * every zone it runs in. (date-fns-tz's `formatInTimeZone` goes through the machine zone's
 * `Date` fields, and is an hour off when the machine zone changes its clocks at that moment:
 * Europe/Amsterdam at 2000-10-01T02:44 read 03:44 in Pacific/Auckland.)
 */
const referenceFormats = new Map<string, Intl.DateTimeFormat>();
function referenceFields(ms: number, zone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'weekday', string> {
  let format = referenceFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    referenceFormats.set(zone, format);
  }
  const fields = Object.fromEntries(format.formatToParts(ms).map((part) => [part.type, part.value]));
  return fields as ReturnType<typeof referenceFields>;
}
/** `yyyy-MM-ddTHH:mm:ss.SSS EEE`, by the reference. */
function referenceWall(ms: number, zone: string): string {
  const f = referenceFields(ms, zone);
  const millis = String(((ms % 1000) + 1000) % 1000).padStart(3, '0');
  return `${f.year.padStart(4, '0')}-${f.month}-${f.day}T${f.hour}:${f.minute}:${f.second}.${millis} ${f.weekday}`;
}
/** The zone's offset from UTC at `ms`, in whole seconds, by the reference. */
function referenceOffsetS(ms: number, zone: string): number {
  const f = referenceFields(ms, zone);
  const wall = Date.UTC(Number(f.year), Number(f.month) - 1, Number(f.day), Number(f.hour), Number(f.minute), Number(f.second));
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 1000);
}

const FROM = at('1970-01-01T00:00:00Z');
const TO = at('2040-01-01T00:00:00Z');
/** A sparse sweep, 97 days 7 h 13 min 17.25 s apart, so that times of day and weekdays vary. */
const SWEEP_STEP = ((97 * 24 + 7) * 60 + 13) * 60_000 + 17_250;
/** The step of the search for clock changes. */
const SEARCH_STEP = 29 * 86_400_000;

/**
 * The instants to check in a zone: the sparse sweep, and around each of the zone's clock changes
 * from 1970 to 2040 (found where the offset differs across a search step, to the millisecond by bisection)
 * the change itself, a millisecond before it, and three hours either side. The search steps 29 days
 * at a time, shorter than the daylight-saving seasons of these zones, so it sees each change.
 */
function instantsFor(zone: string): number[] {
  const out: number[] = [];
  for (let ms = FROM; ms < TO; ms += SWEEP_STEP) out.push(ms);
  for (let ms = FROM; ms < TO; ms += SEARCH_STEP) {
    const next = Math.min(ms + SEARCH_STEP, TO);
    if (referenceOffsetS(ms, zone) === referenceOffsetS(next, zone)) continue;
    let [lo, hi] = [ms, next];
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (referenceOffsetS(mid, zone) === referenceOffsetS(lo, zone)) lo = mid;
      else hi = mid;
    }
    for (const d of [-3 * 3_600_000, -1, 0, 3 * 3_600_000]) out.push(hi + d);
  }
  return out;
}

/** Every quarter of an hour of days Amsterdam and Monrovia change their clocks, and 30 s past each. */
function switchDayInstants(): number[] {
  const out: number[] = [];
  for (const day of ['2025-03-30T00:00:00Z', '1972-01-06T22:00:00Z']) {
    for (let q = 0; q < 4 * 26; q++) {
      const ms = at(day) + q * 900_000;
      out.push(ms, ms + 30_000);
    }
  }
  return out;
}

const SWITCH_DAYS = switchDayInstants();
const instantsCache = new Map<string, number[]>();
const INSTANTS = (zone: string): number[] => {
  let list = instantsCache.get(zone);
  if (!list) instantsCache.set(zone, (list = [...instantsFor(zone), ...SWITCH_DAYS]));
  return list;
};

/**
 * Checks `pair` at every instant of a zone's list and returns the instants where its two sides
 * differ, each with both sides: one `expect` for thousands of instants, which reads as well on a
 * failure and costs a fraction of an `expect` per instant.
 */
function mismatches(zone: string, pair: (ms: number) => readonly [unknown, unknown]): string[] {
  const found: string[] = [];
  for (const ms of INSTANTS(zone)) {
    const [ours, expected] = pair(ms);
    const [a, b] = [JSON.stringify(ours), JSON.stringify(expected)];
    if (a !== b) found.push(`${new Date(ms).toISOString()}: ${a} is not ${b}`);
  }
  return found;
}

/** The wall clock a formatted instant shows, without its offset: `2025-06-02T13:00:00` (with `.mmm` when present). */
const isoWall = (iso: string): string => iso.replace(/[+-]\d{2}:\d{2}(:\d{2})?$/, '');

describe('formatIsoInstant', () => {
  it.each(ZONES)('writes what the core writes, in %s', (name) => {
    const zone = getZone(name);
    expect(mismatches(name, (ms) => [formatIsoInstant(ms, zone), formatInstant(ms, zone)])).toEqual([]);
  });

  it('shows the seconds of an offset that has them', () => {
    expect(formatIsoInstant(at('1971-06-01T10:00:00Z'), getZone('Africa/Monrovia'))).toBe('1971-06-01T09:15:30-00:44:30');
  });

  it('writes milliseconds only when there are any', () => {
    const amsterdam = getZone('Europe/Amsterdam');
    expect(formatIsoInstant(at('2025-06-02T11:00:00Z'), amsterdam)).toBe('2025-06-02T13:00:00+02:00');
    expect(formatIsoInstant(at('2025-06-02T11:00:00.250Z'), amsterdam)).toBe('2025-06-02T13:00:00.250+02:00');
  });

  it('refuses an instant whose year in the zone has no four digits', () => {
    expect(() => formatIsoInstant(at('9999-12-31T23:30:00Z'), getZone('Europe/Amsterdam'))).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('a result falls outside the supported range') }),
    );
  });
});

describe('formatLocal', () => {
  it('reads as people do, in a zone', () => {
    expect(formatLocal(at('2025-06-02T11:00:00Z'), 'Europe/Amsterdam')).toBe('Mon 2 Jun 2025 13:00 +02:00');
  });

  it('shows the wall seconds and the offset seconds of Monrovia in 1971, as JSON does', () => {
    expect(formatLocal(at('1971-06-01T10:00:00Z'), 'Africa/Monrovia')).toBe('Tue 1 Jun 1971 09:15:30 -00:44:30');
  });

  it('leaves out seconds the wall clock does not show, even when the instant has them', () => {
    expect(formatLocal(at('1971-06-01T10:00:30Z'), 'Africa/Monrovia')).toBe('Tue 1 Jun 1971 09:16 -00:44:30');
  });

  it('shows seconds and milliseconds when the wall clock has them', () => {
    expect(formatLocal(at('2025-06-06T14:00:20Z'), 'Europe/Amsterdam')).toBe('Fri 6 Jun 2025 16:00:20 +02:00');
    expect(formatLocal(at('2025-06-06T14:00:20.250Z'), 'Europe/Amsterdam', { precise: true })).toBe('Fri 6 Jun 2025 16:00:20.250 +02:00');
  });

  it('takes the zone itself as well as its name', () => {
    expect(formatLocal(at('2025-06-02T11:00:00Z'), getZone('Europe/Amsterdam'))).toBe('Mon 2 Jun 2025 13:00 +02:00');
  });

  it.each(ZONES)('shows the same wall time and offset as JSON, in %s', (name) => {
    const zone = getZone(name);
    expect(
      mismatches(name, (ms) => {
        const iso = formatIsoInstant(ms, zone);
        const [, date, clock, offset] = /^(\d{4}-\d{2}-\d{2})T(\S+?)([+-]\d{2}:\d{2}(?::\d{2})?)$/.exec(iso)!;
        const local = formatLocal(ms, name);
        const day = formatDayLabel(daysFromCivil(...(date!.split('-').map(Number) as [number, number, number])));
        // The text drops only zero seconds: HH:MM:00 reads HH:MM.
        return [
          [local.slice(day.length), clock!.replace(/:00$/, ''), day],
          [` ${formatLocalTime(ms, name)} ${offset}`, formatLocalTime(ms, name, { precise: true }), local.split(' ').slice(0, 4).join(' ')],
        ];
      }),
    ).toEqual([]);
  });
});

describe('the wall fields, against Intl.DateTimeFormat as an independent reference', () => {
  it.each(ZONES)('agree on date, weekday and time of day in %s', (name) => {
    const zone = getZone(name);
    expect(
      mismatches(name, (ms) => {
        const iso = isoWall(formatIsoInstant(ms, zone));
        return [`${iso.includes('.') ? iso : `${iso}.000`} ${formatLocal(ms, zone).slice(0, 3)}`, referenceWall(ms, name)];
      }),
    ).toEqual([]);
  });

  it.each(ZONES)('agree on the offset, to the second, in %s', (name) => {
    const zone = getZone(name);
    expect(
      mismatches(name, (ms) => {
        const [, sign, h, m, sec] = /([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(formatIsoInstant(ms, zone))!;
        return [(sign === '-' ? -1 : 1) * (Number(h) * 3600 + Number(m) * 60 + Number(sec ?? 0)), referenceOffsetS(ms, name)];
      }),
    ).toEqual([]);
  });

  it('agrees with Monrovia in 1971 to the second', () => {
    const ms = at('1971-06-01T10:00:00Z');
    expect(referenceOffsetS(ms, 'Africa/Monrovia')).toBe(-(44 * 60 + 30));
    expect(formatIsoInstant(ms, getZone('Africa/Monrovia')).endsWith('-00:44:30')).toBe(true);
  });
});

describe('formatLocalTime and formatLocalSpan', () => {
  it('write the wall clock, seconds only when it shows them', () => {
    expect(formatLocalTime(at('2025-06-02T11:00:00Z'), 'Europe/Amsterdam')).toBe('13:00');
    expect(formatLocalTime(at('2025-06-02T11:00:20Z'), 'Europe/Amsterdam')).toBe('13:00:20');
    expect(formatLocalTime(at('1971-06-01T10:00:00Z'), 'Africa/Monrovia')).toBe('09:15:30');
  });

  it('join two wall times with a hyphen', () => {
    expect(formatLocalSpan(at('2025-06-10T07:00:00Z'), at('2025-06-10T12:00:00Z'), 'Europe/Amsterdam')).toBe('09:00-14:00');
  });
});

describe('formatDayLabel', () => {
  it('writes a day number as weekday, day, month and year', () => {
    expect(formatDayLabel(daysFromCivil(2025, 6, 6))).toBe('Fri 6 Jun 2025');
    expect(formatDayLabel(daysFromCivil(2026, 12, 31))).toBe('Thu 31 Dec 2026');
  });
});
