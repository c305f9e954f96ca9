import { InvalidArgumentError } from 'commander';
import { jsonOrFormat } from '../../../src/cli/json-or-format';
import { parserMessage, SlaCommand } from '../../../src/cli/sla-command';

/** A program with one command, whose errors are collected instead of printed. */
function program(): { root: SlaCommand; errors: () => string } {
  let errors = '';
  const root = new SlaCommand('t')
    .exitOverride()
    .configureOutput({ writeOut: () => undefined, writeErr: (s) => void (errors += s) })
    .allowExcessArguments(false);
  root
    .command('check')
    .option('--n <n>', 'a number', (text: string) => {
      if (!/^\d+$/.test(text)) throw new InvalidArgumentError(`invalid --n "${text}": give digits`);
      return Number(text);
    })
    .option('--fail', 'return a verdict')
    .action((options: { fail?: boolean }) => (options.fail ? 'verdict' : undefined));
  return { root, errors: () => errors };
}

describe('SlaCommand', () => {
  it('keeps what an action returns on the root command; nothing is ok', async () => {
    const a = program();
    await a.root.parseAsync(['check', '--fail'], { from: 'user' });
    expect(a.root.result).toBe('verdict');
    const b = program();
    await b.root.parseAsync(['check'], { from: 'user' });
    expect(b.root.result).toBe('ok');
  });

  it("prints a parser's own message for a bad value, without the hint", async () => {
    const { root, errors } = program();
    await expect(root.parseAsync(['check', '--n', "it's invalid. x"], { from: 'user' })).rejects.toMatchObject({ code: 'commander.invalidArgument' });
    expect(errors()).toBe(`error: invalid --n "it's invalid. x": give digits\n`);
  });

  it('adds the --help hint when the command line has the wrong shape', async () => {
    const { root, errors } = program();
    await expect(root.parseAsync(['check', '--m'], { from: 'user' })).rejects.toMatchObject({ code: 'commander.unknownOption' });
    expect(errors()).toBe("error: unknown option '--m'\n(run with --help for usage)\n");
  });
});

describe('parserMessage', () => {
  it("keeps the parser's message, for an option or an argument", () => {
    expect(parserMessage("error: option '--warn <threshold>' argument '5x' is invalid. invalid --warn \"5x\": give a time")).toBe('error: invalid --warn "5x": give a time');
    expect(parserMessage("error: command-argument value 'a' is invalid for argument 'file'. bad file")).toBe('error: bad file');
  });

  it('leaves other messages alone', () => {
    expect(parserMessage("error: unknown option '--x'")).toBe("error: unknown option '--x'");
  });
});

describe('jsonOrFormat', () => {
  it('is json for --json, else --format, else the default', () => {
    expect([jsonOrFormat({ json: true }, 'table'), jsonOrFormat({ format: 'csv' }, 'table'), jsonOrFormat({}, 'table')]).toEqual(['json', 'csv', 'table']);
    expect(jsonOrFormat({ json: true, format: 'json' }, 'ndjson')).toBe('json');
  });

  it('refuses --json with another --format', () => {
    expect(() => jsonOrFormat({ json: true, format: 'csv' }, 'table')).toThrow(
      expect.objectContaining({ code: 'USAGE', message: '--json and --format csv ask for different formats: give one of them' }),
    );
  });
});
