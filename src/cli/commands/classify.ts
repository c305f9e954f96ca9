import { Option, type Command } from 'commander';
import {
  classify,
  ENVS,
  explainClassification,
  IMPACTS,
  LANGS,
  READINGS,
  PRIORITY_IDS,
  WORKAROUNDS,
  type Classification,
  type Env,
  type Impact,
  type Lang,
  type PriorityId,
  type Workaround,
  type Reading,
} from '../../classify';
import { quoteValue } from '../../core/quote-value';
import { SlaError } from '../../errors/sla-error';
import { findPlan, findPriority } from '../../policy/lookup';
import type { Policy } from '../../policy/types';
import { failOnMarks, parseClassifyFailOn, type ClassifyFailOn } from '../batch/classify-fail-on';
import { inputMapping, parseFieldMap, type InputMapping } from '../batch/input-mapping';
import { CLASSIFY_MAPPED_FIELDS } from '../batch/read-classify-ticket';
import { INPUT_FORMATS, type InputFormat } from '../batch/read-records';
import { OUTPUT_FORMATS, type OutputFormat } from '../batch/record-writer';
import { endOfBatch } from '../batch/pipeline';
import { choiceOption } from '../choice-option';
import { computeDeadline, type DeadlineOutcome } from '../compute-deadline';
import type { Io } from '../io';
import { jsonOrFormat } from '../json-or-format';
import { loadPolicy, withPolicyOptions, type PolicyOptions } from '../policy-options';
import { renderClassificationText } from '../render/classify/classify-text';
import { deadlineToJson } from '../render/deadline/deadline-json';
import { nowFrom, openedFrom } from '../moments';
import type { CommandResult } from '../sla-command';
import type { CommandContext } from '../command-context';

interface ClassifyOptions extends PolicyOptions {
  env?: Env;
  impact?: Impact;
  workaround?: Workaround;
  requested?: string;
  beta?: boolean;
  plan?: string;
  opened?: string;
  now?: string;
  lang: Lang;
  reading: Reading;
  json?: boolean;
  precise?: boolean;
  failOn?: ReadonlySet<ClassifyFailOn>;
  input?: string;
  inputFormat?: InputFormat;
  format?: OutputFormat;
  map?: string;
}

/**
 * Options (as commander names them) that describe one ticket, which a batch
 * takes from each record instead (`env`, `requested`, ...), or that only the
 * single-ticket output uses (`--opened` defaults to `--now`; `--lang` is the
 * language of the explanation, which a batch record does not carry).
 */
const TICKET_FLAGS = ['env', 'impact', 'workaround', 'requested', 'beta', 'opened', 'now', 'lang', 'precise'];

/** The line `sla classify -` prints on stderr before it reads a ticket typed at a terminal. */
const TERMINAL_HINT = 'reading the ticket from the terminal; end with Ctrl-D';

/** The flags that only a batch (`--input`) reads. */
const BATCH_FLAGS: ReadonlyArray<readonly [keyof ClassifyOptions, string]> = [
  ['inputFormat', '--input-format'],
  ['format', '--format'],
  ['map', '--map'],
];

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
  const [first, ...rest] = words;
  if (first !== undefined && rest.length > 0 && /\s/.test(first.trim())) return `${first}\n${rest.join(' ')}`;
  return words.join(' ');
}

/**
 * The column mapping of `--map` for a classify batch: only the fields it
 * reads from a column of another name. `priority` and `customer` mean
 * something to `sla deadline` and `sla report`, not here: the filed priority
 * is the field `requested`, and there is no plans file, so mapping them is
 * refused (`USAGE`) rather than quietly doing nothing.
 *
 * @example
 * classifyMapping('subject=Summary,body=Description').columns.body //=> 'Description'
 */
