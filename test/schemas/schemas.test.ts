import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getZone } from '../../src/core/zone';
import { readCases } from '../../src/domain/policy-test-cases';
import { parseCalendar } from '../../src/holidays/parse-calendar';
import defaultPolicyDocument from '../../src/policy/default-policy.json';
import { defaultPolicy } from '../../src/policy/load-policy';
import { parsePolicy } from '../../src/policy/parse-policy';
import { sla } from '../cli/run-in-process';
import { caseDocuments, fixtureFiles, kindOf, loaderAccepts, ROOT } from './fixture-kinds';
import { errorLines, readSchema, SCHEMA_NAMES, SCHEMAS_DIR, validators, type SchemaName } from './validators';

/**
 * Fixtures the loader refuses for a rule JSON Schema cannot state, so the
 * schema passes them. Every other fixture gets the same verdict from both.
 */
const SCHEMA_CANNOT_TELL: Readonly<Record<string, string>> = {
  'test/cli/fixtures/policies/bad-hours-and-zone.json':
    'an unknown time zone ("Europe/Amsterdm": the zone database is not in the schema) and overlapping hours on Monday (comparing two times is not a JSON Schema rule)',
};

/** A policy the loader reads whose calendars do not exist: `policy show` refuses it. */
const BAD_CALENDARS = 'test/cli/fixtures/policies/bad-calendars.json';

/** Fixtures of other kinds (no policy, calendar or case file), named so that none is passed over unseen. */
const OTHER_KINDS: readonly string[] = ['test/classify/fixtures/tickets.json'];

/** The schema's verdict on a file: a case file item by item as `sla policy test` splits it, anything else whole. */
function schemaAccepts(kind: SchemaName, file: string): { ok: boolean; why: string } {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const v = validators();
  if (kind === 'policy-cases') {
    const documents = caseDocuments(text);
    if (!documents) return { ok: false, why: 'not JSON' };
    if (documents.length === 0) return { ok: false, why: 'no case' };
    const arrayForm = documents.length === 1 && documents[0]!.where === '(file)';
    const validate = arrayForm ? v['policy-cases'] : v.case;
    const why = documents.flatMap(({ where, value }) => (validate(value) ? [] : errorLines(validate.errors).map((e) => `${where}: ${e}`)));
    return { ok: why.length === 0, why: why.join('\n') };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, why: 'not JSON' };
  }
  const ok = v[kind](doc);
  return { ok, why: errorLines(v[kind].errors).join('\n') };
}

/** Every schema node that declares properties, with its path, leaving out data (examples, defaults) and partial rules (if/then, allOf). */
function propertyDeclarations(node: unknown, path: string): { path: string; name: string; schema: Record<string, unknown> }[] {
  if (typeof node !== 'object' || node === null) return [];
  if (Array.isArray(node)) return node.flatMap((item, i) => propertyDeclarations(item, `${path}/${i}`));
  const out: { path: string; name: string; schema: Record<string, unknown> }[] = [];
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (['examples', 'default', 'const', 'enum', 'if', 'then', 'else', 'not', 'allOf'].includes(key)) continue;
    if (key === 'properties') {
      for (const [name, schema] of Object.entries(value as Record<string, Record<string, unknown>>)) {
        out.push({ path: `${path}/properties`, name, schema }, ...propertyDeclarations(schema, `${path}/properties/${name}`));
      }
    } else {
      out.push(...propertyDeclarations(value, `${path}/${key}`));
    }
  }
  return out;
}

describe('the schemas', () => {
  it.each(SCHEMA_NAMES)('%s compiles in strict mode, with its published $id, a title and a description', (name) => {
    expect(validators()[name]).toBeInstanceOf(Function);
    const schema = readSchema(name);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://unpkg.com/support-sla/schemas/${name}.schema.json`);
    expect(typeof schema.title).toBe('string');
    expect(typeof schema.description).toBe('string');
  });

  it.each(SCHEMA_NAMES)('%s describes every property, for editors to show', (name) => {
    const declarations = propertyDeclarations(readSchema(name), '#');
    expect(declarations.length).toBeGreaterThan(5);
    expect(declarations.filter((d) => typeof d.schema.description !== 'string').map((d) => `${d.path}/${d.name}`)).toEqual([]);
  });

  it.each(SCHEMA_NAMES)('%s: its own examples are valid', (name) => {
    const validate = validators()[name];
    for (const example of readSchema(name).examples as unknown[]) {
      expect([validate(example), errorLines(validate.errors)]).toEqual([true, []]);
    }
  });

  it('say in their descriptions what they cannot check', () => {
    expect(readSchema('policy').description).toMatch(/cannot check.*time zone.*overlap.*names one entry only.*defaultPriority.*every plan.*calendars/s);
    expect(readSchema('calendar').description).toMatch(/cannot check.*"from" is not after "to".*overlap.*"extends" exist/s);
    expect(readSchema('policy-cases').description).toMatch(/JSON array.*NDJSON.*cannot check.*priority and plan/s);
  });
});

