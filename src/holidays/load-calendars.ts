import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { SlaError } from '../core/errors';
import { readJsonFile } from '../io/read-json-file';
import { parseCalendar } from './parse-calendar';
import type { Calendar, HolidayRule } from './types';

/** Where calendars are found: the shipped folder, and the folder relative paths start from. */
export interface CalendarSources {
  /** The shipped `holidays/` folder. */
  readonly dir: string;
  /** The folder that relative paths are resolved against (the working directory). */
  readonly cwd: string;
}

const isPath = (spec: string): boolean => /[\\/]/.test(spec) || spec.toLowerCase().endsWith('.json');

/**
 * The names of the shipped calendars, in alphabetical order.
 *
 * @example
 * shippedCalendars('holidays') //=> ['at', 'be', 'ch', ..., 'nl', 'no', 'pl', 'se', 'si', 'sk']
 */
export function shippedCalendars(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Loads calendars by shipped name (`nl`) or by path (`./acme.json`), folding in
 * what each `extends`. Throws `UNKNOWN_CALENDAR` for a name that is not shipped or
 * a file that cannot be read, and `INVALID_CALENDAR` for a malformed one.
 *
 * @example
 * loadCalendars(['nl', './acme.json'], { dir: 'holidays', cwd: process.cwd() }).map((c) => c.id) //=> ['nl', './acme.json']
 */
export function loadCalendars(specs: readonly string[], sources: CalendarSources): Calendar[] {
  return specs.map((spec) => loadOne(spec, sources.cwd, sources, []));
}

function loadOne(spec: string, from: string, sources: CalendarSources, chain: readonly string[]): Calendar {
  const path = locate(spec, from, sources);
  if (chain.includes(path)) {
    throw new SlaError('INVALID_CALENDAR', `${path}: extends itself through ${[...chain, path].map((p) => basename(p)).join(' -> ')}`);
  }
  const id = isPath(spec) ? spec : spec.toLowerCase();
  // Messages name a file as the user wrote it; a shipped calendar by its file.
  const label = isPath(spec) ? spec : relativeToShipped(path, sources.dir);
  const doc = parseCalendar(readJsonFile(path, 'UNKNOWN_CALENDAR', 'INVALID_CALENDAR', 'holiday calendar', label), label, id);
  const inherited: HolidayRule[] = doc.extends.flatMap((parent) => loadOne(parent, dirname(path), sources, [...chain, path]).rules);
  const rules = Object.freeze([...inherited, ...doc.rules]);
  return Object.freeze({ id, name: doc.name, source: doc.source, ...(doc.country && { country: doc.country }), path, rules });
}

function locate(spec: string, from: string, sources: CalendarSources): string {
  if (isPath(spec)) return isAbsolute(spec) ? spec : resolve(from, spec);
  const path = resolve(sources.dir, `${spec.toLowerCase()}.json`);
  if (/^[a-z0-9_-]+$/i.test(spec) && existsSync(path)) return path;
  const shipped = shippedCalendars(sources.dir);
  throw new SlaError(
    'UNKNOWN_CALENDAR',
    `unknown holiday calendar ${JSON.stringify(spec)}: shipped calendars are ${shipped.join(', ') || '(none)'}; or give a path to a JSON file, or "none"`,
  );
}

/** `holidays/nl.json` for a shipped calendar, whatever the install folder. */
function relativeToShipped(path: string, dir: string): string {
  return join(basename(dir), relative(dir, path));
}
