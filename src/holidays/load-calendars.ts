import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { quoteValue } from '../core/quote-value';
import { SlaError } from '../errors/sla-error';
import { pathLabel } from '../io/path-label';
import { parseJsonText } from '../io/read-json-file';
import { readTextFile, reasonOf } from '../io/read-text-file';
import { realPath, within } from '../io/path-within';
import { parseCalendar, type CalendarDocument } from './parse-calendar';
import type { Calendar, HolidayRule } from './types';

/** Where calendars are found: the shipped folder, and the folder relative paths start from. */
export interface CalendarSources {
  /** The shipped `holidays/` folder. */
  readonly dir: string;
  /** The folder that relative paths are resolved against (the working directory, or the folder of `namedIn`). */
  readonly cwd: string;
  /**
   * The file that named the calendars (a policy file, as messages name it),
   * whose folder `cwd` is: its paths must stay inside that folder. Absent for
   * paths the user typed, which may point anywhere.
   */
  readonly namedIn?: string;
  /** Reads a path written inside a file wherever it points (`--allow-any-path`). */
  readonly allowAnyPath?: boolean;
}

/** The most calendar files one load reads, `extends` included: far above any real chain, far below what exhausts memory. */
export const MAX_CALENDAR_FILES = 1000;

/** The most characters all calendar files of one load hold together (each is also bounded on its own). */
export const MAX_CALENDAR_TEXT = 32 * 1024 * 1024;

/** Longest cycle a message lists in full; a longer one is shortened in the middle. */
const CYCLE_SHOWN = 8;

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
 * what each `extends`. Throws `UNKNOWN_CALENDAR` for a name that is not shipped,
 * a file that cannot be read, or a path written in a file that leads outside
 * that file's folder (unless `allowAnyPath`); `INVALID_CALENDAR` for a
 * malformed one, a cycle of `extends`, or more than {@link MAX_CALENDAR_FILES}
 * files.
 *
 * Each file is read once, however many paths lead to it (files are known by
 * their real path), and each calendar's own rules are folded in once, so that
 * calendars extending a shared one along several paths stay small. The
 * `extends` graph is walked with an explicit stack, so a long chain cannot
 * overflow the call stack.
 *
 * @example
 * loadCalendars(['nl', './acme.json'], { dir: 'holidays', cwd: process.cwd() }).map((c) => c.id) //=> ['nl', './acme.json']
 */
export function loadCalendars(specs: readonly string[], sources: CalendarSources): Calendar[] {
  const loader = new CalendarLoader(sources);
  return specs.map((spec) => loader.calendar(spec));
}

/** One calendar file, read and validated, before what it extends is folded in. */
interface CalendarFile {
  /** The path as located (for `Calendar.path`). */
  readonly path: string;
  /** The path with links and `..` resolved: what the file is known by. */
  readonly real: string;
  /** The file as messages name it. */
  readonly label: string;
  readonly id: string;
  readonly doc: CalendarDocument;
}

/** Reads the calendar files of one load, each once. */
class CalendarLoader {
  private readonly files = new Map<string, CalendarFile>();
  private text = 0;
  /** The calendar being loaded, as messages about the whole load name it. */
  private top = '';

  constructor(private readonly sources: CalendarSources) {}

  /** A calendar named by the user or a policy, with the rules of everything it extends before its own. */
  calendar(spec: string): Calendar {
    this.top = isPath(spec) ? pathLabel(spec) : spec.toLowerCase();
    const top = this.open(spec, this.sources.cwd, this.sources.namedIn);
    const rules: HolidayRule[] = [];
    for (const file of this.ancestry(top)) rules.push(...file.doc.rules);
    const { id, doc, path } = top;
    return Object.freeze({ id, name: doc.name, source: doc.source, ...(doc.country && { country: doc.country }), path, rules: Object.freeze(rules) });
  }

