import type { Command, Option } from 'commander';
import { ALL_COMMANDS } from '../../src/cli/all-commands';
import { createProgram } from '../../src/cli/program';
import { plain } from '../../src/cli/paint';
import { sla } from './run-in-process';
import { version } from '../../package.json';

const NOW = '2025-06-02T11:40:00+02:00';
const OPENED = '2025-06-02T10:00:00+02:00';

/** Every command of the program, the root first. */
function commandsOf(command: Command): Command[] {
  return [command, ...command.commands.flatMap(commandsOf)];
}

const program = createProgram(
  { out: () => undefined, err: () => undefined, readStdin: async () => '', now: () => 0, cwd: '.', holidaysDir: 'holidays', color: false },
  () => plain,
  ALL_COMMANDS,
);
const options = (command: Command): readonly Option[] => command.options;
const named = (name: string): Command => commandsOf(program).find((c) => c.name() === name)!;

describe('short flags', () => {
  it('give sla deadline the same answer as the long ones', async () => {
    const long = await sla(['deadline', '--priority', '1', '--plan', 'professional', '--opened', OPENED, '--now', NOW, '--json']);
    const short = await sla(['deadline', '-p', '1', '-P', 'professional', '-o', OPENED, '-n', NOW, '-j']);
    expect(long.code).toBe(0);
    expect(short).toEqual(long);
  });

  it('give sla classify the same answer as the long ones', async () => {
    const args = ['classify', 'Calls', 'drop', '--requested', '1'];
    const long = await sla([...args, '--plan', 'professional', '--opened', OPENED, '--now', NOW, '--json']);
    expect(long.code).toBe(0);
    expect(await sla([...args, '-P', 'professional', '-o', OPENED, '-n', NOW, '-j'])).toEqual(long);
  });

  it('leave messages naming the long flag, however the option was given', async () => {
    const r = await sla(['deadline', '--input', '-', '-o', 'now']);
    expect([r.code, r.stderr]).toEqual([2, "sla: option '--input <file>' cannot be used with option '--opened <iso>'\n"]);
  });

  it('print JSON with -j on every command that has --json', () => {
    const withJson = commandsOf(program).filter((c) => options(c).some((o) => o.long === '--json'));
    expect(withJson.map((c) => c.name()).sort()).toEqual(expect.arrayContaining(['classify', 'deadline', 'diff', 'holidays', 'report', 'show', 'table', 'test']));
    for (const command of withJson) expect([command.name(), options(command).find((o) => o.long === '--json')!.short]).toEqual([command.name(), '-j']);
  });

  it('take --plan as -P and --priority as -p wherever they are, sla report included', () => {
    for (const command of commandsOf(program)) {
      for (const [long, short] of [['--plan', '-P'], ['--priority', '-p']] as const) {
        const option = options(command).find((o) => o.long === long);
        if (option) expect([command.name(), long, option.short]).toEqual([command.name(), long, short]);
      }
    }
    expect(options(named('report')).filter((o) => o.short === '-P' || o.short === '-p').map((o) => o.long)).toEqual(['--plan', '--priority']);
  });

  it('take --now as -n wherever --now is', () => {
    for (const command of commandsOf(program)) {
      const now = options(command).find((o) => o.long === '--now');
      if (now) expect([command.name(), now.short]).toEqual([command.name(), '-n']);
    }
  });

  it('never give one letter two meanings', () => {
    const meaning = new Map<string, string>();
    for (const command of commandsOf(program)) {
      for (const option of options(command)) {
        if (option.short === undefined) continue;
        // `-V` is the other spelling of `-v, --version`, and has no long flag of its own.
        const long = option.long ?? (option.short === '-V' ? '--version' : option.short);
        expect([option.short, meaning.get(option.short) ?? long]).toEqual([option.short, long]);
        meaning.set(option.short, long);
      }
    }
    expect(Object.fromEntries(meaning)).toMatchObject({ '-p': '--priority', '-P': '--plan', '-o': '--opened', '-j': '--json', '-n': '--now', '-v': '--version' });
  });
});

describe('the version', () => {
  it.each(['-v', '-V', '--version'])('is printed by %s', async (flag) => {
    expect(await sla([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('is listed in help once, as -v, --version', async () => {
    const help = (await sla(['--help'])).stdout;
    expect(help).toMatch(/^ {2}-v, --version /m);
    expect(help).not.toMatch(/-V\b/);
  });
});

describe('help', () => {
  /** The help text of one option, its wrapped lines joined. */
  const optionHelp = async (command: string, flag: string): Promise<string> => {
    const help = (await sla([command, '--help'])).stdout;
    const entry = help.split(/\n(?= {2}-)/).find((e) => e.trim().split(/[ ,]/).includes(flag));
    return entry!.replace(/\s+/g, ' ');
  };

  it.each([
    ['deadline', '--opened'],
    ['classify', '--opened'],
  ])('states the default of %s %s once', async (command, flag) => {
    const text = await optionHelp(command, flag);
    expect(text.match(/default/g)).toHaveLength(1);
    expect(text).toContain('(default: now)');
  });

  it('states no option default twice on any command', () => {
    for (const command of commandsOf(program)) {
      for (const option of options(command)) {
        const shown = option.defaultValueDescription ?? (option.defaultValue === undefined ? undefined : JSON.stringify(option.defaultValue));
        if (shown !== undefined) expect([command.name(), option.long, option.description]).not.toEqual([command.name(), option.long, expect.stringMatching(/\(default:/)]);
      }
    }
  });

  it('names the short flags in the usage of deadline', async () => {
    expect(await optionHelp('deadline', '--priority')).toMatch(/^ -p, --priority <priority>/);
    expect(await optionHelp('deadline', '--plan')).toMatch(/^ -P, --plan <plan>/);
    expect(named('deadline').options.find((o) => o.long === '--opened')!.short).toBe('-o');
  });
});
