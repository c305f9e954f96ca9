import { formatInTimeZone } from 'date-fns-tz';
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

/** Instants from 1970 to 2040, 23 days 7 h 13 min 17.25 s apart, so that every time of day and weekday comes up. */
function spreadInstants(): number[] {
  const out: number[] = [];
  const step = ((23 * 24 + 7) * 60 + 13) * 60_000 + 17_250;
  for (let ms = at('1970-01-01T00:00:00Z'); ms < at('2040-01-01T00:00:00Z'); ms += step) out.push(ms);
  return out;
}

/** Every quarter of an hour, and a few seconds around each, of the days Amsterdam and Monrovia change their clocks. */
function switchDayInstants(): number[] {
  const out: number[] = [];
  for (const day of ['2025-03-30T00:00:00Z', '2025-10-25T22:00:00Z', '1972-01-06T22:00:00Z', '1971-06-01T00:00:00Z']) {
    for (let q = 0; q < 4 * 26; q++) {
      const ms = at(day) + q * 900_000;
      out.push(ms, ms - 1000, ms + 30_000);
    }
  }
  return out;
}

const INSTANTS = [...spreadInstants(), ...switchDayInstants()];

/** The wall clock a formatted instant shows, without its offset: `2025-06-02T13:00:00` (with `.mmm` when present). */
const isoWall = (iso: string): string => iso.replace(/[+-]\d{2}:\d{2}(:\d{2})?$/, '');

describe('formatIsoInstant', () => {
  it.each(ZONES)('writes what the core writes, in %s', (name) => {
    const zone = getZone(name);
    for (const ms of INSTANTS) expect(formatIsoInstant(ms, zone)).toBe(formatInstant(ms, zone));
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
    expect(formatLocal(at('2025-06-06T14:00:20.250Z'), 'Europe/Amsterdam')).toBe('Fri 6 Jun 2025 16:00:20.250 +02:00');
  });

  it('takes the zone itself as well as its name', () => {
    expect(formatLocal(at('2025-06-02T11:00:00Z'), getZone('Europe/Amsterdam'))).toBe('Mon 2 Jun 2025 13:00 +02:00');
  });

  it.each(ZONES)('shows the same wall time and offset as JSON, in %s', (name) => {
    const zone = getZone(name);
    for (const ms of INSTANTS) {
      const iso = formatIsoInstant(ms, zone);
      const [, date, clock, offset] = /^(\d{4}-\d{2}-\d{2})T(\S+?)([+-]\d{2}:\d{2}(?::\d{2})?)$/.exec(iso)!;
      const local = formatLocal(ms, name);
      expect(local.endsWith(` ${formatLocalTime(ms, name)} ${offset}`)).toBe(true);
      // The text drops only zero seconds: HH:MM:00 reads HH:MM.
      expect(clock!.replace(/:00$/, '')).toBe(formatLocalTime(ms, name));
      expect(formatDayLabel(daysFromCivil(...(date!.split('-').map(Number) as [number, number, number])))).toBe(local.split(' ').slice(0, 4).join(' '));
    }
  });
});

describe('the wall fields, against date-fns-tz as an independent reference', () => {
  it.each(ZONES)('agree on date, weekday and time of day in %s', (name) => {
    const zone = getZone(name);
    for (const ms of INSTANTS) {
      const reference = formatInTimeZone(ms, name, "yyyy-MM-dd'T'HH:mm:ss.SSS EEE");
      const iso = isoWall(formatIsoInstant(ms, zone));
      const ours = `${iso.includes('.') ? iso : `${iso}.000`} ${formatLocal(ms, zone).slice(0, 3)}`;
      expect(ours).toBe(reference);
    }
  });

  it('agree on the offset to the minute (date-fns-tz drops its seconds)', () => {
    const ms = at('1971-06-01T10:00:00Z');
    expect(formatInTimeZone(ms, 'Africa/Monrovia', 'xxx')).toBe('-00:44');
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
