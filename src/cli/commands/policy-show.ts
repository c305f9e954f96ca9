import type { Command } from 'commander';
import { isRecord } from '../../document/problems';
import { policyToDocument } from '../../policy/policy-to-document';
import type { Policy } from '../../policy/types';
import type { Io } from '../io';
import { loadPolicy, withPolicyOptions, type PolicyOptions } from '../policy-options';

/** The policy a command would use, and its text as a complete policy file. */
export interface PolicyFileText {
  readonly policy: Policy;
  /** The calendars as named: `--holidays` when given, else the policy's own. */
  readonly holidays: readonly string[];
  /** The JSON document, 2-space indented, ending in a newline. */
  readonly text: string;
}

/** At most this wide, a list or object of plain values stays on one line, as people write hours and targets. */
const INLINE_WIDTH = 100;

/** Whether a value is a string, number, boolean or null. */
const isPlain = (value: unknown): boolean => value === null || typeof value !== 'object';

/**
 * JSON with 2-space indentation where short arrays and objects of plain values
 * or plain lists (a day's hours, a priority with its aliases, a target) stay on
 * one line, so that a written policy reads like the built-in one:
 * `"monday": [["09:00", "17:00"]]`.
 */
function formatJson(value: unknown, indent = ''): string {
  if (isPlain(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const flat = value.every((v) => isPlain(v) || (Array.isArray(v) && v.every(isPlain)));
    const line = `[${value.map((v) => formatJson(v, inner)).join(', ')}]`;
    if (flat && indent.length + line.length <= INLINE_WIDTH) return line;
    return `[\n${value.map((v) => `${inner}${formatJson(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  // Neither plain nor a list: an object.
  if (!isRecord(value)) return JSON.stringify(value);
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const flat = entries.every(([, v]) => isPlain(v) || (Array.isArray(v) && v.every(isPlain)));
  const line = `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${formatJson(v, inner)}`).join(', ')} }`;
  if (flat && indent.length + line.length <= INLINE_WIDTH) return line;
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`).join(',\n')}\n${indent}}`;
}

/**
 * Loads the policy in effect (built-in or `--policy`, with its calendars or
 * `--holidays`, all checked) and writes it as a complete policy file: every
 * field explicit, `$schema` first.
 *
 * @example
 * policyFileText({}, io).text.split('\n')[1] //=> '  "$schema": "https://unpkg.com/support-sla/schemas/policy.schema.json",'
 */
export function policyFileText(options: PolicyOptions, io: Io): PolicyFileText {
  // Loaded whole, calendars included, so that what is written is a policy that works as it stands.
  const { policy } = loadPolicy(options, io);
  const holidays = options.holidays ?? policy.holidays;
  const text = `${formatJson(policyToDocument({ ...policy, holidays }))}\n`;
  return { policy, holidays, text };
}

/**
 * Registers `sla policy show [--policy FILE] [--json]`: the policy in effect
 * as a complete JSON file on stdout, a starting point to edit. The output is
 * the same JSON with or without `--json`, since JSON is its natural text form;
 * the flag is there for scripts that pass it to every command.
 *
 * @example
 * registerPolicyShow(policyCommand, io) // sla policy show > policy.json
 */
export function registerPolicyShow(parent: Command, io: Io): void {
  withPolicyOptions(parent.command('show').description('print the policy in effect as a complete JSON policy file, defaults filled in'))
    .option('-j, --json', 'print JSON (the same output: it always is)')
    .action((options: PolicyOptions & { json?: boolean }) => {
      io.out(policyFileText(options, io).text);
    });
}
