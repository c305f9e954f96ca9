import { canonicalZoneName, getZone, takeZoneSnapshot, useZoneSnapshot, type ZoneSnapshot } from '../../src/core/zone';

// A snapshot stands in for Intl: every offset it gives, and the zone's name, must be Intl's own.
const YEAR = 365.2425 * 86_400_000;

const intlFormats = new Map<string, Intl.DateTimeFormat>();

/** Intl's offset at an instant, read independently of the core (formatToParts, whole seconds). */
function intlOffset(zone: string, ms: number): number {
  const whole = Math.floor(ms / 1000) * 1000;
  let format = intlFormats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short' });
    intlFormats.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(whole).map((p) => [p.type, p.value]));
  const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  wall.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), 0);
  return wall.getTime() - whole;
}

describe('zone snapshots', () => {
  it('hold the offset at the start and each change, to the second', () => {
    const s = takeZoneSnapshot('Europe/Amsterdam', Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1));
    expect(s).toEqual({
      name: 'Europe/Amsterdam',
      canonical: 'Europe/Amsterdam',
      from: Date.UTC(2025, 0, 1),
      to: Date.UTC(2026, 0, 1),
      changes: [
        [Date.UTC(2025, 0, 1), 3_600_000],
        [Date.parse('2025-03-30T01:00:00Z'), 7_200_000],
        [Date.parse('2025-10-26T01:00:00Z'), 3_600_000],
      ],
    });
  });

  it.each(['Europe/Amsterdam', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Apia', 'africa/casablanca'])(
    'give Intl’s offset for %s at every change, a second either side, and at random instants; Intl’s own outside their range',
    (zone) => {
      const from = Date.UTC(1965, 0, 1);
      const to = Date.UTC(2045, 0, 1);
      const snapshot: ZoneSnapshot = takeZoneSnapshot(zone, from, to);
      expect(snapshot.canonical).toBe(canonicalZoneName(zone));
      useZoneSnapshot(snapshot);
      const offsetAt = (ms: number): number => getZone(zone).offsetAt(ms);
      const instants = snapshot.changes.flatMap(([at]) => [at - 1000, at - 1, at, at + 999]);
      let seed = 7;
      for (let i = 0; i < 2000; i++) {
        seed = (seed * 16807) % 2147483647;
        instants.push(from - 5 * YEAR + (seed / 2147483647) * (to - from + 10 * YEAR));
      }
      const wrong = instants.filter((ms) => offsetAt(ms) !== intlOffset(snapshot.canonical, ms)).map((ms) => new Date(ms).toISOString());
      expect(wrong).toEqual([]);
      expect(canonicalZoneName(zone)).toBe(snapshot.canonical);
    },
  );
});
