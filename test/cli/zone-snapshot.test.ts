import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tzdataOf } from '../../src/cli/zone-snapshot';
import { sla as inProcess } from './run-in-process';
import { ROOT, sla as built } from './run-sla';

// The built binary reads the built-in policy's zone from the build's snapshot, the in-process runs from Intl:
// both must give every answer alike, across clock changes and at both ends of the supported years.
const CASES: string[][] = [
  ['deadline', '-o', '2025-03-28T16:30', '-p', '2', '-P', 'professional', '--explain', '-n', '2025-03-31T10:00'],
  ['deadline', '-o', '2025-10-24T15:00', '-p', '3', '--explain', '-n', '2025-10-27T09:30'],
  ['deadline', '-o', '2025-03-30T02:30', '-p', '1', '-P', 'advanced', '--explain', '-n', '2025-03-30T03:45'],
  ['deadline', '-o', '2025-10-26T02:30', '-p', '1', '-P', 'advanced', '--responded', '2025-10-26T03:10', '-n', '2025-10-26T04:00'],
  ['deadline', '-o', '1000-01-02T10:00', '-p', '1', '-P', 'professional', '-n', '1000-01-02T12:00'],
  ['deadline', '-o', '1916-04-30T22:00', '-p', '1', '-P', 'advanced', '--explain', '-n', '1916-05-01T09:00'],
  ['deadline', '-o', '9999-12-30T16:00', '-p', '3', '-P', 'advanced', '-n', '9999-12-30T17:00'],
  ['deadline', '-o', '2025-06-02T10:00', '-p', '1', '-P', 'professional', '--tz', 'America/New_York', '-n', '2025-06-02T12:00'],
  ['holidays', '--year', '2026', '-n', '2026-03-29T01:30:00Z'],
];

describe('the build’s snapshot of the built-in policy’s zone', () => {
  it('is in the bundle, for the time-zone data of the Node that built it', () => {
    expect(readFileSync(join(ROOT, 'dist', 'sla.js'), 'latin1')).toContain(`BUILT_ZONE_SNAPSHOT = JSON.parse('{"tzdata":"${tzdataOf(process.versions)}"`);
  });

  it.each(CASES.flatMap((args) => [args, [...args, '--json']]))('gives the built binary the in-process answer: sla %s', async (...args) => {
    expect(built(args)).toEqual(await inProcess(args));
  });
});
