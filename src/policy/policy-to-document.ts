import type { Clock } from '../core/deadline';
import { formatWallClock } from '../core/hours';
import type { Interval } from '../core/schedule';
import type { WeekdayName } from '../core/units';
import type { Policy } from './types';

/** Where the policy JSON Schema is published; the first key of every policy `sla` writes. */
export const POLICY_SCHEMA_URL = 'https://unpkg.com/support-sla/schemas/policy.schema.json';

/** A policy written out as JSON, every field explicit: what `parsePolicy` reads back to the same policy. */
export interface PolicyDocument {
  readonly $schema: string;
  readonly name: string;
  readonly timezone: string;
  readonly hours: Readonly<Record<WeekdayName, readonly (readonly [string, string])[]>>;
  readonly holidays: readonly string[];
  readonly priorities: readonly { readonly id: number; readonly name: string; readonly aliases: readonly string[] }[];
  readonly defaultPriority: number;
  readonly plans: readonly { readonly id: string; readonly name: string; readonly aliases: readonly string[] }[];
  readonly targets: Readonly<Record<string, Readonly<Record<string, { readonly minutes: number; readonly clock: Clock } | null>>>>;
  readonly notCovered: string;
}

/** One day's hours as the document writes them: `["09:00", "17:00"]` pairs. */
const pairs = (day: readonly Interval[]): (readonly [string, string])[] => day.map((h) => [formatWallClock(h.start), formatWallClock(h.end)] as const);

/**
 * Writes a loaded policy back as a JSON document with every field explicit
 * (defaults filled in, every weekday listed, `aliases` always present) and
 * `$schema` first, so that the result is a complete starting file for an
 * editor. Reading it back with `parsePolicy` gives the same policy. Objects
 * are built with `Object.fromEntries`, so a plan id such as `__proto__` stays
 * an ordinary key.
 *
 * @example
 * JSON.stringify(policyToDocument(defaultPolicy()).hours.monday) //=> '[["09:00","17:00"]]'
 * policyToDocument(defaultPolicy()).$schema //=> 'https://unpkg.com/support-sla/schemas/policy.schema.json'
 */
export function policyToDocument(policy: Policy): PolicyDocument {
  // Monday first, as people write a working week (and as the built-in policy does); Sunday is index 0 in a Policy.
  const [sunday, monday, tuesday, wednesday, thursday, friday, saturday] = policy.hours;
  const hours = {
    monday: pairs(monday),
    tuesday: pairs(tuesday),
    wednesday: pairs(wednesday),
    thursday: pairs(thursday),
    friday: pairs(friday),
    saturday: pairs(saturday),
    sunday: pairs(sunday),
  };
  const targets = Object.fromEntries(
    policy.plans.map((plan) => {
      const row = policy.targets.get(plan.id);
      const cells = policy.priorities.map((p) => {
        const target = row?.get(p.id) ?? null;
        return [String(p.id), target === null ? null : { minutes: target.minutes, clock: target.clock }] as const;
      });
      return [plan.id, Object.fromEntries(cells)];
    }),
  );
  return {
    $schema: POLICY_SCHEMA_URL,
    name: policy.name,
    timezone: policy.timezone,
    hours,
    holidays: [...policy.holidays],
    priorities: policy.priorities.map((p) => ({ id: p.id, name: p.name, aliases: [...p.aliases] })),
    defaultPriority: policy.defaultPriority.id,
    plans: policy.plans.map((p) => ({ id: p.id, name: p.name, aliases: [...p.aliases] })),
    targets,
    notCovered: policy.notCovered,
  };
}