  /** `top` and every file it extends, each once, every file after those it extends (depth first, in the order written). */
  private ancestry(top: CalendarFile): CalendarFile[] {
    const order: CalendarFile[] = [];
    const done = new Set<string>();
    const stack: { file: CalendarFile; next: number }[] = [{ file: top, next: 0 }];
    const onStack = new Set([top.real]);
    for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
      const { file } = frame;
      const spec = file.doc.extends[frame.next];
      if (spec !== undefined) {
        frame.next++;
        const parent = this.open(spec, dirname(file.path), file.label);
        if (onStack.has(parent.real)) {
          const from = stack.findIndex((f) => f.file.real === parent.real);
          throw new SlaError('INVALID_CALENDAR', `${top.label}: extends itself through ${cycleText([...stack.slice(from).map((f) => f.file.label), parent.label])}`);
        }
        if (done.has(parent.real)) continue;
        stack.push({ file: parent, next: 0 });
        onStack.add(parent.real);
      } else {
        stack.pop();
        onStack.delete(file.real);
        done.add(file.real);
        order.push(file);
      }
    }
    return order;
  }

  /** The file `spec` names, from the folder `from`; `namedIn` is the file that wrote it, when it came from one. */
  private open(spec: string, from: string, namedIn: string | undefined): CalendarFile {
    const named = isPath(spec);
    const label = named ? pathLabel(spec) : spec.toLowerCase();
    const path = named ? (isAbsolute(spec) ? spec : resolve(from, spec)) : this.shipped(spec);
    const confined = named && namedIn !== undefined && !this.sources.allowAnyPath;
    const outside = (): SlaError =>
      new SlaError(
        'UNKNOWN_CALENDAR',
        `${namedIn}: holiday calendar ${quoteValue(spec)} is outside the folder of this file: give a path inside that folder or a shipped calendar name, or pass --allow-any-path to read any path`,
      );
    // Checked on the path as written first, so that whether a file outside exists is never told.
    if (confined && !within(from, path) && !within(this.sources.dir, path)) throw outside();
    let real: string;
    try {
      real = realpathSync.native(path);
    } catch (err) {
      throw new SlaError('UNKNOWN_CALENDAR', `cannot read holiday calendar file ${quoteValue(label)}: ${reasonOf(err)}`);
    }
    // Then on the real path, so that a symbolic link inside the folder cannot lead out of it.
    if (confined && !within(realPath(from), real) && !within(realPath(this.sources.dir), real)) throw outside();
    const known = this.files.get(real);
    if (known) return known;
    if (this.files.size >= MAX_CALENDAR_FILES) {
      throw new SlaError('INVALID_CALENDAR', `${this.top}: more than ${MAX_CALENDAR_FILES} calendar files through "extends", the limit for one load`);
    }
    // Messages name a file as written; a shipped calendar by its file.
    const fileLabel = named ? label : join(basename(this.sources.dir), relative(this.sources.dir, path));
    const text = readTextFile(real, { code: 'UNKNOWN_CALENDAR', what: 'holiday calendar', label: fileLabel });
    this.text += text.length;
    if (this.text > MAX_CALENDAR_TEXT) {
      throw new SlaError('INVALID_CALENDAR', `${this.top}: calendar files through "extends" hold more than ${MAX_CALENDAR_TEXT / (1024 * 1024)} MiB together, the limit for one load`);
    }
    const id = named ? spec : spec.toLowerCase();
    const doc = parseCalendar(parseJsonText(text, fileLabel, 'INVALID_CALENDAR'), fileLabel, id);
    const file: CalendarFile = { path, real, label: fileLabel, id, doc };
    this.files.set(real, file);
    return file;
  }

  /** The file of a shipped calendar name. */
  private shipped(spec: string): string {
    const path = resolve(this.sources.dir, `${spec.toLowerCase()}.json`);
    if (/^[a-z0-9_-]+$/i.test(spec) && existsSync(path)) return path;
    const shipped = shippedCalendars(this.sources.dir);
    throw new SlaError(
      'UNKNOWN_CALENDAR',
      `unknown holiday calendar ${quoteValue(spec)}: shipped calendars are ${shipped.join(', ') || '(none)'}; or give a path to a JSON file, or "none"`,
    );
  }
}

/** `a.json -> b.json -> a.json`, shortened in the middle when long. */
function cycleText(labels: string[]): string {
  if (labels.length <= CYCLE_SHOWN) return labels.join(' -> ');
  const head = labels.slice(0, CYCLE_SHOWN / 2);
  const tail = labels.slice(-CYCLE_SHOWN / 2);
  return [...head, `(${labels.length - CYCLE_SHOWN} more)`, ...tail].join(' -> ');
}
