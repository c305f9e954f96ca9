import type { SlaError } from '../errors/sla-error';
import { EXIT } from './exit-codes';
import { colorAllowed, isClosedPipe, outputFailed, type Io } from './io';
import { packageRoot } from './package-root';
import { terminalPaint } from './terminal-paint';
import { wantsJsonErrors } from './json-errors';
import { endWith, run } from './run';
import { errorCode } from '../io/system-error';
import { fstatSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { isatty } from 'node:tty';
import { useZoneSnapshot } from '../core/zone';
import { BUILT_ZONE_SNAPSHOT, tzdataOf } from './zone-snapshot';

// The process entry point: builds the real Io and the terminal's Paint, then hands over to `run`.

// The built-in policy's zone read from the build's snapshot, when this Node has the time-zone data the build had:
// the same offsets, without the first Intl.DateTimeFormat, whose locale setup costs as much as the rest of a run.
if (BUILT_ZONE_SNAPSHOT !== undefined && BUILT_ZONE_SNAPSHOT.tzdata === tzdataOf(process.versions)) useZoneSnapshot(BUILT_ZONE_SNAPSHOT.snapshot);

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

/**
 * Whether a descriptor is a terminal. A pipe or a file is not, which `fstat`
 * tells without loading `node:tty` (and `net` with it, a good part of a short
 * run's start-up); only a character device is asked.
 */
function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return isatty(fd);
}

// process.stdout, once it is set up. A run that prints one answer never sets it up: `out` writes to the descriptor
// itself (for a pipe, the stream would load `net` and `stream` first). The stream takes over for good, so that output
// keeps its order, once `write` needs it (a long output waits for its reader) or the descriptor would block; and from
// the start for a Windows console, which takes text through the stream's own calls.
let stdoutStream: NodeJS.WriteStream | undefined;

function stdout(): NodeJS.WriteStream {
  if (stdoutStream === undefined) {
    stdoutStream = process.stdout;
    stdoutStream.on('error', (err: NodeJS.ErrnoException) => {
      const known = failure !== undefined;
      writeFailed(err);
      // Before the end, `run` reports the failure; after it, nobody else will.
      if (finished && !known) process.exitCode = endWith(failure, io, json);
    });
  }
  return stdoutStream;
}

if (process.platform === 'win32' && isTerminal(1)) stdout();

// A write may throw (a closed pipe, a full disk, some file descriptors), or fail in its callback and mark the stream
// errored, or fail later and emit 'error' (a buffered pipe): all end in `writeFailed`.
function writeStdout(text: string): boolean {
  if (failure) throw failure;
  if (stdoutStream === undefined) {
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(1, bytes, done);
      return true;
    } catch (err) {
      // A non-blocking pipe that is full: the stream waits for it.
      if (errorCode(err) !== 'EAGAIN') throw writeFailed(err);
      return writeToStream(bytes.subarray(done));
    }
  }
  return writeToStream(text);
}

/**
 * Writes bytes through the stream, without a copy: resolves once the stream
 * can take more, and calls `written` once it has written them, when the
 * caller's buffer is its own again.
 */
function writeBytes(bytes: Uint8Array, written: () => void): Promise<void> {
  return whenTaken(() => {
    if (failure) throw failure;
    return writeToStream(bytes, (err) => {
      if (err) writeFailed(err);
      else written();
    });
  });
}

/**
 * Resolves once a write is taken: at once when `write` says the stream took it,
 * else when the stream drains; rejects with the failure `write` throws (an
 * `OUTPUT_FAILED` error) or the stream's.
 */
function whenTaken(write: () => boolean): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const stream = stdout();
    try {
      if (write()) return resolve();
    } catch (err) {
      return reject(err);
    }
    const settle = (err?: unknown): void => {
      stream.off('drain', settle);
      stream.off('error', settle);
      if (err === undefined) resolve();
      else reject(writeFailed(err));
    };
    stream.once('drain', settle);
    stream.once('error', settle);
  });
}

function writeToStream(data: string | Uint8Array, done?: (err?: Error | null) => void): boolean {
  const stream = stdout();
  let taken: boolean;
  try {
    taken = stream.write(data, done);
  } catch (err) {
    throw writeFailed(err);
  }
  if (stream.errored) throw writeFailed(stream.errored);
  return taken;
}

// A message that cannot be written (stderr closed or full) is lost, but must not change the exit status. Set up on
// the first message, so that a run without one never sets up process.stderr either.
let stderrStream: NodeJS.WriteStream | undefined;

function stderr(): NodeJS.WriteStream {
  if (stderrStream === undefined) {
    stderrStream = process.stderr;
    stderrStream.on('error', () => undefined);
  }
  return stderrStream;
}

const io: Io = {
  out: (s) => void writeStdout(s),
  err: (s) => {
    try {
      stderr().write(s);
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
  write: (s, written = () => undefined) => (typeof s === 'string' ? whenTaken(() => writeStdout(s)) : writeBytes(s, written)),
  now: () => Date.now(),
  cwd: process.cwd(),
  holidaysDir: join(packageRoot(__dirname), 'holidays'),
  env: process.env,
  // `run` also honours `--no-color`, once the options are parsed.
  color: colorAllowed(process.env, isTerminal(1)),
  stderrIsTTY: isTerminal(2),
  // Asked of the descriptor, since touching `process.stdin` opens a stream that may keep the process waiting.
  stdinIsTTY: isTerminal(0),
  outputFailure: () => failure,
};

run(args, io, terminalPaint).then((code) => {
  finished = true;
  // `run` has reported any failure it knew of (with exit 3); one that came in since is reported here.
  process.exitCode = failure !== undefined && code !== EXIT.INTERNAL ? endWith(failure, io, json) : code;
});
