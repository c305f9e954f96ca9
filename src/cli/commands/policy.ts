import type { Command } from 'commander';
import type { Io } from '../io';
import type { Paint } from '../paint';
import { registerPolicyDiff } from './policy-diff';
import { registerPolicyTest } from './policy-test';
import { registerPolicyValidate } from './policy-validate';

/**
 * Registers `sla policy` and its checks for policy authors and CI:
 * `validate`, `diff` and `test`.
 *
 * @example
 * registerPolicy(program, io, paint) // sla policy validate policy.json
 */
export function registerPolicy(program: Command, io: Io, paint: Paint): void {
  const policy = program.command('policy').description('check policy files: validate, diff, test');
  registerPolicyValidate(policy, io, paint);
  registerPolicyDiff(policy, io, paint);
  registerPolicyTest(policy, io, paint);
}
