import { Option } from 'commander';
import { DEFAULT_WARN, type SlaStatus, type WarnThreshold } from '../../core/sla-status';
import { getZone } from '../../core/zone';
import { judgeTicket } from '../../domain/judge-ticket';
import { SlaError } from '../../errors/sla-error';
import { findPlan, findPriority } from '../../policy/lookup';
import { inputMappingRequest, ticketReadingFrom, withInputMappingOptions, type InputMappingOptions } from '../batch/input-mapping-options';
import { INPUT_FORMATS, type InputFormat } from '../batch/read-records';
import { OUTPUT_FORMATS, type OutputFormat } from '../batch/record-writer';
import { endOfBatch } from '../batch/pipeline';
import { parseFailOn, parseWarn } from '../batch/status-options';
import { choiceOption } from '../choice-option';
import { jsonOrFormat } from '../json-or-format';
import { loadPolicy, withPolicyOptions, type PolicyOptions } from '../policy-options';
import { deadlineToJson } from '../render/deadline/deadline-json';
import { renderDeadlineText } from '../render/deadline/deadline-text';
import { momentFrom, nowFrom, openedFrom } from '../moments';
import type { CommandResult } from '../sla-command';
import type { CommandContext } from '../command-context';

interface DeadlineOptions extends PolicyOptions, InputMappingOptions {
  opened?: string;
  responded?: string;
  now?: string;
  priority?: string;
  plan?: string;
  beta?: boolean;
  tz?: string;
  warn: WarnThreshold;
  failOn?: ReadonlySet<SlaStatus>;
  explain?: boolean;
  json?: boolean;
  precise?: boolean;
  input?: string;
  inputFormat?: InputFormat;
  format?: OutputFormat;
}

/** Options (as commander names them) that describe one ticket, which a batch takes from each record instead (`--plan` and `--priority` are a batch's defaults). */
const TICKET_FLAGS = ['opened', 'responded', 'beta', 'explain', 'precise'];

/** Options that say how a batch's records are read, which one ticket from flags has no use for. */
const MAPPING_FLAGS = [
  ['map', '--map'],
  ['preset', '--preset'],
  ['dateFormat', '--date-format'],
  ['priorityMap', '--priority-map'],
  ['plans', '--plans'],
] as const;

/** The statuses asked about with `--fail-on` that some ticket has, or none. */
function failing(failOn: ReadonlySet<SlaStatus> | undefined, found: Iterable<SlaStatus>): SlaStatus[] {
  return failOn ? [...new Set(found)].filter((s) => failOn.has(s)) : [];
}

/**
 * Registers `sla deadline`: when is a ticket's first response due, and where
 * does it stand now? One ticket from flags, or a batch with `--input`.
 *
 * @example
 * registerDeadline(context) // sla deadline --opened 2025-06-02T10:00:00+02:00 --priority 1 --plan professional
 */
