import { targetProblem, type Clock, type Target } from '../core/deadline';
import { quoteValue } from '../core/quote-value';
import type { Interval } from '../core/schedule';
import { WEEKDAY_NAMES } from '../core/units';
import { mapWeek, type Week } from '../core/week';
import { canonicalZoneName } from '../core/zone';
import { parseDayHours } from '../document/day-hours';
import { at, checkKeys, isInteger, isRecord, optionalStrings, Problems, requireString } from '../document/problems';
import { SlaError } from '../errors/sla-error';
import { normalizeWord } from './normalize-word';
import type { Plan, Policy, Priority } from './types';

const POLICY_KEYS = ['$schema', 'name', 'timezone', 'hours', 'holidays', 'priorities', 'defaultPriority', 'plans', 'targets', 'notCovered'];
const CLOCKS: readonly Clock[] = ['business', 'calendar'];

const isClock = (value: unknown): value is Clock => CLOCKS.some((c) => c === value);

/**
 * Validates a parsed policy document and returns it as a frozen {@link Policy}.
 * Every problem is collected and thrown at once as `INVALID_POLICY`, each line
 * naming its JSON path, e.g. `targets.professional.2: minutes must be a positive integer`.
 *
 * @example
 * parsePolicy(JSON.parse(text), 'acme.json').timezone //=> 'Europe/Amsterdam'
 */
export function parsePolicy(doc: unknown, source: string): Policy {
  const problems = new Problems();
  if (!isRecord(doc)) {
    throw new SlaError('INVALID_POLICY', `${source}: a policy is a JSON object`);
  }
  checkKeys(doc, POLICY_KEYS, '', problems);
  // `$schema` is for editors (completion and checks as you type); the loader only checks it is a string.
  if (doc.$schema !== undefined && typeof doc.$schema !== 'string') problems.add('$schema', 'must be a string: the URL or path of the policy JSON Schema');
  const name =
    doc.name === undefined ? 'SLA policy' : typeof doc.name === 'string' && doc.name.trim() ? doc.name : (problems.add('name', 'must be a non-empty string'), '');
  const timezone = parseZone(doc.timezone, problems);
  const hours = parseWeek(doc.hours, problems);
  const holidays = parseHolidayNames(doc.holidays, problems);
  const priorities = parsePriorities(doc.priorities, problems);
  const plans = parsePlans(doc.plans, problems);
  const defaultPriority = parseDefaultPriority(doc.defaultPriority, priorities, problems);
  const targets = parseTargets(doc.targets, plans, priorities, problems);
  const notCovered =
    doc.notCovered === undefined
      ? 'questions about developer previews and beta products have no guaranteed response time'
      : typeof doc.notCovered === 'string' && doc.notCovered.trim()
        ? doc.notCovered
        : (problems.add('notCovered', 'must be a non-empty string'), '');

  // A policy without priorities, and so without a default one, has a problem reported.
  if (!problems.empty || defaultPriority === undefined) {
    throw new SlaError('INVALID_POLICY', `${source}: invalid policy (${problems.list.length} problem${problems.list.length === 1 ? '' : 's'})`, problems.lines());
  }
  return Object.freeze({ name, timezone, hours, holidays, priorities, defaultPriority, plans, targets, notCovered, source });
}

function parseZone(value: unknown, problems: Problems): string {
  if (typeof value !== 'string') {
    problems.add('timezone', 'is required: an IANA zone name such as Europe/Amsterdam');
    return 'UTC';
  }
  try {
    return canonicalZoneName(value);
  } catch {
    problems.add('timezone', `unknown time zone ${quoteValue(value)}: use an IANA zone name such as Europe/Amsterdam`);
    return 'UTC';
  }
}

function parseWeek(value: unknown, problems: Problems): Week<readonly Interval[]> {
  if (!isRecord(value)) {
    problems.add('hours', 'is required: an object from weekday name to a list of ["HH:MM", "HH:MM"] pairs');
    return mapWeek(WEEKDAY_NAMES, () => []);
  }
  checkKeys(value, WEEKDAY_NAMES, 'hours', problems);
  // A weekday left out is closed all day.
  const week = mapWeek(WEEKDAY_NAMES, (day) => (value[day] === undefined ? [] : parseDayHours(value[day], at('hours', day), problems)));
  if (week.every((d) => d.length === 0)) {
    problems.add('hours', 'no business hours on any day: a business target could never be met');
  }
  return Object.freeze(mapWeek(week, (d) => Object.freeze(d)));
}

function parseHolidayNames(value: unknown, problems: Problems): readonly string[] {
  if (value === undefined) return Object.freeze([]);
  const names = optionalStrings({ holidays: value }, 'holidays', '', problems);
  return Object.freeze(names);
}

/** How one kind of named entry (priority or plan) reads its id. */
interface EntryKind<Id> {
  readonly key: 'priorities' | 'plans';
  readonly noun: string;
  readonly example: string;
  readonly readId: (item: Record<string, unknown>, path: string, problems: Problems) => Id | undefined;
}

/**
 * Parses a list of `{id, name, aliases}` entries; every id, name and alias must
 * name one entry only, since users may type any of them.
 */
