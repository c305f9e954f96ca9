import { daysInMonth, type CivilDate } from '../core/civil';
import { FIRST_YEAR } from '../core/supported-range';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a real calendar date written `YYYY-MM-DD`; undefined for anything else,
 * including dates that do not exist (`2025-02-29`), so that nothing rolls over,
 * and years before 1000.
 *
 * @example
 * parseIsoDate('2026-12-24') //=> { year: 2026, month: 12, day: 24 }
 * parseIsoDate('2025-02-29') //=> undefined
 */
export function parseIsoDate(text: unknown): CivilDate | undefined {
  const m = typeof text === 'string' ? DATE.exec(text) : null;
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Years before 1000 are outside what the rest of the tool reads (see supported-range.ts).
  if (year < FIRST_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}
