import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { getZone } from '../../src/core/zone';
import { readCases } from '../../src/domain/policy-test-cases';
import { parseCalendar } from '../../src/holidays/parse-calendar';
import { defaultPolicy, loadPolicyFile } from '../../src/policy/load-policy';
import type { SchemaName } from './validators';

export const ROOT = join(__dirname, '..', '..');

/** Every file under a folder, depth first. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Every `.json` and `.ndjson` fixture under `test/*\/fixtures/`, as paths from the repository root.
 *
 * @example
 * fixtureFiles()[0] //=> 'test/classify/fixtures/tickets.json'
 */
export function fixtureFiles(): string[] {
  const test = join(ROOT, 'test');
  return readdirSync(test)
    .map((name) => join(test, name, 'fixtures'))
    .filter((dir) => existsSync(dir) && statSync(dir).isDirectory())
    .flatMap(filesUnder)
    .filter((path) => /\.(nd)?json$/.test(path))
    .map((path) => relative(ROOT, path))
    .sort();
}

const parsesAsJson = (text: string): { value: unknown } | undefined => {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Which kind of file a fixture is: by its name (`cases-…` or `.ndjson`,
 * `calendar-…`, `policy-…`), else a policy when it has a policy's keys, a calendar when it has a
 * calendar's, and for text that is not JSON, the folder it is kept in.
 * Undefined for a file of another kind (ticket lists and the like).
 *
 * @example
 * kindOf('test/holidays/fixtures/acme.json') //=> 'calendar'
 */
export function kindOf(file: string): SchemaName | undefined {
  const name = basename(file);
  if (name.startsWith('cases') || name.endsWith('.ndjson')) return 'policy-cases';
  if (name.startsWith('calendar-')) return 'calendar';
  if (name.startsWith('policy-')) return 'policy';
  const parsed = parsesAsJson(readFileSync(join(ROOT, file), 'utf8'));
  if (!parsed) return { policy: 'policy', holidays: 'calendar' }[basename(dirname(dirname(file)))] as SchemaName | undefined;
  const doc = parsed.value;
  if (!isObject(doc)) return undefined;
  if (['timezone', 'targets', 'plans', 'priorities'].some((k) => k in doc)) return 'policy';
  if (['holidays', 'days', 'extends'].some((k) => k in doc)) return 'calendar';
  return undefined;
}

/**
 * Whether the loader reads a file without error: the policy file loader, the
 * calendar parser (one file: what it extends is resolved later, by name), or
 * the case reader against the built-in policy, which is what the case
 * fixtures are written for.
 *
 * @example
 * loaderAccepts('policy', 'test/policy/fixtures/invalid-policy.json').ok //=> false
 */
export function loaderAccepts(kind: SchemaName, file: string): { ok: boolean; why: string } {
  const path = join(ROOT, file);
  try {
    if (kind === 'policy') loadPolicyFile(path, file);
    else if (kind === 'calendar') parseCalendar(JSON.parse(readFileSync(path, 'utf8')), file, file);
    else {
      const policy = defaultPolicy();
      readCases(readFileSync(path, 'utf8'), file, policy, getZone(policy.timezone));
    }
    return { ok: true, why: '' };
  } catch (err) {
    const e = err as Error & { details?: readonly string[] };
    return { ok: false, why: [e.message, ...(e.details ?? [])].join('\n') };
  }
}

/**
 * The items of a case file as `sla policy test` splits it: a JSON array when
 * the text starts with `[` (the whole file is one document), else one JSON
 * value a non-blank line. Undefined when an item is not JSON.
 *
 * @example
 * caseDocuments('{"a": 1}\n\n{"a": 2}\n') //=> [{ where: 'line 1', value: { a: 1 } }, { where: 'line 3', value: { a: 2 } }]
 */
export function caseDocuments(text: string): { where: string; value: unknown }[] | undefined {
  if (text.trimStart().startsWith('[')) {
    const whole = parsesAsJson(text);
    return whole && [{ where: '(file)', value: whole.value }];
  }
  const items = text
    .split(/\r?\n/)
    .flatMap((line, i) => (line.trim() === '' ? [] : [{ where: `line ${i + 1}`, parsed: parsesAsJson(line) }]));
  if (items.some((item) => !item.parsed)) return undefined;
  return items.map(({ where, parsed }) => ({ where, value: parsed!.value }));
}
