import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { at, Problems } from '../../document/problems';
import { SlaError } from '../../errors/sla-error';
import { loadCalendars, type CalendarSources } from '../../holidays/load-calendars';
import { loadPolicyFile } from '../../policy/load-policy';
import { checkSanity } from '../../policy/sanity-rules';
import type { Policy } from '../../policy/types';
import type { Io } from '../io';
import type { Paint } from '../paint';
import { withAnyPathOption } from '../policy-options';

/**
 * Loads each of a policy's calendars on its own, so that every unknown or
 * malformed one is reported, at `holidays[i]`, with the calendar's own problems.
 * Paths are read as the policy file's own: inside its folder unless `allowAnyPath`.
 *
 * @example
 * calendarProblems(policy, { dir: 'holidays', cwd: 'policies', namedIn: 'policies/acme.json' }).lines() //=> ['holidays[1]: unknown holiday calendar "atlantis": ...']
 */
export function calendarProblems(policy: Policy, sources: CalendarSources): Problems {
  const problems = new Problems();
  policy.holidays.forEach((spec, i) => {
    try {
      loadCalendars([spec], sources);
    } catch (err) {
      if (!(err instanceof SlaError)) throw err;
      problems.add(at('holidays', i), err.message);
      for (const detail of err.details) problems.add(at('holidays', i), detail);
    }
  });
  return problems;
}

/** Every problem of one policy file, as `FILE: PATH: message` lines, and the policy when it parsed. */
function validateFile(file: string, io: Io, allowAnyPath: boolean): { lines: string[]; policy?: Policy } {
  const path = resolve(io.cwd, file);
  let policy: Policy;
  try {
    policy = loadPolicyFile(path, file);
  } catch (err) {
    if (!(err instanceof SlaError)) throw err;
    // Schema problems come as `PATH: message` details; a file that is missing or not JSON has none.
    return { lines: err.details.length ? err.details.map((d) => `${file}: ${d}`) : [err.message] };
  }
  const problems = new Problems();
  problems.list.push(...checkSanity(policy), ...calendarProblems(policy, { dir: io.holidaysDir, cwd: dirname(path), namedIn: file, allowAnyPath }).list);
  return { lines: problems.lines(`${file}: `), policy };
}

/**
 * Registers `sla policy validate FILE...`: the schema, the sanity rules and the
 * calendars of each file. Exits 0 with a confirmation per file, or 2 with every
 * problem of every file on stderr (and nothing on stdout).
 *
 * @example
 * registerPolicyValidate(policyCommand, io, paint) // sla policy validate policy.json staging.json
 */
export function registerPolicyValidate(parent: Command, io: Io, paint: Paint): void {
  withAnyPathOption(
    parent
      .command('validate')
      .description('check policy files: schema, sanity rules, holiday calendars')
      .argument('<file...>', 'policy JSON files'),
  ).action((files: string[], options: { allowAnyPath?: boolean }) => {
    const results = files.map((file) => ({ file, ...validateFile(file, io, options.allowAnyPath === true) }));
    const bad = results.filter((r) => r.lines.length > 0);
    if (bad.length) {
      const count = bad.reduce((n, r) => n + r.lines.length, 0);
      throw new SlaError(
        'INVALID_POLICY',
        `${bad.length} of ${files.length} policy file${files.length === 1 ? '' : 's'} ${bad.length === 1 ? 'is' : 'are'} invalid (${count} problem${count === 1 ? '' : 's'})`,
        bad.flatMap((r) => r.lines),
      );
    }
    for (const { file, policy: p } of results) {
      if (p === undefined) continue; // every file without problems has its policy
      const size = `${p.priorities.length} priorit${p.priorities.length === 1 ? 'y' : 'ies'}, ${p.plans.length} plan${p.plans.length === 1 ? '' : 's'}`;
      io.out(`${file}: ${paint.ok('valid')} (${size}, calendars: ${p.holidays.join(', ') || 'none'})\n`);
    }
  });
}
