import type { Argument, Command, Help, Option } from 'commander';
import { CONFIG_KEYS, configKeyForFlag } from '../config/config-keys';
import { PROJECT_CONFIG_NAME } from '../config/find-config-files';
import { roffFlags, roffText } from './roff';

/** The man page's examples: a command line and what it does. */
const EXAMPLES: readonly (readonly [string, string])[] = [
  ['sla deadline --opened 2025-06-06T16:00:00+02:00 --priority 2 --plan professional --explain', 'When a P2 ticket on the Professional plan is due, with every business window counted.'],
  ['sla deadline --input tickets.csv --fail-on breached', 'Judge a batch of tickets; exit 1 when one is breached.'],
  ['sla report tickets.csv --from 2025-06-01 --to 2025-06-30', 'How well the SLA was kept in June.'],
  ['sla table --format markdown --lang nl', 'The response-time matrix as a Markdown table with Dutch labels.'],
  ['sla holidays --calendar de --year 2026', 'The German public holidays of 2026.'],
  ['sla policy validate policy.json && sla policy test cases.ndjson --policy policy.json', 'Check a policy file and its expected deadlines.'],
  ['echo \'{"policy": "./policy.json", "plan": "professional"}\' > sla.config.json', 'Set the project\'s policy and plan once; `sla config` shows what is in effect.'],
  ['source <(sla completion bash)', 'Tab completion in bash (zsh and fish alike).'],
];

const EXIT_STATUSES: readonly (readonly [number, string])[] = [
  [0, 'Success. A ticket that is not covered is an answer, not an error.'],
  [1, 'A negative verdict the user asked about: a --fail-on status found, a failed policy test, a policy that changed.'],
  [2, 'Bad input or usage, a bad setting in the environment or a config file included; the message names the bad value and what is accepted.'],
  [3, 'Output could not be written (OUTPUT_FAILED), or an internal error.'],
];

const ENVIRONMENT: readonly (readonly [string, string])[] = [
  ['SLA_POLICY', 'The policy file, as --policy (relative to the working directory). Over config files, under the flag.'],
  ['SLA_HOLIDAYS', 'The holiday calendars, as --holidays (and --calendar of sla holidays): a comma list of names or paths, or "none".'],
  ['XDG_CONFIG_HOME', 'Where the user config file is looked for: $XDG_CONFIG_HOME/sla/config.json.'],
  ['HOME', 'Without XDG_CONFIG_HOME, the user config file is ~/.config/sla/config.json.'],
  ['NO_COLOR', 'Set and not empty: never colour the output (as --no-color).'],
  ['FORCE_COLOR', 'Set and not empty: colour the output even when it is not a terminal; 0 never colours.'],
];

/** The commands that run something, depth first in the order help lists them: `deadline`, `policy validate`, ... */
function leafCommands(command: Command, help: Help): Command[] {
  return help
    .visibleCommands(command)
    .filter((c) => c.name() !== 'help')
    .flatMap((c) => (help.visibleCommands(c).some((s) => s.name() !== 'help') ? leafCommands(c, help) : [c]));
}