describe('what the schemas validate', () => {
  const shipped = readdirSync(join(ROOT, 'holidays')).filter((f) => f.endsWith('.json'));

  it.each(shipped)('holidays/%s is valid, and names the schema first by a path that exists in the repository and the package', (file) => {
    const text = readFileSync(join(ROOT, 'holidays', file), 'utf8');
    const doc = JSON.parse(text) as Record<string, unknown>;
    expect([validators().calendar(doc), errorLines(validators().calendar.errors)]).toEqual([true, []]);
    expect(Object.keys(doc)[0]).toBe('$schema');
    expect(doc.$schema).toBe('../schemas/calendar.schema.json');
    expect(resolve(ROOT, 'holidays', doc.$schema as string)).toBe(join(SCHEMAS_DIR, 'calendar.schema.json'));
  });

  it('the built-in policy is valid', () => {
    expect([validators().policy(defaultPolicyDocument), errorLines(validators().policy.errors)]).toEqual([true, []]);
  });

  const policies = ['(built-in)', ...fixtureFiles().filter((f) => kindOf(f) === 'policy' && loaderAccepts('policy', f).ok)];

  it.each(policies)('what `sla policy show` prints for %s is valid', async (file) => {
    const r = await sla(['policy', 'show', ...(file === '(built-in)' ? [] : ['--policy', file])]);
    if (file === BAD_CALENDARS) {
      // Its calendars do not load: `show` prints only a policy that works as it stands.
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', expect.stringMatching(/^sla: unknown holiday calendar "atlantis"/)]);
      return;
    }
    expect([r.code, r.stderr]).toEqual([0, '']);
    const doc: unknown = JSON.parse(r.stdout);
    expect([validators().policy(doc), errorLines(validators().policy.errors)]).toEqual([true, []]);
  });
});

describe('the schema and the loader accept and reject the same fixtures', () => {
  const files = fixtureFiles();
  const kinds = files.map((file) => ({ file, kind: kindOf(file) }));

  it('finds fixtures of every kind, and knows every other file', () => {
    for (const name of SCHEMA_NAMES) expect(kinds.filter((k) => k.kind === name).length).toBeGreaterThanOrEqual(5);
    expect(kinds.filter((k) => k.kind === undefined).map((k) => k.file)).toEqual(OTHER_KINDS);
  });

  it('lists as exceptions only fixtures that exist and that the loader refuses', () => {
    for (const file of Object.keys(SCHEMA_CANNOT_TELL)) {
      expect(files).toContain(file);
      expect(loaderAccepts(kindOf(file)!, file).ok).toBe(false);
    }
  });

  it.each(kinds.filter((k) => k.kind !== undefined).map((k) => [k.file, k.kind!] as const))('%s (%s)', (file, kind) => {
    const loader = loaderAccepts(kind, file);
    const schema = schemaAccepts(kind, file);
    if (file in SCHEMA_CANNOT_TELL) {
      expect({ loader: loader.ok, schema: schema.ok }).toEqual({ loader: false, schema: true });
    } else {
      expect({ loader: loader.ok, schema: schema.ok, loaderSays: loader.why, schemaSays: schema.why }).toEqual(
        expect.objectContaining({ loader: schema.ok, schema: loader.ok }),
      );
    }
  });
});

