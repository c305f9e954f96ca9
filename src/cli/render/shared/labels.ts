import { LANGS } from '../../../classify/vocabulary';
import { parseLang } from '../../../classify/parse-values';
import type { Lang } from '../../../classify/types';
import type { Target } from '../../../core/deadline';
import type { Week } from '../../../core/week';

// The languages are those of tickets and explanations too: one list, one `--lang` parser.
export { LANGS, parseLang, type Lang };

/**
 * Everything `sla table` writes in words, per language. This is the one place
 * the labels live: renderers ask for them and never spell a word themselves.
 */
export interface Labels {
  /** A cell without a guaranteed response. */
  readonly notApplicable: string;
  /** A cell with one: `Within 3 business hours`. */
  within(phrase: string): string;
  /** A business-hours target in whole hours: `3 business hours`. */
  businessHours(n: number): string;
  /** A business-hours target that is not whole hours: `90 business minutes`. */
  businessMinutes(n: number): string;
  /** A 24/7 target in whole hours: `1 hour (24/7)`. */
  calendarHours(n: number): string;
  /** A 24/7 target that is not whole hours: `30 minutes (24/7)`. */
  calendarMinutes(n: number): string;
  /** Column headings before the plans. */
  readonly priorityHeading: string;
  readonly statusHeading: string;
  /** Weekday names, index 0 = Sunday, as {@link Weekday} numbers them. */
  readonly weekdays: Week<string>;
  /** Two or more weekdays in a row with the same hours: `Monday to Friday`. */
  dayRange(first: string, last: string, count: number): string;
  /** The office-hours footnote: hours, zone and holiday calendars, all from the policy. */
  officeHours(hours: string, zone: string, calendars: readonly string[]): string;
  /** The not-covered footnote, from the policy's own sentence. */
  notCovered(policyText: string): string;
  /** The default-priority footnote: `A ticket without a priority is priority 3 (General Issue).` */
  defaultPriority(id: number, name: string): string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const sentence = (text: string): string => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/**
 * Dutch for the policy sentences the built-in policy ships with. A policy author's
 * own sentence has no translation here and is printed as written, since the tool
 * cannot translate free text.
 */
const NL_POLICY_TEXT: Readonly<Record<string, string>> = {
  'questions about developer previews and beta products have no guaranteed response time':
    'Onze gegarandeerde responstijden zijn niet gedekt voor vragen over previews van ontwikkelaars en bètaproducten.',
};

const EN: Labels = {
  notApplicable: 'N/A',
  within: (phrase) => `Within ${phrase}`,
  businessHours: (n) => plural(n, 'business hour', 'business hours'),
  businessMinutes: (n) => plural(n, 'business minute', 'business minutes'),
  calendarHours: (n) => `${plural(n, 'hour', 'hours')} (24/7)`,
  calendarMinutes: (n) => `${plural(n, 'minute', 'minutes')} (24/7)`,
  priorityHeading: 'Ticket priority',
  statusHeading: 'Issue status',
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  dayRange: (first, last, count) => (count === 2 ? `${first} and ${last}` : `${first} to ${last}`),
  officeHours: (hours, zone, calendars) =>
    `Office hours are ${hours} (${zone}), ${calendars.length ? `except holidays (${calendars.join('; ')})` : 'with no holidays'}.`,
  notCovered: (text) => sentence(text),
  defaultPriority: (id, name) => `A ticket without a priority is priority ${id} (${name}).`,
};

const NL: Labels = {
  notApplicable: 'N.v.t.',
  within: (phrase) => `Binnen ${phrase}`,
  businessHours: (n) => plural(n, 'kantooruur', 'kantooruren'),
  businessMinutes: (n) => `${plural(n, 'minuut', 'minuten')} kantoortijd`,
  // Dutch counts hours with the singular after a number: "binnen 2 uur".
  calendarHours: (n) => `${n} uur (24/7)`,
  calendarMinutes: (n) => `${plural(n, 'minuut', 'minuten')} (24/7)`,
  priorityHeading: 'Ticketprioriteit',
  statusHeading: 'Probleemstatus',
  weekdays: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  dayRange: (first, last, count) => (count === 2 ? `${first} en ${last}` : `${first} tot en met ${last}`),
  officeHours: (hours, zone, calendars) =>
    `Onze kantooruren zijn ${hours} (${zone}), ${calendars.length ? `met uitzondering van feestdagen (${calendars.join('; ')})` : 'zonder feestdagen'}.`,
  notCovered: (text) => NL_POLICY_TEXT[text.trim()] ?? sentence(text),
  defaultPriority: (id, name) => `Als je geen prioriteitsniveau kiest, krijgt het ticket standaard prioriteit ${id} (${name}).`,
};

const CATALOGUE: Readonly<Record<Lang, Labels>> = Object.freeze({ en: EN, nl: NL });

/**
 * The labels of a language.
 *
 * @example
 * labelsFor('nl').notApplicable //=> 'N.v.t.'
 */
export function labelsFor(lang: Lang): Labels {
  return CATALOGUE[lang];
}

/**
 * A target as the policy document words it, without "Within": whole hours when
 * it is whole hours, else minutes.
 *
 * @example
 * targetPhrase({ minutes: 180, clock: 'business' }, 'en') //=> '3 business hours'
 * targetPhrase({ minutes: 60, clock: 'calendar' }, 'nl') //=> '1 uur (24/7)'
 */
export function targetPhrase(target: Target, lang: Lang): string {
  const labels = labelsFor(lang);
  const hours = target.minutes / 60;
  if (target.clock === 'business') {
    return Number.isInteger(hours) ? labels.businessHours(hours) : labels.businessMinutes(target.minutes);
  }
  return Number.isInteger(hours) ? labels.calendarHours(hours) : labels.calendarMinutes(target.minutes);
}

/**
 * A matrix cell as the policy document writes it.
 *
 * @example
 * targetLabel({ minutes: 60, clock: 'calendar' }, 'en') //=> 'Within 1 hour (24/7)'
 * targetLabel(null, 'nl') //=> 'N.v.t.'
 */
export function targetLabel(target: Target | null, lang: Lang): string {
  const labels = labelsFor(lang);
  return target === null ? labels.notApplicable : labels.within(targetPhrase(target, lang));
}
