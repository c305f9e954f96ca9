import { civilFromDays, pad2 } from '../../../core/civil';
import { formatOffset } from '../../../core/iso';
import { FIRST_YEAR, LAST_YEAR } from '../../../core/supported-range';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from '../../../core/units';
import type { Zone } from '../../../core/zone';
import type { TextBuilder } from '../../batch/text-builder';
import { formatIsoInstant } from '../shared/format-time';

/** Instants a day or more inside the supported range: in range in any zone. */
const SAFE_FROM = Date.UTC(FIRST_YEAR, 0, 2);
const SAFE_TO = Date.UTC(LAST_YEAR, 11, 31) - MS_PER_DAY;

/** How many local days' date texts a writer keeps, each in the slot of its day number modulo this: over 20 years of days. */
const DAY_SLOTS = 1 << 13;

/**
 * Writes instants as {@link formatIsoInstant} does, character for character,
 * for a batch of millions: the date of each local day (`2025-06-02T`) and the
 * text of each offset (`+02:00`) are made once, and the time of day is
 * written digit by digit, so that an instant costs its zone's offset and two
 * look-ups. An instant whose year is outside the supported range is left to
 * `formatIsoInstant`, which refuses it with its own message.
 *
 * @example
 * const iso = new IsoInstantWriter(getZone('Europe/Amsterdam'));
 * iso.format(Date.parse('2025-06-02T11:00:00Z')) //=> '2025-06-02T13:00:00+02:00'
 */
export class IsoInstantWriter {
  /** The day number each slot holds the date of (NaN: none yet), and its date. */
  private readonly slotDays = new Float64Array(DAY_SLOTS).fill(Number.NaN);
  private readonly slotDates: string[] = new Array<string>(DAY_SLOTS).fill('');
  private readonly offsets = new Map<number, string>();
  private lastOffset = Number.NaN;
  private lastOffsetText = '';

  constructor(readonly zone: Zone) {}

  // The parts of the last instant read by `read`, kept here so that the hot path makes no object for them.
  private date = '';
  private offset = 0;
  private hh = 0;
  private mi = 0;
  private ss = 0;
  private milli = 0;

  /** The instant's text, as `formatIsoInstant` gives it. */
  format(ms: number): string {
    if (!this.read(ms)) return formatIsoInstant(ms, this.zone);
    const frac = this.milli === 0 ? '' : `.${String(this.milli).padStart(3, '0')}`;
    return `${this.date}${pad2(this.hh)}:${pad2(this.mi)}:${pad2(this.ss)}${frac}${this.offsetText(this.offset)}`;
  }

  /**
   * Throws what `formatIsoInstant` would throw for the instant, if anything:
   * for a record to be checked before any of it is written.
   */
  check(ms: number): void {
    // A day inside the range's ends is inside it in every zone (offsets are within a day).
    if (ms > SAFE_FROM && ms < SAFE_TO) return;
    const day = Math.floor((ms + this.zone.offsetAt(ms)) / MS_PER_DAY);
    if (this.dateOf(day) === undefined) formatIsoInstant(ms, this.zone);
  }

  /** Writes the instant's text, between double quotes, into `out`. */
  writeQuoted(out: TextBuilder, ms: number): void {
    if (!this.read(ms)) {
      out.ascii(`"${formatIsoInstant(ms, this.zone)}"`);
      return;
    }
    out.ascii('"');
    out.ascii(this.date);
    out.digits2(this.hh);
    out.ascii(':');
    out.digits2(this.mi);
    out.ascii(':');
    out.digits2(this.ss);
    if (this.milli !== 0) out.ascii(`.${String(this.milli).padStart(3, '0')}`);
    out.ascii(this.offsetText(this.offset));
    out.ascii('"');
  }

  /** Reads an instant into its local date, time of day and offset; false when its year is outside the supported range. */
  private read(ms: number): boolean {
    const offset = this.zone.offsetAt(ms);
    const wall = ms + offset;
    const day = Math.floor(wall / MS_PER_DAY);
    const date = this.dateOf(day);
    if (date === undefined) return false;
    const ofDay = wall - day * MS_PER_DAY;
    this.date = date;
    this.offset = offset;
    this.hh = Math.floor(ofDay / MS_PER_HOUR);
    this.mi = Math.floor((ofDay - this.hh * MS_PER_HOUR) / MS_PER_MINUTE);
    const rest = ofDay - this.hh * MS_PER_HOUR - this.mi * MS_PER_MINUTE;
    this.ss = Math.floor(rest / 1000);
    this.milli = rest - this.ss * 1000;
    return true;
  }

  /** `2025-06-02T` for a local day in the supported range; undefined outside it. */
  private dateOf(day: number): string | undefined {
    const slot = day & (DAY_SLOTS - 1);
    if (this.slotDays[slot] === day) return this.slotDates[slot];
    const { year, month, day: dom } = civilFromDays(day);
    if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) return undefined;
    const date = `${year}-${pad2(month)}-${pad2(dom)}T`;
    this.slotDays[slot] = day;
    this.slotDates[slot] = date;
    return date;
  }

  private offsetText(offset: number): string {
    if (offset === this.lastOffset) return this.lastOffsetText;
    let text = this.offsets.get(offset);
    if (text === undefined) {
      text = formatOffset(offset);
      this.offsets.set(offset, text);
    }
    this.lastOffset = offset;
    this.lastOffsetText = text;
    return text;
  }
}
