// Kept in its own module so that format-local.ts can load it on first use:
// date-fns-tz (and the date-fns it formats with) is then only evaluated when
// something is formatted for people, never for JSON, CSV or --version.
export { formatInTimeZone } from 'date-fns-tz';
