import { parseInstant } from '../core/iso';
import type { Schedule } from '../core/schedule';
import type { Zone } from '../core/zone';
import { isRecord, Problems } from '../document/problems';
import { SlaError } from '../errors/sla-error';
import { describeJsonError, describeJsonLineError } from '../io/json-syntax-error';
import { findPlan, findPriority } from '../policy/lookup';
import type { Plan, Policy, Priority } from '../policy/types';
import { computeDeadline, type DeadlineOutcome } from './compute-deadline';

/** One expectation of `sla policy test`, resolved against the policy. */
export interface TestCase {
  /** Where it is in the file: `[3]` in a JSON array, `line 4` in NDJSON. */
  readonly where: string;
  readonly name: string | undefined;
  /** The `opened` value as written, for messages. */
  readonly openedText: string;
  readonly openedMs: number;
  readonly priority: Priority;
  readonly plan: Plan;
  readonly beta: boolean;
  /** The expected deadline, or null when the ticket should not be covered. */
  readonly expectMs: number | null;
}

const CASE_KEYS = ['name', 'opened', 'priority', 'plan', 'beta', 'expect'];

/** One item of a case file, where it is, and its JSON value or why it is not JSON. */
export type CaseItem = { readonly where: string; readonly value: unknown } | { readonly where: string; readonly error: string };

/**
 * Splits a case file into its items: a JSON array when the text starts with
 * `[`, else NDJSON (one JSON object a line; blank lines are skipped). A line
 * that is not JSON is an item with an error, never a skipped case.
 *
 * @example
 * caseItems('{"a":1}\n\n{"a":2}\n') //=> [{ where: 'line 1', value: { a: 1 } }, { where: 'line 3', value: { a: 2 } }]
 */
export function caseItems(text: string): CaseItem[] {
  // The engine's messages quote the text near the error; a case file may be any file, so only the place is told.
  const parse = (where: string, json: string, describe: (json: string) => string): CaseItem => {
    try {
      return { where, value: JSON.parse(json) };
    } catch {
      return { where, error: describe(json) };
    }
  };
  if (text.trimStart().startsWith('[')) {
    const whole = parse('(top level)', text, describeJsonError);
    // Text that starts with `[` and parses is an array.
    if ('error' in whole || !Array.isArray(whole.value)) return [whole];
    return whole.value.map((value: unknown, i) => ({ where: `[${i}]`, value }));
  }
  return text.split(/\r?\n/).flatMap((line, i) => (line.trim() === '' ? [] : [parse(`line ${i + 1}`, line, describeJsonLineError)]));
}

/** Runs one lookup that may throw an {@link SlaError}, turning the error into a problem. */
function attempt<T>(problems: Problems, path: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (err) {
    if (!(err instanceof SlaError)) throw err;
    problems.add(path, err.message);
    return undefined;
  }
}

/**
 * Reads a case file's text into test cases, checked against the policy:
 * `opened` and `expect` are ISO 8601 (wall times in the policy zone), the
 * priority and plan are ones the policy knows, `expect` is present (null for
 * "not covered"). Every problem is reported at once, with the case's index or
 * line, as `INVALID_INPUT`; a file without any case is a problem too, so that a
 * wrong file never passes for want of cases.
 *
 * @example
 * readCases('{"opened": "2025-06-02T10:00:00+02:00", "priority": 1, "plan": "professional", "expect": "2025-06-02T13:00:00+02:00"}', 'cases.ndjson', policy, zone)[0].where
 * //=> 'line 1'
 */
