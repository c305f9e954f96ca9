import type { SlaError } from '../errors/sla-error';
import { EXIT } from './exit-codes';
import { colorAllowed, isClosedPipe, outputFailed, type Io } from './io';
import { packageRoot } from './package-root';
import { terminalPaint } from './terminal-paint';
import { wantsJsonErrors } from './json-errors';
import { endWith, run } from './run';
import { join } from 'node:path';
import { isatty } from 'node:tty';

// The process entry point: builds the real Io and the terminal's Paint, then hands over to `run`.

const args = process.argv.slice(2);
// A failure reported after `run` is JSON too when the arguments asked for JSON.
const json = wantsJsonErrors(args);

// What went wrong writing stdout, once something did; every later write gives up at once.
let failure: SlaError | undefined;
let finished = false;

/**
 * Records a failed write to stdout and returns the error that ends the run. A
 * closed pipe (`sla ... | head`) is not worth a message: the run ends at once,
 * quietly, with the exit status it had so far.
 */
function writeFailed(err: unknown): SlaError {
  if (isClosedPipe(err)) process.exit(process.exitCode ?? 0);
  failure ??= outputFailed(err);
  return failure;
}

// A write may throw (some file descriptors), or fail in its callback and mark the stream errored, or fail later
// and emit 'error' (a buffered pipe): all three end in `writeFailed`.
function writeStdout(text: string): boolean {
  if (failure) throw failure;
  let taken: boolean;
  try {
    taken = process.stdout.write(text);
  } catch (err) {
    throw writeFailed(err);
  }
  if (process.stdout.errored) throw writeFailed(process.stdout.errored);
  return taken;
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  const known = failure !== undefined;
  writeFailed(err);
  // Before the end, `run` reports the failure; after it, nobody else will.
  if (finished && !known) process.exitCode = endWith(failure, io, json);
});

// A message that cannot be written (stderr closed or full) is lost, but must not change the exit status.
process.stderr.on('error', () => undefined);

const io: Io = {
  out: (s) => void writeStdout(s),
  err: (s) => {
    try {
      process.stderr.write(s);
    } catch {
      // As above: nowhere left to tell.
    }
  },
  readStdin: async () => {
    const chunks: Buffer[] = [];
    // Standard input has no encoding set, so it yields Buffers; its chunks are typed `any`.
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  },
  stdinChunks: () => process.stdin,
  write: (s) =>
    new Promise<void>((done, fail) => {
      try {
        if (writeStdout(s)) return done();
      } catch (err) {
        return fail(err);
      }
      const settle = (err?: unknown): void => {
        process.stdout.off('drain', settle);
        process.stdout.off('error', settle);
        if (err === undefined) done();
        else fail(writeFailed(err));
      };
      process.stdout.once('drain', settle);
      process.stdout.once('error', settle);
    }),
  now: () => Date.now(),
  cwd: process.cwd(),
  holidaysDir: join(packageRoot(__dirname), 'holidays'),
  env: process.env,
  // `run` also honours `--no-color`, once the options are parsed.
  color: colorAllowed(process.env, Boolean(process.stdout.isTTY)),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  // Asked of the descriptor, since touching `process.stdin` opens a stream that may keep the process waiting.
  stdinIsTTY: isatty(0),
  outputFailure: () => failure,
};

run(args, io, terminalPaint).then((code) => {
  finished = true;
  // `run` has reported any failure it knew of (with exit 3); one that came in since is reported here.
  process.exitCode = failure !== undefined && code !== EXIT.INTERNAL ? endWith(failure, io, json) : code;
});