/** A command's full name from the program down: `sla policy test`. */
function fullName(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** An argument as usage shows it: `<file>`, `[text...]`. */
function argumentTerm(argument: Argument): string {
  const name = `${argument.name()}${argument.variadic ? '...' : ''}`;
  return argument.required ? `<${name}>` : `[${name}]`;
}

/** One option's synopsis item: `[--plan plan]`. */
function synopsisOption(option: Option): string {
  const flag = (option.long ?? option.short ?? '').replace(/-/g, '\\-');
  const arg = /[<[](.+?)[>\]]/.exec(option.flags)?.[1];
  return `[\\fB${flag}\\fR${arg === undefined ? '' : ` \\fI${roffText(arg)}\\fR`}]`;
}

/** What a man page says about one option: its description, accepted values, default and setting. */
function optionParagraph(option: Option): string[] {
  const lines = [`.TP`, roffFlags(option.flags)];
  const notes: string[] = [];
  if (option.argChoices) notes.push(`One of: ${option.argChoices.join(', ')}.`);
  if (option.defaultValue !== undefined && option.defaultValueDescription !== undefined) notes.push(`Default: ${option.defaultValueDescription}.`);
  else if (option.defaultValue !== undefined && typeof option.defaultValue !== 'object' && option.defaultValue !== true) notes.push(`Default: ${String(option.defaultValue)}.`);
  const key = configKeyForFlag(option.long);
  if (key !== undefined) notes.push(`Setting: ${key.key}${key.env === undefined ? '' : ` (or ${key.env})`}.`);
  lines.push(roffText(sentences(option.description, notes)));
  return lines;
}

/** A description followed by notes, with a full stop between them when it has none. */
function sentences(description: string, notes: readonly string[]): string {
  if (notes.length === 0) return description;
  return `${description}${/[.!?]$/.test(description) ? '' : '.'} ${notes.join(' ')}`.trim();
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** The paragraph of one command: synopsis-like heading, description, arguments and options. */
function commandSection(command: Command, help: Help): string[] {
  const lines = [`.SS "${fullName(command)}"`, roffText(capitalise(command.description()) + '.')];
  const args = help.visibleArguments(command);
  for (const argument of args) lines.push('.TP', `\\fI${roffText(argumentTerm(argument))}\\fR`, roffText(sentences(argument.description, argument.argChoices ? [`One of: ${argument.argChoices.join(', ')}.`] : [])));
  for (const option of help.visibleOptions(command)) {
    if (option.long === '--help') continue;
    lines.push(...optionParagraph(option));
  }
  return lines;
}

/** The synopsis line of one command: its name, options and arguments. */
function synopsisLine(command: Command, help: Help): string[] {
  const options = help.visibleOptions(command).filter((o) => o.long !== '--help');
  const args = help.visibleArguments(command).map((a) => `\\fI${roffText(argumentTerm(a))}\\fR`);
  return ['.br', `\\fB${fullName(command)}\\fR ${[...options.map(synopsisOption), ...args].join(' ')}`.trimEnd()];
}

/**
 * The `sla(1)` man page, in roff (the `man` macros), written from the
 * commander tree the program parses with: a synopsis line per command, each
 * command's arguments and options with their descriptions, accepted values,
 * defaults and settings, then the global options, settings, environment,
 * files, exit statuses and examples. `scripts/build-man.mjs` writes it to
 * `man/sla.1`; a test compares the file with this, so it never goes stale.
 *
 * @example
 * renderManPage(createProgram(io, () => plain), '0.1.0').startsWith('.TH SLA 1') //=> true
 */
export function renderManPage(program: Command, version: string): string {
  const help = program.createHelp();
  const commands = leafCommands(program, help);
  const name = program.name();
  const lines: string[] = [
    `.\\" Generated by scripts/build-man.mjs from the program's options; do not edit.`,
    `.TH ${name.toUpperCase()} 1 "" "${name} ${version}" "User Commands"`,
    // Ragged right and no hyphenation: flag and value lists (a|b|c) leave too few spaces to justify, and a
    // hyphen added inside a flag, path or variable name would be copied with it.
    '.ad l',
    '.nh',
    '.SH NAME',
    `${name} \\- ${roffText(program.description())}`,
    '.SH SYNOPSIS',
    ...commands.flatMap((c) => synopsisLine(c, help)),
    '.SH DESCRIPTION',
    roffText(
      `${capitalise(program.description())}: when is a ticket's first response due, exactly, under a support policy with business hours, holidays and 24/7 targets. Scriptable (--json) and exact to the millisecond. Every command takes -h, --help.`,
    ),
    '.SH COMMANDS',
    ...commands.flatMap((c) => commandSection(c, help)),
    '.SH GLOBAL OPTIONS',
    ...help
      .visibleOptions(program)
      .flatMap((o) => ['.TP', roffFlags(o.flags), roffText(o.description)]),
    '.SH CONFIGURATION',
    roffText(
      `Settings give defaults to flags so that they need not be repeated. Each setting fills in the flag of that name on every command that has it; a flag given on the command line always wins. Order, first wins: flags, the environment (SLA_POLICY, SLA_HOLIDAYS), the nearest ${PROJECT_CONFIG_NAME} from the working directory up to the root (the search stops at the first one found), the user config file, the built-in defaults. A config file is a JSON object with these keys; any other key is an error naming the file, and a bad value is refused as the flag would refuse it, naming the file and the key. Paths in a config file are relative to its folder. sla config shows each setting, its value and where it comes from.`,
    ),
    ...CONFIG_KEYS.flatMap((k) => [
      '.TP',
      `\\fB${k.key}\\fR`,
      roffText(`${capitalise(k.description)}; fills in ${k.flags.join(', ')}${k.env === undefined ? '' : `; also ${k.env}`}. Default: ${k.fallback}.`),
    ]),
    '.SH ENVIRONMENT',
    ...ENVIRONMENT.flatMap(([variable, text]) => ['.TP', `\\fB${variable}\\fR`, roffText(text)]),
    '.SH FILES',
    '.TP',
    `\\fI${PROJECT_CONFIG_NAME}\\fR`,
    roffText('The project config file, in the working directory or a folder above it.'),
    '.TP',
    '\\fI$XDG_CONFIG_HOME/sla/config.json\\fR, \\fI~/.config/sla/config.json\\fR',
    roffText('The user config file.'),
    '.TP',
    '\\fIholidays/*.json\\fR',
    roffText('The shipped holiday calendars, by name (nl, de, ...), beside the installed program.'),
    '.SH EXIT STATUS',
    ...EXIT_STATUSES.flatMap(([code, text]) => ['.TP', `\\fB${code}\\fR`, roffText(text)]),
    '.SH EXAMPLES',
    ...EXAMPLES.flatMap(([command, text]) => ['.PP', roffText(text), '.PP', '.RS 4', '.nf', `\\f(CR${roffText(command)}\\fR`, '.fi', '.RE']),
    '.SH SEE ALSO',
    roffText('The README.md of the package: the time rules, batch input, reports, policies and calendars in full.'),
  ];
  return `${lines.join('\n')}\n`;
}
