import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';

export const SCHEMAS_DIR = join(__dirname, '..', '..', 'schemas');
export const SCHEMA_NAMES = ['policy', 'calendar', 'policy-cases'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/**
 * A schema file as JSON.
 *
 * @example
 * readSchema('policy').$id //=> 'https://unpkg.com/support-sla/schemas/policy.schema.json'
 */
export const readSchema = (name: SchemaName): Record<string, unknown> =>
  JSON.parse(readFileSync(join(SCHEMAS_DIR, `${name}.schema.json`), 'utf8')) as Record<string, unknown>;

/** The three schemas, and `case`: one case object, what each NDJSON line of a case file is checked against. */
export type Validators = Record<SchemaName | 'case', ValidateFunction>;

let compiled: Validators | undefined;

/**
 * The three schemas compiled by ajv in strict mode, so that a misspelt keyword
 * or a keyword without its type is an error rather than a silently ignored
 * rule. `strictRequired` is off: "holidays or days" is written as
 * `anyOf: [{required: [holidays]}, {required: [days]}]`, which it would refuse.
 *
 * @example
 * validators().calendar({ name: 'Acme', holidays: [] }) //=> true
 */
export function validators(): Validators {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  for (const name of SCHEMA_NAMES) ajv.addSchema(readSchema(name));
  const byName = Object.fromEntries(SCHEMA_NAMES.map((name) => [name, ajv.getSchema(readSchema(name).$id as string)!])) as Record<SchemaName, ValidateFunction>;
  compiled = { ...byName, case: ajv.compile({ $ref: `${readSchema('policy-cases').$id as string}#/$defs/case` }) };
  return compiled;
}

/**
 * Ajv's errors on one line each, for a failing expectation's message.
 *
 * @example
 * errorLines(validate.errors) //=> ['/hours/monday/0/0 must match pattern "^(?:[01][0-9]|2[0-3]):[0-5][0-9]$" {...}']
 */
export const errorLines = (errors: ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map((e) => `${e.instancePath || '(top level)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
