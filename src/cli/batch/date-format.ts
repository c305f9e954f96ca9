import { format as formatDate } from 'date-fns/format';
import { parse as parseDate } from 'date-fns/parse';
import { SlaError } from '../../errors/sla-error';
import { parseInstant } from '../../core/iso';
import { quoteValue } from '../../core/quote-value';
import { inSupportedRange, SUPPORTED_RANGE } from '../../core/supported-range';
import { instantFromWall, type Zone } from '../../core/zone';
import { compileDatePattern, type CompiledDatePattern } from './compiled-date-pattern';
import { shownValue as shown } from './shown-value';

/**
 * How a batch's date-time values are written: ISO 8601 (the default, with the
 * forms exports use: a space for the `T`, an offset with or without its colon),
 * epoch seconds or milliseconds, or a date-fns `parse` pattern.
 */
export type DateFormat =
  | { readonly kind: 'iso' }
  | { readonly kind: 'epoch' | 'epoch-ms' }
  | {
      readonly kind: 'pattern';
      readonly pattern: string;
      readonly hasOffset: boolean;
      readonly sample: string;
      /** The fast reader of a common pattern, where there is one (see `compileDatePattern`). */
      readonly compiled?: CompiledDatePattern;
    };

/** Reads one record's date-time value into an instant; throws an `SlaError` naming what is accepted. */
export type DateReader = (value: unknown) => number;

/** ISO 8601, the format a batch reads without `--date-format`. */
export const ISO_FORMAT: DateFormat = Object.freeze({ kind: 'iso' });

/** Longer than any date-time worth reading, even with a zone name in brackets. */
export const MAX_INSTANT_CHARS = 100;

/**
 * A Date whose "local" fields are its UTC fields, so that date-fns `parse`
 * reads a pattern's fields the same on every machine: in the process's own
 * zone a wall time in its DST gap would be moved before the policy's zone is
 * even applied. The zone is applied afterwards, by the core's compatible rule.
 */
class UtcFieldsDate extends Date {
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  // The setters pass on exactly the arguments given: an `undefined` month would become NaN.
  override setFullYear(...args: [number, number?, number?]): number {
    return Date.prototype.setUTCFullYear.apply(this, args);
  }
  override setMonth(...args: [number, number?]): number {
    return Date.prototype.setUTCMonth.apply(this, args);
  }
  override setDate(date: number): number {
    return this.setUTCDate(date);
  }
  override setHours(...args: [number, number?, number?, number?]): number {
    return Date.prototype.setUTCHours.apply(this, args);
  }
  override setMinutes(...args: [number, number?, number?]): number {
    return Date.prototype.setUTCMinutes.apply(this, args);
  }
  override setSeconds(...args: [number, number?]): number {
    return Date.prototype.setUTCSeconds.apply(this, args);
  }
  override setMilliseconds(ms: number): number {
    return this.setUTCMilliseconds(ms);
  }
}

const inUtcFields = (value: Date | number | string): UtcFieldsDate => new UtcFieldsDate(value instanceof Date ? value.getTime() : value);

/**
 * The date a pattern's missing fields come from, and the century of two-digit
 * years (`yy`: 50-99 are 1950-1999, 00-49 are 2000-2049). Fixed, so that the
 * same file reads the same whenever it is read.
 */
const REFERENCE = Date.UTC(2000, 0, 1);

/** A date that shows every field of a pattern with two digits or more, to show what a pattern expects. */
const SAMPLE = Date.UTC(2025, 5, 2, 14, 30, 15);

/** The letters date-fns `parse` knows as fields; any other letter outside quotes is refused. */
const PATTERN_LETTERS = new Set('GyYRuQqMLwIdDEecibBaHhKkmsSXxtTPpo');

/** Letters that make a value an instant of its own: offsets and timestamps. */
const OFFSET_LETTERS = new Set('XxtT');

/**
 * Reads `--date-format`: `iso` (the default), `epoch` (seconds since
 * 1970-01-01T00:00Z), `epoch-ms` (milliseconds), or a date-fns `parse`
 * pattern such as `dd/MMM/yy h:mm a`. A pattern is tried once on a sample, so
 * that a token date-fns refuses, or two that clash, stop the run before any
 * record is read (`USAGE`).
 *
 * @example
 * parseDateFormat('epoch') //=> { kind: 'epoch' }
 * parseDateFormat('dd/MMM/yy h:mm a') //=> { kind: 'pattern', pattern: 'dd/MMM/yy h:mm a', hasOffset: false, sample: '02/Jun/25 2:30 PM' }
 */