export function readCases(text: string, label: string, policy: Policy, zone: Zone): TestCase[] {
  const problems = new Problems();
  const cases: TestCase[] = [];
  for (const item of caseItems(text)) {
    const { where } = item;
    if ('error' in item) {
      problems.add(where, item.error);
      continue;
    }
    const { value } = item;
    const field = (key: string): string => (where.startsWith('[') ? `${where}.${key}` : `${where}: ${key}`);
    if (!isRecord(value)) {
      problems.add(where, 'a case is an object {"opened", "priority", "plan", "expect"}');
      continue;
    }
    const before = problems.list.length;
    // A typo such as "expected" must not leave a case without an expectation.
    // `$schema` (for editors) is accepted and ignored, but left out of the list: it is no case field.
    for (const key of Object.keys(value)) {
      if (!CASE_KEYS.includes(key) && key !== '$schema') problems.add(field(key), `unknown key (accepted: ${CASE_KEYS.join(', ')})`);
    }
    if (value.$schema !== undefined && typeof value.$schema !== 'string') problems.add(field('$schema'), 'must be a string: the URL or path of the case JSON Schema');
    const { name, opened, priority, plan, beta, expect } = value;
    if (name !== undefined && typeof name !== 'string') problems.add(field('name'), 'must be a string');
    if (beta !== undefined && typeof beta !== 'boolean') problems.add(field('beta'), 'must be true or false');
    const openedText = typeof opened === 'string' ? opened : undefined;
    if (openedText === undefined) problems.add(field('opened'), 'is required: an ISO 8601 date-time');
    if (typeof priority !== 'number' && typeof priority !== 'string') problems.add(field('priority'), 'is required: a priority id, name or alias');
    if (typeof plan !== 'string') problems.add(field('plan'), 'is required: a plan id, name or alias');
    if (expect !== null && typeof expect !== 'string') {
      problems.add(field('expect'), 'is required: the expected deadline (ISO 8601), or null when the ticket is not covered');
    }
    const openedMs = openedText === undefined ? undefined : attempt(problems, field('opened'), () => parseInstant(openedText, zone));
    const found = typeof priority === 'number' || typeof priority === 'string' ? attempt(problems, field('priority'), () => findPriority(policy, String(priority))) : undefined;
    const foundPlan = typeof plan === 'string' ? attempt(problems, field('plan'), () => findPlan(policy, plan)) : undefined;
    const expectMs = typeof expect === 'string' ? attempt(problems, field('expect'), () => parseInstant(expect, zone)) : expect === null ? null : undefined;
    // A value left undefined here always came with a problem.
    if (problems.list.length > before || openedText === undefined || openedMs === undefined || found === undefined || foundPlan === undefined || expectMs === undefined) {
      continue;
    }
    cases.push({
      where,
      name: typeof name === 'string' ? name : undefined,
      openedText,
      openedMs,
      priority: found,
      plan: foundPlan,
      beta: Boolean(beta),
      expectMs,
    });
  }
  if (problems.empty && cases.length === 0) problems.add('(top level)', 'no test cases: give a JSON array or NDJSON of {"opened", "priority", "plan", "expect"}');
  if (!problems.empty) {
    const n = problems.list.length;
    throw new SlaError('INVALID_INPUT', `${label}: invalid test cases (${n} problem${n === 1 ? '' : 's'})`, problems.lines());
  }
  return cases;
}

/** A test case with the deadline the policy gives it. */
export interface CaseResult {
  readonly testCase: TestCase;
  /** Always computed with the explanation, for the failure report. */
  readonly outcome: DeadlineOutcome;
  /** Whether the deadline is the expected instant (or both are "not covered"). */
  readonly passed: boolean;
}

/**
 * Runs one case: its deadline under the policy, compared as an instant with the
 * expectation, so `2025-06-02T11:00:00Z` and `2025-06-02T13:00:00+02:00` agree.
 *
 * @example
 * runCase(policy, schedule, testCase).passed //=> true
 */
export function runCase(policy: Policy, schedule: Schedule, testCase: TestCase): CaseResult {
  const { openedMs, priority, plan, beta } = testCase;
  const outcome = computeDeadline(policy, schedule, { openedMs, priority, plan, beta, explain: true });
  return { testCase, outcome, passed: outcome.deadlineMs === testCase.expectMs };
}
