import type { Interval } from '../core/schedule';
import type { Weekday } from '../core/units';

/** When a holiday falls in a given year. */
export type DateRule =
  | { readonly kind: 'fixed'; readonly month: number; readonly day: number }
  | { readonly kind: 'easter'; readonly offset: number }
  | { readonly kind: 'date'; readonly year: number; readonly month: number; readonly day: number };

/** A rule that yields at most one day a year: a date rule, adjusted by weekday, within a span of years. */
export interface YearlyRule {
  readonly rule: DateRule;
  /** Days to move the date by when it falls on a weekday, e.g. King's Day `{ 0: -1 }` (Sunday to Saturday). */
  readonly move: Readonly<Partial<Record<Weekday, number>>>;
  /** Take the first of this weekday on or after the date (e.g. Midsummer: the Saturday from 20 June). */
  readonly weekday: Weekday | undefined;
  /** First and last year the rule applies (inclusive). */
  readonly from: number | undefined;
  readonly to: number | undefined;
}

/** One holiday of a calendar, as a rule that yields at most one day a year. */
export interface HolidayRule extends YearlyRule {
  /** The calendar that defines it (kept through `extends`). */
  readonly origin: string;
  readonly name: string;
  readonly localName: string;
  /** Business hours still kept that day (a partial day); null when closed all day. */
  readonly hours: readonly Interval[] | null;
}

/**
 * Which side of a comparison with the reference data set has a day:
 * `missing-here` when only the reference lists it, `extra-here` when only this calendar does.
 */
export type DifferenceKind = 'missing-here' | 'extra-here';

/** Days where a calendar knowingly differs from the reference it is compared with, and why. */
export interface CalendarDifference {
  readonly kind: DifferenceKind;
  readonly name: string;
  readonly reason: string;
  /** The differing days: one single-date rule per listed date, or the entry's own yearly rule. */
  readonly days: readonly YearlyRule[];
}

/** A validated, frozen holiday calendar with everything it extends folded in. */
export interface Calendar {
  /** The file's base name, e.g. `nl`, or the path given for a company calendar. */
  readonly id: string;
  readonly name: string;
  readonly source: string;
  /** ISO 3166-1 alpha-2 country code in capitals (`NL`), when the calendar names one. */
  readonly country?: string;
  /** Where it was read from. */
  readonly path: string;
  readonly rules: readonly HolidayRule[];
}

/** One holiday on one date. */
export interface Holiday {
  /** Day number (days since 1970-01-01). */
  readonly day: number;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly name: string;
  readonly localName: string;
  readonly calendar: string;
  /** Business hours kept that day, or null when closed all day. */
  readonly hours: readonly Interval[] | null;
}