export function parseDateFormat(text: string, flag = '--date-format'): DateFormat {
  const word = text.trim().toLowerCase();
  if (word === 'iso' || word === 'iso8601' || word === 'iso-8601') return ISO_FORMAT;
  if (word === 'epoch' || word === 'epoch-s') return Object.freeze({ kind: 'epoch' });
  if (word === 'epoch-ms') return Object.freeze({ kind: 'epoch-ms' });
  const pattern = text;
  const letters = pattern.replace(/'[^']*'?/g, '');
  let hasOffset = false;
  let fields = 0;
  for (const c of letters) {
    if (!/[A-Za-z]/.test(c)) continue;
    if (!PATTERN_LETTERS.has(c)) {
      throw new SlaError('USAGE', `invalid ${flag} ${quoteValue(text)}: ${quoteValue(c)} is not a date-fns parse token (quote literal text in single quotes); give iso, epoch, epoch-ms or a pattern such as dd/MMM/yy h:mm a`);
    }
    fields++;
    if (OFFSET_LETTERS.has(c)) hasOffset = true;
  }
  if (fields === 0) throw new SlaError('USAGE', `invalid ${flag} ${quoteValue(text)}: it has no date field; give iso, epoch, epoch-ms or a pattern such as yyyy-MM-dd HH:mm`);
  let sample: string;
  try {
    sample = formatDate(inUtcFields(SAMPLE), pattern, { in: inUtcFields });
    if (Number.isNaN(parseDate(sample, pattern, inUtcFields(REFERENCE), { in: inUtcFields }).getTime())) throw new RangeError('it cannot read back what it writes');
  } catch (err) {
    const why = err instanceof RangeError ? err.message : String(err);
    throw new SlaError('USAGE', `invalid ${flag} ${quoteValue(text)}: ${why}; give iso, epoch, epoch-ms or a date-fns parse pattern such as dd/MMM/yy h:mm a`);
  }
  const compiled = compileDatePattern(pattern);
  return Object.freeze(compiled === undefined ? { kind: 'pattern', pattern, hasOffset, sample } : { kind: 'pattern', pattern, hasOffset, sample, compiled });
}

/**
 * The reader of a date format in a zone. ISO 8601 is read by the core
 * (`parseInstant`, rule 5). A pattern is read by date-fns `parse` for its
 * fields only; without an offset token they are a wall time in `zone`, turned
 * into an instant by the core's compatible rule (a time in the spring-forward
 * gap moves forward by the gap, one in the fall-back overlap is the earlier).
 * Epoch values are numbers or digit strings. Every instant must lie in the
 * supported range; a value that does not fit throws `INVALID_DATE` naming the
 * format.
 *
 * @example
 * const read = dateReader(parseDateFormat('dd/MMM/yy h:mm a'), getZone('Europe/Amsterdam'));
 * read('02/Jun/25 10:00 AM') //=> Date.parse('2025-06-02T10:00:00+02:00')
 */
export function dateReader(format: DateFormat, zone: Zone, label = '--date-format'): DateReader {
  switch (format.kind) {
    case 'iso':
      return (value) => parseInstant(stringValue(value, 'an ISO 8601 date-time string'), zone);
    case 'epoch':
    case 'epoch-ms':
      return (value) => readEpoch(value, format.kind === 'epoch' ? 1000 : 1, format.kind, zone);
    case 'pattern':
      return (value) => readPattern(stringValue(value, `a date-time string in ${label} ${quoteValue(format.pattern)}`), format, zone, label);
  }
}

function stringValue(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new SlaError('INVALID_INPUT', `must be ${what}, got ${shown(value)}`);
  if (value.length > MAX_INSTANT_CHARS) {
    // Refused before parsing, so that the message quotes it cut, however long the field.
    throw new SlaError('INVALID_DATE', `invalid date-time ${quoteValue(value)} (too long for a date-time)`);
  }
  return value;
}

function readPattern(text: string, format: Extract<DateFormat, { kind: 'pattern' }>, zone: Zone, label: string): number {
  const trimmed = text.trim();
  const parsed = format.compiled?.(trimmed) ?? parseDate(trimmed, format.pattern, inUtcFields(REFERENCE), { in: inUtcFields }).getTime();
  if (Number.isNaN(parsed)) {
    throw new SlaError('INVALID_DATE', `invalid date-time ${quoteValue(text)}: it does not fit ${label} ${quoteValue(format.pattern)} (such as ${quoteValue(format.sample)})`);
  }
  const ms = format.hasOffset ? parsed : instantFromWall(zone, parsed);
  if (!inSupportedRange(ms, zone)) throw new SlaError('INVALID_DATE', `invalid date-time ${quoteValue(text)} (outside the supported range, ${SUPPORTED_RANGE} in ${zone.name})`);
  return ms;
}

const EPOCH_SECONDS = /^-?\d{1,12}(?:\.\d{1,3})?$/;
const EPOCH_MS = /^-?\d{1,15}$/;

function readEpoch(value: unknown, unitMs: number, kind: 'epoch' | 'epoch-ms', zone: Zone): number {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && (kind === 'epoch' ? EPOCH_SECONDS : EPOCH_MS).test(value.trim())) n = Number(value.trim());
  else {
    const what = kind === 'epoch' ? 'seconds since 1970-01-01T00:00:00Z (--date-format epoch)' : 'milliseconds since 1970-01-01T00:00:00Z (--date-format epoch-ms)';
    throw new SlaError('INVALID_DATE', `invalid date-time ${shown(value)}: give ${what}`);
  }
  const ms = Math.round(n * unitMs);
  if (!Number.isFinite(ms) || !inSupportedRange(ms, zone)) {
    throw new SlaError('INVALID_DATE', `invalid date-time ${shown(value)} (outside the supported range, ${SUPPORTED_RANGE} in ${zone.name})`);
  }
  return ms;
}
