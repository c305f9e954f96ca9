import { resolve } from 'node:path';
import type { Command } from 'commander';
import { quoteValue } from '../../core/quote-value';
import { writeNewFile } from '../../io/write-new-file';
import type { Io } from '../io';
import { withPolicyOptions, type PolicyOptions } from '../policy-options';
import { policyFileText } from './policy-show';

// A calendar written as a path (not a shipped name) is read from the policy file's folder.
const isCalendarPath = (spec: string): boolean => /[\\/]/.test(spec) || spec.toLowerCase().endsWith('.json');

/**
 * Registers `sla policy init FILE [--policy FILE]`: writes the policy in
 * effect (the built-in one by default) to a new policy file to edit, the same
 * JSON `sla policy show` prints, and says on stderr what it wrote. Refuses
 * (exit 2) when FILE exists.
 *
 * @example
 * registerPolicyInit(policyCommand, io) // sla policy init acme-policy.json
 */
export function registerPolicyInit(parent: Command, io: Io): void {
  withPolicyOptions(
    parent
      .command('init')
      .description('write the policy in effect (default: the built-in one) to a new policy file to edit; never overwrites')
      .argument('<file>', 'the policy file to create'),
  ).action((file: string, options: PolicyOptions) => {
    const { policy, holidays, text } = policyFileText(options, io);
    writeNewFile(resolve(io.cwd, file), file, text);
    const from = options.policy === undefined ? 'the built-in policy' : `the policy of ${quoteValue(options.policy)}`;
    const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
    const size = `${count(policy.priorities.length, 'priority', 'priorities')}, ${count(policy.plans.length, 'plan', 'plans')}`;
    const paths = holidays.filter(isCalendarPath);
    io.err(
      `sla: wrote ${quoteValue(file)}: ${from} (${size}, calendars: ${holidays.join(', ') || 'none'})\n` +
        (paths.length ? `  calendar paths in it (${paths.join(', ')}) are read from its folder\n` : '') +
        `  edit it, then check it with: sla policy validate ${file}\n`,
    );
  });
}
