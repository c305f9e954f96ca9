import { registerPolicyDiff } from './policy-diff';
import { registerPolicyInit } from './policy-init';
import { registerPolicyShow } from './policy-show';
import { registerPolicyTest } from './policy-test';
import { registerPolicyValidate } from './policy-validate';
import type { CommandContext } from '../command-context';

/**
 * Registers `sla policy` and its checks for policy authors and CI:
 * `validate`, `diff` and `test`; and `show` and `init` to start a policy file.
 *
 * @example
 * registerPolicy(context) // sla policy validate policy.json
 */
export function registerPolicy({ program, io, paint }: CommandContext): void {
  const policy = program.command('policy').description('write and check policy files: show, init, validate, diff, test');
  registerPolicyValidate(policy, io, paint);
  registerPolicyDiff(policy, io, paint);
  registerPolicyTest(policy, io, paint);
  registerPolicyShow(policy, io);
  registerPolicyInit(policy, io);
}
