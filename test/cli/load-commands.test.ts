import { ALL_COMMANDS } from '../../src/cli/all-commands';
import { COMMAND_NAMES } from '../../src/cli/command-context';
import { loadCommands } from '../../src/cli/load-commands';
import { plain } from '../../src/cli/paint';
import { createProgram, PROGRAM_FLAGS } from '../../src/cli/program';

const io = { out: () => undefined, err: () => undefined, readStdin: async () => '', now: () => 0, cwd: '.', holidaysDir: 'holidays', color: false };

describe('loadCommands', () => {
  it('loads the named command alone, after the program flags', async () => {
    expect(Object.keys(await loadCommands(['--no-color', 'deadline', '--plan', 'professional']))).toEqual(['deadline']);
  });

  it('loads every command, completion included, when none is named', async () => {
    expect(Object.keys(await loadCommands(['--help']))).toEqual([...COMMAND_NAMES, 'completion']);
  });

  it('loads every command for a name that is no command, so that the error can list them', async () => {
    expect(await loadCommands(['dedline'])).toBe(ALL_COMMANDS);
  });

  it('loads for each command the same registration as the full set', async () => {
    for (const name of COMMAND_NAMES) expect((await loadCommands([name]))[name]).toBe(ALL_COMMANDS[name]);
  });
});

describe('PROGRAM_FLAGS', () => {
  it('lists exactly the flags of the program’s own options', () => {
    const program = createProgram(io, () => plain, ALL_COMMANDS);
    const flags = program.options.flatMap((o) => [o.short, o.long]).filter((f): f is string => f !== undefined);
    expect([...PROGRAM_FLAGS].sort()).toEqual(flags.sort());
  });
});
