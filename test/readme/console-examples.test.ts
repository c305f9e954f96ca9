import { consoleExamples, parseCommand } from './console-examples';

const README = [
  'Text',
  '```console',
  '$ cat a.txt',
  'line 1',
  '',
  '$ sla deadline \\',
  '      --now x',
  'out',
  '',
  '```',
  '```',
  '$ not a console block',
  '```',
].join('\n');

describe('consoleExamples', () => {
  it('reads each command with the lines up to the next command, without trailing blank lines', () => {
    expect(consoleExamples(README)).toEqual([
      { command: 'cat a.txt', line: 3, expected: ['line 1'] },
      { command: 'sla deadline \\\n      --now x', line: 6, expected: ['out'] },
    ]);
  });
});

describe('parseCommand', () => {
  it('reads the program and its arguments', () => {
    expect(parseCommand(`sla classify "a b" --requested 1`)).toEqual({ program: 'sla', args: ['classify', 'a b', '--requested', '1'] });
  });

  it('reads standard input from "< FILE"', () => {
    expect(parseCommand('sla classify - < ticket.txt')).toEqual({ program: 'sla', args: ['classify', '-'], stdinFile: 'ticket.txt' });
  });

  it('reads "| head -n N"', () => {
    expect(parseCommand('sla table | head -n 3')).toEqual({ program: 'sla', args: ['table'], head: 3 });
  });

  it('takes a quoted < as an argument', () => {
    expect(parseCommand(`sla classify '<'`)).toEqual({ program: 'sla', args: ['classify', '<'] });
  });

  it('refuses any other pipe', () => {
    expect(() => parseCommand('sla table | wc -l')).toThrow(/head -n N/);
  });
});
