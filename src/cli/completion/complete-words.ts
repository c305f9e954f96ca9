import type { Command, Option } from 'commander';

/** Values an option takes that only the policy or the installation knows: plans, priorities, calendars, zones. */
export type DynamicValues = (flag: string, context: CompletionContext) => readonly string[];

/** What the words before the one being completed say, for values that depend on them (`--policy` for plans). */
export interface CompletionContext {
  /** The command the words reach, e.g. `deadline` or `policy test`. */
  readonly command: Command;
  /** Options given so far, by long flag, with their value (`--policy` → `acme.json`). */
  readonly given: ReadonlyMap<string, string>;
}

/** An option that takes a value, as the word after it or after `=`. */
const takesValue = (option: Option): boolean => option.required || option.optional;

/** The visible subcommands of a command, as its help lists them. */
function subcommands(command: Command): Command[] {
  return command.createHelp().visibleCommands(command).filter((c) => c.name() !== 'help');
}

/** The options a word may be on a command: its own and, as commander reads them anywhere, the root's. */
function optionsOf(command: Command): Option[] {
  const chain: Command[] = [];
  for (let c: Command | null = command; c; c = c.parent) chain.push(c);
  return chain.flatMap((c) => c.createHelp().visibleOptions(c));
}

function findOption(command: Command, flag: string): Option | undefined {
  return optionsOf(command).find((o) => o.long === flag || o.short === flag);
}

/**
 * The completions of the last word of a command line (the words after `sla`,
 * the last one being completed, maybe empty), from the commander tree:
 * subcommand names, a command's flags, the choices of a `.choices()` option,
 * and values only the policy knows through `dynamic`. Words are matched by
 * their start; values of a comma list (`--holidays nl,b`) complete the last
 * item. Bash splits `--plan=pro` into `--plan`, `=`, `pro`: that form is
 * understood and only the value completed; `--plan=pro` as one word (zsh,
 * fish) completes to `--plan=professional`.
 *
 * @example
 * completeWords(program, ['dead'], () => []) //=> ['deadline']
 * completeWords(program, ['deadline', '--plan', ''], dynamic) //=> ['basic', 'professional', 'advanced']
 */
export function completeWords(program: Command, words: readonly string[], dynamic: DynamicValues): string[] {
  const before = words.slice(0, -1);
  const current = words[words.length - 1] ?? '';
  let command = program;
  const given = new Map<string, string>();
  // Past a positional word no subcommand follows; past `--` no option does either.
  let positional = false;
  let dashDash = false;
  let pending: Option | undefined;
  let operands = 0;
  for (const word of before) {
    if (pending !== undefined) {
      if (word !== '=') {
        given.set(pending.long ?? '', word);
        pending = undefined;
      }
      continue;
    }
    if (word === '--') {
      positional = true;
      dashDash = true;
      continue;
    }
    if (word.startsWith('-') && !dashDash) {
      const [flag, value] = splitAssignment(word);
      const option = findOption(command, flag);
      if (option !== undefined && takesValue(option)) {
        if (value === undefined) pending = option;
        else given.set(option.long ?? flag, value);
      }
      continue;
    }
    const sub = positional ? undefined : subcommands(command).find((c) => c.name() === word || c.aliases().includes(word));
    if (sub !== undefined) command = sub;
    else {
      positional = true;
      operands += 1;
    }
  }
  const context: CompletionContext = { command, given };
  if (pending !== undefined) return valuesOf(pending, current === '=' ? '' : current, context, dynamic, '');
  if (current.startsWith('-') && !dashDash) {
    const [flag, value] = splitAssignment(current);
    const option = value === undefined ? undefined : findOption(command, flag);
    if (option !== undefined && value !== undefined) return valuesOf(option, value, context, dynamic, `${flag}=`);
    const flags = optionsOf(command).flatMap((o) => (o.long ? [o.long] : o.short ? [o.short] : []));
    return unique(flags).filter((f) => f.startsWith(current));
  }
  const names = positional ? [] : subcommands(command).map((c) => c.name());
  // An argument with `.choices()` (`sla completion <shell>`) completes like an option's value; the last one may repeat.
  const args = command.registeredArguments;
  const argument = args[Math.min(operands, args.length - 1)];
  const choices = argument !== undefined && (operands < args.length || argument.variadic) ? (argument.argChoices ?? []) : [];
  return unique([...names, ...choices]).filter((n) => n.startsWith(current));
}

/** `--plan=pro` as flag and value; a word without `=` as the flag alone. */
function splitAssignment(word: string): [string, string | undefined] {
  const at = word.indexOf('=');
  return at < 0 ? [word, undefined] : [word.slice(0, at), word.slice(at + 1)];
}

/** The values of one option that start as `typed` does (its last comma item, for lists), each after `prefix`. */
function valuesOf(option: Option, typed: string, context: CompletionContext, dynamic: DynamicValues, prefix: string): string[] {
  const values = option.argChoices ?? dynamic(option.long ?? '', context);
  const comma = typed.lastIndexOf(',');
  // A list's earlier items stay as typed; only a list-valued option gives several (dynamic says so by `none`).
  const head = comma >= 0 ? typed.slice(0, comma + 1) : '';
  const last = typed.slice(comma + 1).toLowerCase();
  return unique(values.filter((v) => v.toLowerCase().startsWith(last)).map((v) => `${prefix}${head}${v}`));
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