function parseEntries<Id extends number | string>(value: unknown, kind: EntryKind<Id>, problems: Problems) {
  if (!Array.isArray(value) || value.length === 0) {
    problems.add(kind.key, `is required: a non-empty list of ${kind.example}`);
    return Object.freeze([]);
  }
  const seen = new Set<string>();
  const out: { readonly id: Id; readonly name: string; readonly aliases: readonly string[] }[] = [];
  value.forEach((item, i) => {
    const path = at(kind.key, i);
    if (!isRecord(item)) return problems.add(path, `must be an object ${kind.example}`);
    checkKeys(item, ['id', 'name', 'aliases'], path, problems);
    const id = kind.readId(item, path, problems);
    const name = requireString(item, 'name', path, problems);
    const aliases = optionalStrings(item, 'aliases', path, problems);
    if (id === undefined || name === undefined) return;
    for (const word of new Set([String(id), name, ...aliases].map(normalizeWord))) {
      if (seen.has(word)) problems.add(path, `${quoteValue(word)} names more than one ${kind.noun}`);
      seen.add(word);
    }
    out.push(Object.freeze({ id, name, aliases: Object.freeze(aliases) }));
  });
  return Object.freeze(out);
}

const PRIORITY_ENTRIES: EntryKind<number> = {
  key: 'priorities',
  noun: 'priority',
  example: '{"id": 1, "name": "..."}',
  readId: (item, path, problems) => {
    const { id } = item;
    if (isInteger(id) && id >= 1) return id;
    problems.add(at(path, 'id'), 'must be a positive integer');
    return undefined;
  },
};

const PLAN_ENTRIES: EntryKind<string> = {
  key: 'plans',
  noun: 'plan',
  example: '{"id": "basic", "name": "Basic"}',
  readId: (item, path, problems) => requireString(item, 'id', path, problems),
};

const parsePriorities = (value: unknown, problems: Problems): readonly Priority[] => parseEntries(value, PRIORITY_ENTRIES, problems);
const parsePlans = (value: unknown, problems: Problems): readonly Plan[] => parseEntries(value, PLAN_ENTRIES, problems);

/** The default priority; undefined only when there are no priorities, a problem already reported. */
function parseDefaultPriority(value: unknown, priorities: readonly Priority[], problems: Problems): Priority | undefined {
  const fallback = priorities.at(-1);
  if (value === undefined) return fallback; // the least urgent, as "no priority means P3" does
  const found = priorities.find((p) => p.id === value);
  if (!found) {
    problems.add('defaultPriority', `must be one of the priority ids ${priorities.map((p) => p.id).join(', ')}`);
    return fallback;
  }
  return found;
}

function parseTargets(
  value: unknown,
  plans: readonly Plan[],
  priorities: readonly Priority[],
  problems: Problems,
): ReadonlyMap<string, ReadonlyMap<number, Target | null>> {
  const table = new Map<string, ReadonlyMap<number, Target | null>>();
  if (!isRecord(value)) {
    problems.add('targets', 'is required: an object from plan id to {priority id: target or null}');
    return table;
  }
  if (plans.length) checkKeys(value, plans.map((p) => p.id), 'targets', problems);
  for (const plan of plans) {
    const path = at('targets', plan.id);
    const row = value[plan.id];
    if (!isRecord(row)) {
      problems.add(path, `is required: an object with a target (or null) for each priority ${priorities.map((p) => p.id).join(', ')}`);
      continue;
    }
    if (priorities.length) checkKeys(row, priorities.map((p) => String(p.id)), path, problems);
    const cells = new Map<number, Target | null>();
    for (const priority of priorities) {
      const cellPath = at(path, String(priority.id));
      const cell = row[String(priority.id)];
      if (cell === undefined) {
        problems.add(cellPath, 'is required: {"minutes": n, "clock": "business"|"calendar"} or null for no guarantee');
        continue;
      }
      const target = parseTarget(cell, cellPath, problems);
      if (target !== undefined) cells.set(priority.id, target);
    }
    table.set(plan.id, cells);
  }
  return table;
}

function parseTarget(cell: unknown, path: string, problems: Problems): Target | null | undefined {
  if (cell === null) return null;
  if (!isRecord(cell)) {
    problems.add(path, 'must be {"minutes": n, "clock": "business"|"calendar"} or null');
    return undefined;
  }
  checkKeys(cell, ['minutes', 'clock'], path, problems);
  const { minutes, clock } = cell;
  const minutesOk = isInteger(minutes) && minutes > 0;
  if (!minutesOk) problems.add(path, 'minutes must be a positive integer');
  const clockOk = isClock(clock);
  if (!clockOk) problems.add(at(path, 'clock'), `must be one of ${CLOCKS.map((c) => JSON.stringify(c)).join(', ')}`);
  if (!minutesOk || !clockOk) return undefined;
  const target = { minutes, clock };
  // Bounded at load time, so that no deadline search runs for ever.
  const tooLong = targetProblem(target);
  if (tooLong) {
    problems.add(path, tooLong);
    return undefined;
  }
  return Object.freeze(target);
}
