import type { Command } from 'commander';
import {
  classify,
  explainClassification,
  parseEnv,
  parseImpact,
  parseLang,
  parseRequested,
  parseWorkaround,
  type Classification,
} from '../../classify';
import { findPlan, findPriority } from '../../policy/lookup';
import { computeDeadline, type DeadlineOutcome } from '../compute-deadline';
import type { Io } from '../io';
import type { Paint } from '../paint';
import { loadPolicy, withPolicyOptions, type PolicyOptions } from '../policy-options';
import { renderClassificationText } from '../render/classify-text';
import { deadlineToJson } from '../render/deadline/deadline-json';
import { nowFrom, openedFrom } from '../moments';

interface ClassifyOptions extends PolicyOptions {
  env?: string;
  impact?: string;
  workaround?: string;
  requested?: string;
  beta?: boolean;
  plan?: string;
  opened?: string;
  now?: string;
  lang?: string;
  json?: boolean;
}

/**
 * The ticket text from the command-line words. `sla classify "Subject line"
 * "Body ..."`: a first argument with a space in it is the subject, its own
 * sentence; unquoted words (`sla classify calls drop sometimes`) are one text.
 *
 * @example
 * ticketText(['Calls down', 'Nobody can call. Kind regards, Ann']) //=> 'Calls down\nNobody can call. Kind regards, Ann'
 * ticketText(['calls', 'drop'])                                    //=> 'calls drop'
 */
export function ticketText(words: readonly string[]): string {
  if (words.length >= 2 && /\s/.test(words[0]!.trim())) return `${words[0]}\n${words.slice(1).join(' ')}`;
  return words.join(' ');
}

/**
 * Registers `sla classify`: the priority a ticket deserves by the policy's
 * definitions, from flags and from the ticket's text.
 *
 * @example
 * registerClassify(program, io, paint) // sla classify "Calls drop sometimes" --requested 1
 */
export function registerClassify(program: Command, io: Io, paint: Paint): void {
  withPolicyOptions(
    program
      .command('classify')
      .description('the priority a ticket deserves by the policy definitions, and whether to reclassify it')
      .argument('[text...]', 'ticket subject and body (English or Dutch); "-" reads standard input')
      .option('--env <env>', 'where it happens: production|staging|development (default: read from the text, else production)')
      .option('--impact <impact>', 'outage|function-down|degraded|intermittent|question|how-to|feature-request|development')
      .option('--workaround <answer>', 'is there a workaround: yes|no|unknown')
      .option('--requested <priority>', 'the priority the customer filed: 1|2|3 (default: none, which counts as 3)')
      .option('--beta', 'about a beta or developer-preview product (no guaranteed response)')
      .option('--plan <plan>', "also give this plan's target and deadline")
      .option('--opened <iso>', 'with --plan: when the ticket was opened (default: now)', 'now')
      .option('--now <iso>', 'the current time, for reproducible runs (default: the clock)')
      .option('--lang <lang>', 'language of the explanation: en|nl', 'en')
      .option('--json', 'print the verdict as JSON'),
  ).action(async (words: string[], options: ClassifyOptions) => {
    // Every flag is checked before anything is read or printed.
    const lang = parseLang(options.lang);
    const facts = {
      ...(options.env !== undefined && { env: parseEnv(options.env) }),
      ...(options.impact !== undefined && { impact: parseImpact(options.impact) }),
      ...(options.workaround !== undefined && { workaround: parseWorkaround(options.workaround) }),
    };
    const requested = options.requested === undefined ? null : parseRequested(options.requested);
    const { policy, schedule } = loadPolicy(options, io);
    const plan = options.plan === undefined ? undefined : findPlan(policy, options.plan);
    const now = nowFrom(options.now, schedule.zone, io);
    const openedMs = openedFrom(options.opened, now, schedule.zone);
    const text = words.length === 1 && words[0] === '-' ? await io.readStdin() : ticketText(words);

    const verdict: Classification = classify({ text, ...facts, requested, beta: Boolean(options.beta) }, policy);
    let outcome: DeadlineOutcome | undefined;
    if (plan) {
      const priority = findPriority(policy, String(verdict.priority));
      outcome = computeDeadline(policy, schedule, { openedMs, priority, plan, beta: Boolean(options.beta), explain: false });
    }
    if (options.json) {
      const json = outcome ? { ...verdict, deadline: deadlineToJson(outcome, schedule.zone) } : verdict;
      io.out(`${JSON.stringify(json, null, 2)}\n`);
      return;
    }
    io.out(renderClassificationText(verdict, explainClassification(verdict, policy, lang), outcome, schedule.zone.name, paint));
  });
}
