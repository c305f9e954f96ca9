import { SlaError } from '../../errors/sla-error';
import { quoteValue } from '../../core/quote-value';
import { isRecord } from '../../document/problems';
import { findPlan } from '../../policy/lookup';
import type { Plan, Policy } from '../../policy/types';
import { csvFields } from './csv-fields';

/**
 * How customer names are compared: case and spaces around and between words
 * do not matter, so that `ACME  Corp` in an export finds `Acme Corp` in the
 * plans file.
 *
 * @example
 * customerKey('  ACME  Corp ') //=> 'acme corp'
 */
export function customerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** One entry of a plans file: the customer as written, its plan as written, and where it stands (a CSV line, or the JSON key). */
interface PlanEntry {
  readonly customer: string;
  readonly plan: string;
  readonly where: string;
}

/**
 * The plan of each customer, read from a plans file's text: CSV with the
 * header `customer,plan`, or a JSON object `{"Customer name": "plan id"}`,
 * told apart by the first character that is not blank. Every plan is looked
 * up in the policy now, so that a misspelt plan stops the run before any
 * record is read; a customer named twice with different plans, a row without
 * two fields, or a value that is not a string is refused (`INVALID_INPUT`),
 * naming the file and the line or key.
 *
 * @example
 * const plans = PlansLookup.parse('customer,plan\nAcme Corp,professional\n', 'plans.csv', policy);
 * plans.find('acme corp')!.id //=> 'professional'
 */
export class PlansLookup {
  private constructor(
    private readonly plans: ReadonlyMap<string, Plan>,
    /** The file as messages name it. */
    readonly label: string,
  ) {}

  static parse(text: string, label: string, policy: Policy): PlansLookup {
    const entries = /^[\s\uFEFF]*\{/.test(text) ? jsonEntries(text, label) : csvEntries(text, label);
    const plans = new Map<string, Plan>();
    /** Where each customer was first given, and the plan given there. */
    const seen = new Map<string, { readonly where: string; readonly plan: Plan }>();
    for (const entry of entries) {
      let plan: Plan;
      try {
        plan = findPlan(policy, entry.plan);
      } catch (err) {
        if (!(err instanceof SlaError)) throw err;
        throw new SlaError(err.code, `plans file ${quoteValue(label)}, ${entry.where}: ${err.message}`);
      }
      const key = customerKey(entry.customer);
      const before = seen.get(key);
      if (before !== undefined && before.plan !== plan) {
        throw new SlaError(
          'INVALID_INPUT',
          `plans file ${quoteValue(label)}: the customer ${quoteValue(entry.customer)} has plan ${plan.id} at ${entry.where} and ${before.plan.id} at ${before.where}: give each customer one plan`,
        );
      }
      seen.set(key, { where: entry.where, plan });
      plans.set(key, plan);
    }
    return new PlansLookup(plans, label);
  }

  /** How many customers the file names. */
  get size(): number {
    return this.plans.size;
  }

  /** The plan of a customer, or undefined when the file does not name it. */
  find(customer: string): Plan | undefined {
    return this.plans.get(customerKey(customer));
  }
}

function jsonEntries(text: string, label: string): PlanEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SlaError('INVALID_INPUT', `plans file ${quoteValue(label)} is not valid JSON: give an object {"Customer name": "plan id"} or CSV with the header customer,plan`);
  }
  if (!isRecord(value)) throw new SlaError('INVALID_INPUT', `plans file ${quoteValue(label)}: give an object {"Customer name": "plan id"}`);
  return Object.entries(value).map(([customer, plan]) => {
    if (typeof plan !== 'string') {
      throw new SlaError('INVALID_INPUT', `plans file ${quoteValue(label)}, key ${quoteValue(customer)}: the plan must be a string (a plan id, name or alias)`);
    }
    return { customer, plan, where: `key ${quoteValue(customer)}` };
  });
}

function csvEntries(text: string, label: string): PlanEntry[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const entries: PlanEntry[] = [];
  let header = false;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const fields = csvFields(line).map((f) => f.trim());
    const [customer, plan] = fields;
    if (!header) {
      if (fields.length !== 2 || customer?.toLowerCase() !== 'customer' || plan?.toLowerCase() !== 'plan') {
        throw new SlaError('INVALID_INPUT', `plans file ${quoteValue(label)}, line ${i + 1}: the header must be customer,plan (or give a JSON object {"Customer name": "plan id"})`);
      }
      header = true;
      continue;
    }
    if (fields.length !== 2 || customer === undefined || customer === '' || plan === undefined || plan === '') {
      throw new SlaError('INVALID_INPUT', `plans file ${quoteValue(label)}, line ${i + 1}: give a customer and a plan, as customer,plan`);
    }
    entries.push({ customer, plan, where: `line ${i + 1}` });
  }
  if (!header) throw new SlaError('INVALID_INPUT', `plans file ${quoteValue(label)} is empty: give CSV with the header customer,plan or a JSON object`);
  return entries;
}
