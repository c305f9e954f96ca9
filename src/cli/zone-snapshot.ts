import type { ZoneSnapshot } from '../core/zone';

/** A zone snapshot with the time-zone data it was taken from: `process.versions.tz` and `.icu`, as `tz/icu`. */
export interface BuiltZoneSnapshot {
  readonly tzdata: string;
  readonly snapshot: ZoneSnapshot;
}

/**
 * The snapshot of the built-in policy's zone that the build takes (see
 * `scripts/build.mjs`, which writes it into the bundle in place of this
 * module): none when `sla` runs from its sources.
 */
export const BUILT_ZONE_SNAPSHOT: BuiltZoneSnapshot | undefined = undefined;

/**
 * The time-zone data this process reads, as a snapshot names it.
 *
 * @example
 * tzdataOf({ tz: '2025b', icu: '77.1' }) //=> '2025b/77.1'
 */
export function tzdataOf(versions: Readonly<Record<string, string | undefined>>): string {
  return `${versions.tz ?? 'unknown'}/${versions.icu ?? 'unknown'}`;
}