export function classifyMapping(text: string): InputMapping {
  const map = parseFieldMap(text);
  for (const field of Object.keys(map)) {
    if (!CLASSIFY_MAPPED_FIELDS.some((f) => f === field)) {
      throw new SlaError(
        'USAGE',
        `invalid --map ${quoteValue(text)}: sla classify does not read the field ${field}; it maps ${CLASSIFY_MAPPED_FIELDS.join(', ')} (the filed priority is the field requested)`,
      );
    }
  }
  return inputMapping({}, map);
}

/**
 * Registers `sla classify`: the priority a ticket deserves by the policy's
 * definitions, from flags and from the ticket's text; or a batch of tickets
 * with `--input`.
 *
 * @example
 * registerClassify(context) // sla classify "Calls drop sometimes" --requested 1
 */
export function registerClassify({ program, io, paint }: CommandContext): void {
  withPolicyOptions(
    program
      .command('classify')
      .description('the priority a ticket deserves by the policy definitions, and whether to reclassify it; or a batch of tickets with --input')
      .argument('[text...]', 'ticket subject and body (English or Dutch); "-" reads standard input')
      .addOption(choiceOption('--env <env>', 'where it happens (default: read from the text, else production)', ENVS))
      .addOption(choiceOption('--impact <impact>', 'what it does to the business (default: read from the text)', IMPACTS))
      .addOption(choiceOption('--workaround <answer>', 'is there a workaround (default: read from the text)', WORKAROUNDS))
      .option('--requested <priority>', "the priority the customer filed, as --priority takes it: 1, P1 or a name such as critical (default: none, which counts as the policy's default)")
      .option('--beta', 'about a beta or developer-preview product (no guaranteed response)')
      .option('-P, --plan <plan>', "also give this plan's target and deadline (with --input: the plan of records without one)")
      .option('-o, --opened <iso>', 'with --plan: when the ticket was opened, or "now" (default: now)')
      .option('-n, --now <iso>', 'the current time, for reproducible runs, or "now" (default: the clock)')
      .addOption(choiceOption('--lang <lang>', 'language of the explanation', LANGS).default('en'))
      .addOption(choiceOption('--reading <how>', 'how the text is read: combined (the phrases and the statistical reading) or rules (the phrases alone)', READINGS).default('combined'))
      .option('-j, --json', 'print the verdict as JSON (with --input: --format json)')
      .option('--precise', 'in text, show the milliseconds of times that have them (JSON always does)')
      .option('--fail-on <marks>', 'exit 1 when a verdict is one of: down, up, review, low-confidence (a comma list)', parseClassifyFailOn)
      .addOption(new Option('--input <file>', 'a batch of tickets: NDJSON or CSV with a header, "-" for standard input').conflicts(TICKET_FLAGS))
      .addOption(choiceOption('--input-format <format>', 'with --input: the input format (default: detected from the content)', INPUT_FORMATS))
      .addOption(choiceOption('--format <format>', 'with --input: the output format (default: ndjson)', OUTPUT_FORMATS))
      .option('--map <field=Column,...>', "with --input: the input column of a field (subject, body, opened, plan, beta, id), e.g. 'subject=Summary,body=Description'"),
  ).action(async (words: string[], options: ClassifyOptions, command: Command): Promise<CommandResult> => {
    if (options.input !== undefined) return classifyBatch(options.input, words, options, io);
    // commander declares conflicts, not options that need another: these are checked here.
    const batchOnly = BATCH_FLAGS.find(([key]) => options[key] !== undefined);
    if (batchOnly) throw new SlaError('USAGE', `${batchOnly[1]} is for a batch of tickets (--input FILE); one ticket prints text, or JSON with --json`);
    // Typed alone at a prompt, `sla classify` would judge an empty ticket: say what it takes instead.
    if (words.length === 0 && options.impact === undefined && io.stdinIsTTY) throw noTicketText(command);

    // Every flag is checked before anything is read or printed.
    const lang = options.lang;
    const facts = {
      ...(options.env !== undefined && { env: options.env }),
      ...(options.impact !== undefined && { impact: options.impact }),
      ...(options.workaround !== undefined && { workaround: options.workaround }),
    };
    const { policy, schedule } = loadPolicy(options, io);
    const requested = options.requested === undefined ? null : requestedPriority(policy, options.requested);
    const plan = options.plan === undefined ? undefined : findPlan(policy, options.plan);
    const now = nowFrom(options.now, schedule.zone, io);
    const openedMs = openedFrom(options.opened, now, schedule.zone);
    const fromStdin = words.length === 1 && words[0] === '-';
    // At a terminal nothing shows that `sla` waits for the ticket to be typed: say so, and how to end it.
    if (fromStdin && io.stdinIsTTY) io.err(`${TERMINAL_HINT}\n`);
    const text = fromStdin ? await io.readStdin() : ticketText(words);

    const verdict: Classification = classify({ text, ...facts, requested, beta: Boolean(options.beta), reading: options.reading }, policy);
    let outcome: DeadlineOutcome | undefined;
    if (plan) {
      const priority = findPriority(policy, String(verdict.priority));
      outcome = computeDeadline(policy, schedule, { openedMs, priority, plan, beta: Boolean(options.beta), explain: false });
    }
    if (options.json) {
      const json = outcome ? { ...verdict, deadline: deadlineToJson(outcome, schedule.zone) } : verdict;
      io.out(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      io.out(renderClassificationText(verdict, explainClassification(verdict, policy, lang), outcome, schedule.zone.name, paint, { precise: options.precise }));
    }
    return failOnMarks(verdict).some((mark) => options.failOn?.has(mark)) ? 'verdict' : 'ok';
  });
}

/**
 * The usage error of `sla classify` run with no ticket text and no `--impact`
 * from a terminal: what to give, and the command's usage line.
 *
 * @example
 * noTicketText(classifyCommand).details //=> ['usage: sla classify [options] [text...]']
 */
export function noTicketText(command: Command): SlaError {
  return new SlaError(
    'USAGE',
    'no ticket text to classify: give the subject and body (sla classify "Calls drop" "Since 9:00 ..."), "-" to read standard input, or --impact',
    [`usage: ${command.parent?.name() ?? 'sla'} ${command.name()} ${command.usage()}`],
  );
}

/**
 * `sla classify --input`: every flag checked, the policy loaded, then the
 * batch streamed; exit 2 after the whole output when records failed, else a
 * verdict (exit 1) when `--fail-on` found a mark.
 */
async function classifyBatch(input: string, words: readonly string[], options: ClassifyOptions, io: Io): Promise<CommandResult> {
  if (words.length > 0) {
    throw new SlaError('USAGE', `ticket text (${quoteValue(words.join(' '))}) is for one ticket: with --input, each record's subject and body (or text) is classified`);
  }
  const format = jsonOrFormat(options, 'ndjson');
  const mapping = options.map === undefined ? undefined : classifyMapping(options.map);
  const loaded = loadPolicy(options, io);
  const defaultPlan = options.plan === undefined ? undefined : findPlan(loaded.policy, options.plan);
  // The batch's reading and writers are loaded only for a batch.
  const { runClassify } = await import('../batch/run-classify');
  const summary = await runClassify({ input, inputFormat: options.inputFormat, format, loaded, defaultPlan, mapping, reading: options.reading }, io);
  return endOfBatch(summary, 'classified', summary.marks.keys(), options.failOn);
}


/**
 * The priority a customer filed, named as `--priority` takes it (`1`, `P1`,
 * `critical`, `Business Critical`), as one the classifier's definitions know.
 *
 * @example
 * requestedPriority(policy, 'P1') //=> 1
 */
function requestedPriority(policy: Policy, text: string): PriorityId {
  const { id } = findPriority(policy, text);
  const known = PRIORITY_IDS.find((p) => p === id);
  if (known === undefined) {
    throw new SlaError('USAGE', `--requested ${quoteValue(text)} is priority ${id}: the classifier knows priorities ${PRIORITY_IDS.join(', ')}`);
  }
  return known;
}
