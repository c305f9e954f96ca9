import { resolve } from 'node:path';
import type { Command } from 'commander';
import { diffPolicies } from '../../policy/diff-policies';
import { loadPolicyFile } from '../../policy/load-policy';
import type { Io } from '../io';
import type { Paint } from '../paint';
import { policyDiffToJson } from '../render/policy/policy-diff-json';
import { renderPolicyDiffText } from '../render/policy/policy-diff-text';
import type { CommandResult } from '../sla-command';

/**
 * Registers `sla policy diff OLD NEW`: every change, in plain words or JSON.
 * Exits 0 when nothing changed and 1 when something did, so that CI can ask
 * for a review; 2 when a file is missing or invalid.
 *
 * @example
 * registerPolicyDiff(policyCommand, io, paint) // sla policy diff /tmp/old.json policy.json
 */
export function registerPolicyDiff(parent: Command, io: Io, paint: Paint): void {
  parent
    .command('diff')
    .description('what changed between two policy files (exit 1 when anything did)')
    .argument('<old>', 'the policy before, e.g. from `git show origin/main:policy.json`')
    .argument('<new>', 'the policy after')
    .option('-j, --json', 'print JSON: {"old", "new", "changed", "changes": [...]}')
    .action((oldFile: string, newFile: string, options: { json?: boolean }): CommandResult => {
      // Only the policies are compared, not their calendar files, so a copy in /tmp works.
      const before = loadPolicyFile(resolve(io.cwd, oldFile), oldFile);
      const after = loadPolicyFile(resolve(io.cwd, newFile), newFile);
      const diff = diffPolicies(before, after);
      io.out(
        options.json
          ? `${JSON.stringify(policyDiffToJson(diff, oldFile, newFile), null, 2)}\n`
          : renderPolicyDiffText(diff, oldFile, newFile, paint),
      );
      return diff.changed ? 'verdict' : 'ok';
    });
}
