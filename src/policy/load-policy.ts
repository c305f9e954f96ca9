import { readJsonFile } from '../io/read-json-file';
import defaultPolicyDocument from './default-policy.json';
import { parsePolicy } from './parse-policy';
import type { Policy } from './types';

let builtIn: Policy | undefined;

/**
 * The built-in policy: the vendor's published matrix, stored as
 * `src/policy/default-policy.json`.
 *
 * @example
 * defaultPolicy().plans.map((p) => p.id) //=> ['basic', 'professional', 'advanced']
 */
export function defaultPolicy(): Policy {
  builtIn ??= parsePolicy(defaultPolicyDocument, 'built-in');
  return builtIn;
}

/**
 * Reads and validates a policy file. Throws `POLICY_NOT_FOUND` when it cannot be
 * read (missing, not a regular file, over the 10 MiB limit) and
 * `INVALID_POLICY` when it is not JSON or breaks a rule.
 *
 * @example
 * loadPolicyFile('./acme-policy.json').name //=> 'Acme support'
 */
export function loadPolicyFile(path: string, label: string = path): Policy {
  return parsePolicy(readJsonFile(path, { code: 'POLICY_NOT_FOUND', malformed: 'INVALID_POLICY', what: 'policy', label }), label);
}
