import { parseInstant } from '../core/iso';
import type { Zone } from '../core/zone';
import type { Io } from './io';

/**
 * "Now" for a command: `--now ISO` when given (read in the policy zone), else
 * the clock. One place, so that every command reads `--now` alike.
 *
 * @example
 * nowFrom('2025-06-02T10:00:00+02:00', zone, io) //=> Date.parse('2025-06-02T10:00:00+02:00')
 */
export function nowFrom(text: string | undefined, zone: Zone, io: Io): number {
  return text === undefined ? io.now() : parseInstant(text, zone);
}

/**
 * When a ticket was opened: `--opened ISO`, or `now` (also when left out).
 *
 * @example
 * openedFrom(undefined, nowMs, zone) //=> nowMs
 */
export function openedFrom(text: string | undefined, nowMs: number, zone: Zone): number {
  return text === undefined || text.trim().toLowerCase() === 'now' ? nowMs : parseInstant(text, zone);
}