export function registerDeadline({ program, io, paint }: CommandContext): void {
  const command = withInputMappingOptions(
    program
      .command('deadline')
      .description("when a ticket's first response is due, per plan, and its status; or a batch of tickets with --input")
      .option('-o, --opened <iso>', 'when the ticket was opened: ISO 8601 with Z or an offset, or wall time in the policy zone, or "now" (default: now)')
      .option('--responded <iso>', 'when the ticket was first responded to, if it was (for met/missed), or "now"')
      .option('-p, --priority <priority>', 'ticket priority: 1|2|3 or critical|degraded|general (default: the policy default, 3); with --input, for records without one')
      .option('-P, --plan <plan>', 'support plan, e.g. basic|professional|advanced (default: every plan); with --input, for records without one')
      .option('--beta', 'the ticket is about a beta or developer-preview product (no guaranteed response)')
      .option('--tz <zone>', 'print times in this IANA zone (default: the policy zone)')
      .option('-n, --now <iso>', 'the current time, for the status and reproducible runs, or "now" (default: the clock)')
      .addOption(
        new Option('--warn <threshold>', 'at risk with less than this left: a share of the target (25%) or a time (30m, 1h)').argParser(parseWarn).default(DEFAULT_WARN, '25%'),
      )
      .option('--fail-on <statuses>', 'exit 1 when a ticket has one of these statuses, e.g. breached,at-risk', parseFailOn)
      .option('--explain', 'show each business window counted and each day skipped')
      .option('-j, --json', 'print JSON: one object with --plan, else an array (with --input: --format json)')
      .option('--precise', 'in text, show the milliseconds of times that have them (JSON always does)')
      .addOption(new Option('--input <file>', 'a batch of tickets: NDJSON or CSV with a header, "-" for standard input').conflicts(TICKET_FLAGS))
      .addOption(choiceOption('--input-format <format>', 'with --input: the input format (default: detected from the content)', INPUT_FORMATS))
      .addOption(choiceOption('--format <format>', 'with --input: the output format (default: ndjson)', OUTPUT_FORMATS)),
  );
  withPolicyOptions(command).action(async (options: DeadlineOptions): Promise<CommandResult> => {
    // Every flag is checked before the policy is loaded or anything is read or printed.
    const { warn, failOn } = options;
    if (options.input === undefined) {
      // commander declares conflicts, not options that need another: this one is checked here.
      const flag =
        options.inputFormat !== undefined ? '--input-format' : options.format !== undefined ? '--format' : MAPPING_FLAGS.find(([key]) => options[key] !== undefined)?.[1];
      if (flag) throw new SlaError('USAGE', `${flag} is for a batch of tickets (--input FILE); one ticket prints text, or JSON with --json`);
    }
    const batch = options.input === undefined ? undefined : { input: options.input, format: jsonOrFormat(options, 'ndjson'), mapping: inputMappingRequest(options) };
    const { inputFormat } = options;

    const loaded = loadPolicy(options, io);
    const { policy, schedule } = loaded;
    const zone = options.tz === undefined ? schedule.zone : getZone(options.tz);
    const nowMs = nowFrom(options.now, schedule.zone, io);

    if (batch !== undefined) {
      const reading = ticketReadingFrom(batch.mapping, policy, io);
      // What the policy and the reading were made from, for worker threads to make the same (the request `loadPolicy` makes).
      const { map, preset, dateFormat, priorityMap, plans, plan, priority } = options;
      const workers = {
        policy: { policyPath: options.policy, calendars: options.holidays, cwd: io.cwd, holidaysDir: io.holidaysDir, allowAnyPath: options.allowAnyPath === true },
        mapping: { map, preset, dateFormat, priorityMap, plans, plan, priority },
      };
      // The batch's reading, threads and writers are loaded only for a batch.
      const { runBatch } = await import('../batch/run-batch');
      const summary = await runBatch({ input: batch.input, inputFormat, format: batch.format, loaded, zone, nowMs, warn, reading, workers }, io);
      return endOfBatch(summary, 'computed', summary.statuses.keys(), failOn);
    }

    const openedMs = openedFrom(options.opened, nowMs, schedule.zone);
    const respondedMs = momentFrom(options.responded, nowMs, schedule.zone);
    const priority = options.priority === undefined ? policy.defaultPriority : findPriority(policy, options.priority);
    const plans = options.plan === undefined ? policy.plans : [findPlan(policy, options.plan)];
    const ticket = { openedMs, priority, beta: Boolean(options.beta), respondedMs, explain: Boolean(options.explain) };
    const judged = plans.map((plan) => judgeTicket({ policy, schedule, nowMs, warn }, { ...ticket, plan }));
    const outcomes = judged.map((j) => j.outcome);
    const statuses = judged.map((j) => j.status);
    if (options.json) {
      const json = outcomes.map((o, i) => deadlineToJson(o, zone, statuses[i]));
      io.out(`${JSON.stringify(options.plan === undefined ? json : json[0], null, 2)}\n`);
    } else {
      io.out(renderDeadlineText(outcomes, zone.name, paint, statuses, { nowMs, precise: options.precise }));
    }
    return failing(failOn, statuses.map((s) => s.status)).length > 0 ? 'verdict' : 'ok';
  });
}