describe('the patterns say what the loaders read', () => {
  const policyWith = (hours: unknown): unknown => ({
    timezone: 'UTC',
    hours: { monday: hours, tuesday: [['09:00', '17:00']] },
    priorities: [{ id: 1, name: 'Urgent' }],
    plans: [{ id: 'standard', name: 'Standard' }],
    targets: { standard: { '1': { minutes: 60, clock: 'business' } } },
  });
  const accepts = (fn: () => unknown): boolean => {
    try {
      fn();
      return true;
    } catch {
      return false;
    }
  };
  const two = (n: number): string => String(n).padStart(2, '0');
  const times = [
    ...Array.from({ length: 30 * 70 }, (_, i) => `${two(Math.floor(i / 70))}:${two(i % 70)}`),
    '9:00',
    '09:0',
    '0900',
    '09:00:00',
    ' 09:00',
    '09.00',
    '',
    '٠٩:٠٠',
  ];

  it('opening times: HH:MM from 00:00 to 23:59', () => {
    const disagree = times.filter(
      (t) => accepts(() => parsePolicy(policyWith([[t, '24:00']]), 'p')) !== validators().policy(policyWith([[t, '24:00']])),
    );
    expect(disagree).toEqual([]);
  });

  it('closing times: HH:MM from 00:01 to 24:00', () => {
    const disagree = times.filter(
      (t) => accepts(() => parsePolicy(policyWith([['00:00', t]]), 'p')) !== validators().policy(policyWith([['00:00', t]])),
    );
    expect(disagree).toEqual([]);
  });

  it('time zones: a name, never an offset or blank (the zone database itself is for the loader)', () => {
    const zones = ['UTC', 'utc', 'Europe/Amsterdam', 'asia/calcutta', '+02:00', '-05', '', ' '];
    const policyIn = (timezone: string) => ({ ...(policyWith([['09:00', '17:00']]) as object), timezone });
    expect(zones.filter((z) => accepts(() => parsePolicy(policyIn(z), 'p')) !== validators().policy(policyIn(z)))).toEqual([]);
  });

  const calendarWith = (holiday: Record<string, unknown>, days?: Record<string, unknown>): unknown => ({
    name: 'Acme',
    holidays: [{ name: 'Day', ...holiday }],
    ...(days && { days }),
  });
  const calendarAgrees = (doc: unknown): boolean => accepts(() => parseCalendar(doc, 'c', 'c')) === validators().calendar(doc);

  it('dates: real days of the years 1000-9999, leap days by the Gregorian rule', () => {
    const years = [999, 1000, 1001, 1004, 1100, 1200, 1582, 1600, 1700, 1800, 1900, 1996, 2000, 2023, 2024, 2025, 2100, 2400, 9996, 9999];
    const dates = years.flatMap((y) => Array.from({ length: 14 * 33 }, (_, i) => `${y}-${two(Math.floor(i / 33))}-${two(i % 33)}`));
    dates.push('2026-1-01', '2026-01-1', '26-01-01', '2026/01/01', '12026-01-01', '2026-01-01T00:00', ' 2026-01-01');
    expect(dates.filter((d) => !calendarAgrees(calendarWith({ date: d })))).toEqual([]);
    expect(dates.filter((d) => !calendarAgrees(calendarWith({ date: '2026-01-01' }, { [d]: [] })))).toEqual([]);
  });

  it('every-year days: MM-DD with 29 February allowed, and month and day numbers', () => {
    const monthDays = Array.from({ length: 14 * 33 }, (_, i) => [Math.floor(i / 33), i % 33] as const);
    expect(monthDays.map(([m, d]) => `${two(m)}-${two(d)}`).filter((k) => !calendarAgrees(calendarWith({ date: '2026-01-01' }, { [k]: [] })))).toEqual([]);
    expect(monthDays.filter(([m, d]) => !calendarAgrees(calendarWith({ month: m, day: d })))).toEqual([]);
  });

  it('weekday names in any case, moves of -6 to 6 days, easter offsets, years', () => {
    const values = ['sunday', 'Sunday', 'SATURDAY', 'sun', 'zondag', '', 'sunday '];
    expect(values.filter((w) => !calendarAgrees(calendarWith({ month: 6, day: 20, weekday: w })))).toEqual([]);
    expect(values.filter((w) => !calendarAgrees(calendarWith({ month: 6, day: 20, move: { [w]: 1 } })))).toEqual([]);
    const numbers = [-201, -200, -7, -6, 0, 6, 7, 1.5, 200, 201, 1582, 1583, 9999, 10000];
    expect(numbers.filter((n) => !calendarAgrees(calendarWith({ month: 6, day: 20, move: { sunday: n } })))).toEqual([]);
    expect(numbers.filter((n) => !calendarAgrees(calendarWith({ easter: n })))).toEqual([]);
    expect(numbers.filter((n) => !calendarAgrees(calendarWith({ month: 6, day: 20, from: n })))).toEqual([]);
  });

  it('date-times of test cases: the ISO 8601 forms `sla` reads', () => {
    const policy = defaultPolicy();
    const zone = getZone('UTC');
    const caseWith = (opened: string) => ({ opened, priority: 1, plan: 'professional', expect: null });
    const texts = [
      '2025-06-02',
      '2025-06-02T10:00',
      '2025-06-02t10:00',
      '2025-06-02 10:00',
      '2025-06-02T10:00:00',
      '2025-06-02T10:00:00.1',
      '2025-06-02T10:00:00,123456789',
      '2025-06-02T10:00:00.1234567890',
      '2025-06-02T10:00:00Z',
      '2025-06-02T10:00:00z',
      '2025-06-02T10:00+02',
      '2025-06-02T10:00+0200',
      '2025-06-02T10:00-02:00',
      '2025-06-02T10:00+18:59',
      '2025-06-02T10:00+19:00',
      '2025-06-02T10:00+02:60',
      '2025-06-02T23:59:59Z',
      '2025-06-02T24:00',
      '2025-06-02T10:60',
      '2025-06-02T10:00:60',
      '2025-06-02T10',
      '2025-02-29T10:00',
      '2024-02-29T10:00',
      '0999-12-31T10:00Z',
      ' 2025-06-02T10:00 ',
      '2025-06-02T10:00Z ',
      '2025-06-02T10:00 Z',
      '2025-06-02 10:00:00 +0200',
      '2025-06-02 10:00:00  +0200',
      '2025-06-02 +0200',
      '2025-06-02Z',
      '2025-06-02 Z',
      '2025-6-2T10:00',
      'yesterday',
      '',
    ];
    const disagree = texts.filter((t) => accepts(() => readCases(JSON.stringify(caseWith(t)), 'c', policy, zone)) !== validators().case(caseWith(t)));
    expect(disagree).toEqual([]);
  });
});
