import { Argument } from 'commander';
import { completeWords } from '../completion/complete-words';
import { COMPLETE_COMMAND, completionScript, SHELLS, type Shell } from '../completion/completion-scripts';
import { dynamicValues } from '../completion/dynamic-values';
import { readChoice } from '../choice-option';
import type { CommandContext } from '../command-context';

/**
 * Registers `sla completion SHELL`, which prints a shell's completion script,
 * and the hidden `sla __complete WORDS...` that the script calls at each
 * Tab: the candidates for the last word, one a line. `__complete` only reads
 * (the policy for plan and priority names, the calendar folder) and prints.
 *
 * @example
 * registerCompletion(context) => settings) // sla completion bash > ~/.local/share/bash-completion/completions/sla
 */
export function registerCompletion({ program, io, settings }: CommandContext): void {
  program
    .command('completion')
    .description('print the shell completion script for bash, zsh or fish')
    // Choices for help, the man page and completion; the parser accepts any letter case, as choiceOption does.
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS).argParser((text: string) => readChoice('shell', text, SHELLS)))
    .action((shell: Shell) => {
      io.out(completionScript(shell, program.name()));
    });
  program
    .command(COMPLETE_COMMAND, { hidden: true })
    .description('the candidates for the last of WORDS, one a line (called by the completion scripts)')
    .argument('[words...]', 'the words after the program name, the last one being completed')
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .action((words: string[] = []) => {
      const candidates = completeWords(program, words, dynamicValues({ io, settings }));
      if (candidates.length > 0) io.out(`${candidates.join('\n')}\n`);
    });
}
