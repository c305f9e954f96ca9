// Runs every ```console example of README.md and compares what `sla` prints with
// what the README shows, so that an example that no longer matches fails here.
//
// - A line starting with `$ ` is a command (a trailing `\` continues it); the lines
//   after it, up to the next command or the end of the block, are its output.
// - Commands run from `examples/`, which holds the files the examples read.
//   `sla ...` runs in process (test/cli/run-in-process.ts), with `< FILE` as its
//   standard input; `cat FILE` prints the file; `| head -n N` keeps the first N lines.
//   Words are split as a POSIX shell splits them (./shell-words.ts); nothing is expanded.
// - The README shows what a terminal shows: stdout and stderr together. `sla` writes
//   its stderr lines (a summary, a note on a written file) after its stdout, so the
//   output compared is stdout (cut by any `| head -n N`) followed by stderr, line by
//   line, with trailing blank lines and trailing blanks of each line left out on both
//   sides.
// - Each example runs at two clock readings years apart and must print the shown
//   output at both: an example whose output depends on the clock must pin it with
//   `--now`.
// - A command that writes a file runs in a fresh copy of `examples/`, so the folder
//   stays as it is.
// - Commands this test cannot run are listed in SKIPPED with the reason.

import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, sla } from '../cli/run-in-process';
import { consoleExamples, parseCommand, type ConsoleExample } from './console-examples';

const EXAMPLES = join(ROOT, 'examples');

/** Commands (as written in the README) not run, with the reason. */
const SKIPPED: Array<{ pattern: RegExp; reason: string }> = [
  { pattern: /^npm /, reason: 'installs or runs npm, not sla' },
  { pattern: /^git /, reason: 'needs a repository' },
  { pattern: /^source <\(/, reason: 'shell completion needs a shell' },
  { pattern: /(zendesk|jira|freshdesk)-export\.csv/, reason: 'shown without output: a list of helpdesk commands' },
  { pattern: /^sla report .*--html /, reason: 'output abridged to "(the text report, as above)"' },
];

/** Commands that write a file into their working directory. */
const WRITES_FILES = ['sla policy init '];

/** Two clock readings years apart, neither near the examples' dates. */
const CLOCKS = [Date.UTC(2021, 0, 4, 8, 0), Date.UTC(2031, 6, 15, 20, 30)];

const lines = (text: string) => {
  const out = text.split('\n').map((line) => line.trimEnd());
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
};

async function runAt(clock: number, example: ConsoleExample, cwd: string): Promise<string[]> {
  const command = parseCommand(example.command);
  let stdout: string;
  let stderr = '';
  if (command.program === 'cat') {
    stdout = command.args.map((file) => readFileSync(join(cwd, file), 'utf8')).join('');
  } else if (command.program === 'sla') {
    const input = command.stdinFile === undefined ? undefined : readFileSync(join(cwd, command.stdinFile), 'utf8');
    // Only Date is faked: the clock reads `clock`, everything else runs as usual.
    jest.useFakeTimers({ now: clock, doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    try {
      ({ stdout, stderr } = await sla(command.args, { cwd, ...(input !== undefined && { input }) }));
    } finally {
      jest.useRealTimers();
    }
  } else {
    throw new Error(`line ${example.line}: cannot run "${command.program}": add it to SKIPPED with the reason`);
  }
  // `| head -n N` cuts stdout only; stderr still reaches the terminal.
  const out = lines(stdout);
  return lines([...(command.head === undefined ? out : out.slice(0, command.head)), stderr].join('\n'));
}

const examples = consoleExamples(readFileSync(join(ROOT, 'README.md'), 'utf8'));
const skipReason = (example: ConsoleExample) => SKIPPED.find((s) => s.pattern.test(example.command))?.reason;
const name = (example: ConsoleExample) => `$ ${example.command.replace(/\\\n\s*/g, '')}`;

describe('README console examples', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  it('has a policy and cases in examples/ that pass sla policy test, as the CI job runs them', async () => {
    const r = await sla(['policy', 'test', 'policy-cases.ndjson', '--policy', 'policy.json'], { cwd: EXAMPLES });
    expect({ code: r.code, last: lines(r.stdout).pop() }).toEqual({ code: 0, last: '2 passed, 0 failed' });
  });

  for (const example of examples) {
    const reason = skipReason(example);
    if (reason !== undefined) {
      it.skip(`${name(example)} (${reason})`, () => undefined);
      continue;
    }
    it(name(example), async () => {
      const writes = WRITES_FILES.some((prefix) => example.command.startsWith(prefix));
      for (const clock of CLOCKS) {
        const cwd = writes ? mkdtempSync(join(tmpdir(), 'sla-readme-')) : EXAMPLES;
        if (writes) cpSync(EXAMPLES, cwd, { recursive: true });
        try {
          const at = new Date(clock).toISOString();
          expect({ line: example.line, at, output: await runAt(clock, example, cwd) }).toEqual({
            line: example.line,
            at,
            output: lines(example.expected.join('\n')),
          });
        } finally {
          if (writes) rmSync(cwd, { recursive: true, force: true });
        }
      }
    });
  }
});
