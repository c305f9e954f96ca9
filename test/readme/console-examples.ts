import { shellWords } from './shell-words';

/** One `$ ` command of a ```console block and the lines the README shows under it. */
export interface ConsoleExample {
  /** The command as written, continuation lines joined by a newline. */
  command: string;
  /** The README line the command starts on (1-based). */
  line: number;
  /** The lines shown under it, up to the next command or the end of the block, without trailing blank lines. */
  expected: string[];
}

/**
 * The commands of every ```console block of a Markdown text: a line starting
 * with `$ ` is a command (a line ending in `\` continues on the next), and the
 * lines after it, up to the next command or the end of the block, are its output.
 */
export function consoleExamples(markdown: string): ConsoleExample[] {
  const lines = markdown.split('\n');
  const examples: ConsoleExample[] = [];
  let inBlock = false;
  let current: ConsoleExample | undefined;
  const finish = () => {
    if (!current) return;
    while (current.expected.length > 0 && current.expected[current.expected.length - 1]!.trim() === '') current.expected.pop();
    examples.push(current);
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!inBlock) {
      if (line.trim() === '```console') inBlock = true;
      continue;
    }
    if (line.trim() === '```') {
      finish();
      inBlock = false;
    } else if (line.startsWith('$ ')) {
      finish();
      let command = line.slice(2);
      const start = i + 1;
      while (command.endsWith('\\') && i + 1 < lines.length) command += '\n' + lines[++i];
      current = { command, line: start, expected: [] };
    } else if (current) {
      current.expected.push(line);
    }
  }
  return examples;
}

/** What a command asks for: a program with its arguments, optional standard input from a file, and an optional `| head -n N`. */
export interface ParsedCommand {
  program: string;
  args: string[];
  stdinFile?: string;
  head?: number;
}

/** Reads a command of the forms `PROGRAM ARGS... [< FILE] [| head -n N]`; throws on any other shell syntax. */
export function parseCommand(command: string): ParsedCommand {
  const words = shellWords(command);
  const operator = (i: number) => !words[i]!.quoted && (words[i]!.text === '<' || words[i]!.text === '|');
  const args: string[] = [];
  let stdinFile: string | undefined;
  let head: number | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!operator(i)) {
      args.push(word.text);
    } else if (word.text === '<') {
      const file = words[i + 1];
      if (!file || operator(i + 1)) throw new Error(`"<" without a file: ${command}`);
      stdinFile = file.text;
      i++;
    } else {
      const rest = words.slice(i + 1).map((w) => w.text);
      const n = rest.length === 3 && rest[0] === 'head' && rest[1] === '-n' ? Number(rest[2]) : NaN;
      if (!Number.isInteger(n) || n < 0) throw new Error(`only "| head -n N" is supported after a pipe: ${command}`);
      head = n;
      break;
    }
  }
  const [program, ...rest] = args;
  if (program === undefined) throw new Error(`no command: ${command}`);
  return { program, args: rest, ...(stdinFile !== undefined && { stdinFile }), ...(head !== undefined && { head }) };
}
