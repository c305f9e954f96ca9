import { resolve } from 'node:path';
import type { Command } from 'commander';
import { readCases, runCase } from '../../domain/policy-test-cases';
import { readTextFile } from '../../io/read-text-file';
import type { Io } from '../io';
import type { Paint } from '../paint';
import { loadPolicy, withPolicyOptions, type PolicyOptions } from '../policy-options';
import { policyTestToJson } from '../render/policy/policy-test-json';
import { renderPolicyTestText } from '../render/policy/policy-test-text';
import type { CommandResult } from '../sla-command';

/**
 * Registers `sla policy test CASES`: expected deadlines checked against the
 * policy. Exits 0 when every case passes, 1 when any fails, 2 when the case
 * file (or the policy) is malformed.
 *
 * @example
 * registerPolicyTest(policyCommand, io, paint) // sla policy test cases.ndjson --policy policy.json
 */
export function registerPolicyTest(parent: Command, io: Io, paint: Paint): void {
  withPolicyOptions(
    parent
      .command('test')
      .description('check expected deadlines: a JSON array or NDJSON of {"opened", "priority", "plan", "expect"}')
      .argument('<cases>', 'case file: JSON array or NDJSON')
      .option('-j, --json', 'print JSON: {"passed", "failed", "cases": [...]}'),
  ).action((casesFile: string, options: PolicyOptions & { json?: boolean }): CommandResult => {
    const { policy, schedule } = loadPolicy(options, io);
    const text = readTextFile(resolve(io.cwd, casesFile), { code: 'INVALID_INPUT', what: 'test case', label: casesFile });
    const results = readCases(text, casesFile, policy, schedule.zone).map((c) => runCase(policy, schedule, c));
    io.out(
      options.json ? `${JSON.stringify(policyTestToJson(results, schedule.zone), null, 2)}\n` : renderPolicyTestText(results, schedule.zone, paint),
    );
    return results.every((r) => r.passed) ? 'ok' : 'verdict';
  });
}
