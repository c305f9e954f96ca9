import { resolve } from 'node:path';
import type { Command } from 'commander';
import { SlaError } from '../../errors/sla-error';
import { readTextFile } from '../../io/read-text-file';
import { findPlan, findPriority } from '../../policy/lookup';
import type { Policy } from '../../policy/types';
import type { Io } from '../io';
import { ISO_FORMAT, parseDateFormat, type DateFormat } from './date-format';
import { findPreset, EXPORT_PRESETS, type ExportPreset } from './export-presets';
import { inputMapping, parseFieldMap, MAPPED_FIELDS, type InputMapping } from './input-mapping';
import { PlansLookup } from './plans-lookup';
import { mergePriorityWords, parsePriorityMap, resolvePriorityWords } from './priority-map';
import type { TicketReading } from './read-ticket';

/** The flags that say how an input's records are read, as commander hands them over. */
export interface InputMappingOptions {
  map?: string;
  preset?: string;
  dateFormat?: string;
  priorityMap?: string;
  plans?: string;
  plan?: string;
  priority?: string;
}

/** The flags read and checked, before the policy is loaded: what {@link ticketReadingFrom} resolves against it. */
export interface InputMappingRequest {
  readonly mapping: InputMapping;
  readonly dateFormat: DateFormat;
  readonly dateFormatLabel: string;
  readonly preset: ExportPreset | undefined;
  readonly priorityWords: ReadonlyMap<string, string>;
  readonly priorityWordsLabel: string;
  readonly plansPath: string | undefined;
  readonly plan: string | undefined;
  readonly priority: string | undefined;
}

/**
 * Adds the flags that read a helpdesk's export to a batch command: `--map`,
 * `--preset`, `--date-format`, `--priority-map` and `--plans`, and `--plan`
 * and `--priority` (defaults for records without them) when the command has
 * none of its own. The same for every command that reads tickets, so that a
 * mapping means the same everywhere.
 *
 * @example
 * withInputMappingOptions(program.command('report').argument('<file>'))
 */
export function withInputMappingOptions(command: Command): Command {
  const presets = EXPORT_PRESETS.map((p) => p.name).join('|');
  command
    .option('--map <field=Column,...>', `the input column of each field (${MAPPED_FIELDS.join(', ')}), e.g. 'opened=Created at,priority=Urgency'`)
    .option('--preset <name>', `the columns, date format and priority words of a helpdesk export: ${presets}`)
    .option('--date-format <pattern>', 'how dates are written: iso (default), epoch, epoch-ms, or a date-fns pattern such as "dd/MMM/yy h:mm a" (a wall time in the policy zone unless it has an offset)')
    .option('--priority-map <word=priority,...>', "helpdesk priority words and the policy's priorities, e.g. urgent=1,high=2,normal=3,low=3")
    .option('--plans <file>', 'the plan of each customer (--map customer=Column): CSV with the header customer,plan, or a JSON object {"Customer": "plan"}');
  const has = (flag: string): boolean => command.options.some((o) => o.long === flag);
  if (!has('--plan')) command.option('-P, --plan <plan>', 'the plan of records without one');
  if (!has('--priority')) command.option('-p, --priority <priority>', 'the priority of records without one (default: the policy default)');
  return command;
}

/**
 * Reads and checks the mapping flags without the policy: the preset, with
 * `--map`, `--date-format` and `--priority-map` over its entries. Refuses
 * (`USAGE`) an unknown preset, field or date pattern.
 *
 * @example
 * inputMappingRequest({ preset: 'zendesk', plan: 'professional' }).mapping.columns.opened //=> 'Created at'
 */
export function inputMappingRequest(options: InputMappingOptions): InputMappingRequest {
  const preset = options.preset === undefined ? undefined : findPreset(options.preset);
  const presetLabel = preset === undefined ? undefined : `--preset ${preset.name}`;
  const map = options.map === undefined ? {} : parseFieldMap(options.map);
  const mapping = inputMapping(preset?.columns ?? {}, map, presetLabel);
  const dateFormat =
    options.dateFormat !== undefined ? parseDateFormat(options.dateFormat) : preset !== undefined ? parseDateFormat(preset.dateFormat, presetLabel) : ISO_FORMAT;
  const dateFormatLabel = options.dateFormat !== undefined || presetLabel === undefined ? '--date-format' : `the date format of ${presetLabel}`;
  const fromPreset = new Map(Object.entries(preset?.priorities ?? {}));
  const fromFlag = options.priorityMap === undefined ? new Map<string, string>() : parsePriorityMap(options.priorityMap);
  const priorityWordsLabel = options.priorityMap === undefined ? (presetLabel ?? '--priority-map') : presetLabel === undefined ? '--priority-map' : `--priority-map or ${presetLabel}`;
  return {
    mapping,
    dateFormat,
    dateFormatLabel,
    preset,
    priorityWords: mergePriorityWords(fromPreset, fromFlag),
    priorityWordsLabel,
    plansPath: options.plans,
    plan: options.plan,
    priority: options.priority,
  };
}

/**
 * The request resolved against the policy: default plan and priority looked
 * up, priority words checked, and the plans file read (relative to the working
 * directory, with the safe reader: a regular file of at most 10 MiB), all
 * before the first record, so that a wrong flag or file stops the run at once
 * (exit 2).
 *
 * @example
 * const reading = ticketReadingFrom(inputMappingRequest({ preset: 'zendesk', plan: 'professional' }), policy, io);
 * new TicketReader(policy, zone, reading)
 */
export function ticketReadingFrom(request: InputMappingRequest, policy: Policy, io: Pick<Io, 'cwd'>): TicketReading {
  const prefixed = (flag: string, run: () => void): void => {
    try {
      run();
    } catch (err) {
      if (err instanceof SlaError) throw new SlaError(err.code, `${flag}: ${err.message}`);
      throw err;
    }
  };
  let defaultPlan: TicketReading['defaultPlan'];
  let defaultPriority: TicketReading['defaultPriority'];
  const { plan, priority } = request;
  if (plan !== undefined) prefixed('--plan', () => (defaultPlan = findPlan(policy, plan)));
  if (priority !== undefined) prefixed('--priority', () => (defaultPriority = findPriority(policy, priority)));
  const priorityWords = request.priorityWords.size === 0 ? undefined : resolvePriorityWords(request.priorityWords, policy, request.priorityWordsLabel);
  let plans: PlansLookup | undefined;
  if (request.plansPath !== undefined) {
    const text = readTextFile(resolve(io.cwd, request.plansPath), { code: 'INVALID_INPUT', what: 'plans', label: request.plansPath });
    plans = PlansLookup.parse(text, request.plansPath, policy);
  }
  return {
    mapping: request.mapping,
    dateFormat: request.dateFormat,
    dateFormatLabel: request.dateFormatLabel,
    priorityWords,
    defaultPlan,
    defaultPriority,
    plans,
  };
}
