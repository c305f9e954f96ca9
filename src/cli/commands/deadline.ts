import type { Command } from 'commander';
import { parseInstant } from '../../core/iso';
import { getZone } from '../../core/zone';
import { findPlan, findPriority } from '../../policy/lookup';
import { computeDeadline } from '../compute-deadline';
import type { Io } from '../io';
import type { Paint } from '../paint';
import { loadPolicy, withPolicyOptions, type PolicyOptions } from '../policy-options';
import { deadlineToJson } from '../render/deadline-json';
import { renderDeadlineText } from '../render/deadline-text';

interface DeadlineOptions extends PolicyOptions {
  opened?: string;
  now?: string;
  priority?: string;
  plan?: string;
  beta?: boolean;
  tz?: string;
  explain?: boolean;
  json?: boolean;
}

/**
 * Registers `sla deadline`: when is a ticket's first response due?
 *
 * @example
 * registerDeadline(program, io, paint) // sla deadline --opened 2025-06-02T10:00:00+02:00 --priority 1 --plan professional
 */
export function registerDeadline(program: Command, io: Io, paint: Paint): void {
  withPolicyOptions(
    program
      .command('deadline')
      .description("when a ticket's first response is due, per plan")
      .option('--opened <iso>', 'when the ticket was opened: ISO 8601 with Z or an offset, or wall time in the policy zone, or "now"', 'now')
      .option('--priority <priority>', 'ticket priority: 1|2|3 or critical|degraded|general (default: the policy default, 3)')
      .option('--plan <plan>', 'support plan, e.g. basic|professional|advanced (default: every plan)')
      .option('--beta', 'the ticket is about a beta or developer-preview product (no guaranteed response)')
      .option('--tz <zone>', 'print times in this IANA zone (default: the policy zone)')
      .option('--now <iso>', 'the current time, for reproducible runs (default: the clock)')
      .option('--explain', 'show each business window counted and each day skipped')
      .option('--json', 'print JSON: one object with --plan, else an array'),
  ).action((options: DeadlineOptions) => {
    const { policy, schedule } = loadPolicy(options, io);
    const zone = options.tz === undefined ? schedule.zone : getZone(options.tz);
    const now = options.now === undefined ? io.now() : parseInstant(options.now, schedule.zone);
    const openedMs = options.opened === undefined || options.opened.trim().toLowerCase() === 'now' ? now : parseInstant(options.opened, schedule.zone);
    const priority = options.priority === undefined ? findPriority(policy, String(policy.defaultPriority)) : findPriority(policy, options.priority);
    const plans = options.plan === undefined ? policy.plans : [findPlan(policy, options.plan)];
    const outcomes = plans.map((plan) =>
      computeDeadline(policy, schedule, { openedMs, priority, plan, beta: Boolean(options.beta), explain: Boolean(options.explain) }),
    );
    if (options.json) {
      const json = outcomes.map((o) => deadlineToJson(o, zone));
      io.out(`${JSON.stringify(options.plan === undefined ? json : json[0], null, 2)}\n`);
    } else {
      io.out(renderDeadlineText(outcomes, zone.name, paint));
    }
  });
}
