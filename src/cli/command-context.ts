import type { Command } from 'commander';
import type { Settings } from './config/settings';
import type { Io } from './io';
import type { Paint } from './paint';

/** What a command is given when it adds itself to the program. */
export interface CommandContext {
  /** The program the command is added to. */
  readonly program: Command;
  readonly io: Io;
  /** The colouring, decided once the options are parsed. */
  readonly paint: Paint;
  /** The settings in effect (environment, config files), looked up on first use. */
  readonly settings: () => Settings;
  /** Whether `sla config` runs when no command is named (`sla --print-config` alone). */
  readonly configIsDefault: boolean;
}

/** Adds one command (with its subcommands) to the program. */
export type RegisterCommand = (context: CommandContext) => void;

/** The commands a user names; `completion` is added only with all of them. */
export const COMMAND_NAMES = ['deadline', 'table', 'policy', 'classify', 'report', 'holidays', 'config'] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];

/** The commands a program is built with, in the order help lists them. */
export type CommandSet = Partial<Record<CommandName | 'completion', RegisterCommand>>;

/**
 * Whether `name` is a command a user can name.
 *
 * @example
 * isCommandName('deadline') //=> true
 * isCommandName('completion') //=> false
 */
export function isCommandName(name: string): name is CommandName {
  return COMMAND_NAMES.some((command) => command === name);
}
