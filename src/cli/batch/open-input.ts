import { accessSync, closeSync, constants, createReadStream, fstatSync, openSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { quoteValue } from '../../core/quote-value';
import { SlaError } from '../../errors/sla-error';
import { errorCode } from '../../io/system-error';
import type { Io } from '../io';

/** An input of tickets, read as text chunks as they arrive. */
export interface InputSource {
  /** The file name as given, or `standard input`. */
  readonly label: string;
  /** The size in bytes of a file; undefined for standard input. */
  readonly size: number | undefined;
  /** The text, chunk by chunk; `bytesRead` counts the bytes behind the chunks so far. */
  readonly chunks: AsyncIterable<string>;
  /** Bytes read so far, for progress. */
  bytesRead(): number;
}

/** The same input as bytes, as they are read: for a reader that cuts lines without decoding them (worker threads). */
export interface ByteSource extends Omit<InputSource, 'chunks'> {
  /** The bytes, read by read; `bytesRead` counts them. A failed read throws `INVALID_INPUT`. */
  readonly bytes: AsyncIterable<Uint8Array>;
}

/** Reads of 64 KiB: large enough to keep the event loop out of the way, small enough to keep memory flat. */
const READ_SIZE = 1 << 16;

/**
 * Opens `FILE` (relative to the working directory) or `-` (standard input).
 * A regular file is opened at once, so a missing file is reported before
 * anything is written; its text is then read 64 KiB at a time, never all at
 * once. A named pipe (FIFO) is a stream like standard input: it is checked at
 * once but opened as the reading starts, so that waiting for its writer never
 * comes before the command's own checks. A directory, a device or anything
 * else that is not a file or a pipe is refused (`INVALID_INPUT`), on standard
 * input too (`< /`); so is a read that fails part way.
 *
 * @example
 * const input = openInput('tickets.ndjson', io);
 * for await (const text of input.chunks) process(text);
 */
export function openInput(spec: string, io: Io): InputSource {
  return decodedSource(openInputBytes(spec, io));
}

/**
 * The text of a byte source, decoded as UTF-8 across reads, so that a character
 * split between two reads stays whole.
 *
 * @example
 * decodedSource(openInputBytes('tickets.ndjson', io)).chunks // text chunks
 */
export function decodedSource(source: ByteSource): InputSource {
  const decode = async function* (): AsyncIterable<string> {
    const decoder = new StringDecoder('utf8');
    for await (const chunk of source.bytes) yield decoder.write(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    const rest = decoder.end();
    if (rest) yield rest;
  };
  return { label: source.label, size: source.size, chunks: decode(), bytesRead: () => source.bytesRead() };
}

/**
 * Opens an input as {@link openInput} does, with the same checks and errors,
 * and reads it as bytes, undecoded.
 *
 * @example
 * for await (const bytes of openInputBytes('tickets.ndjson', io).bytes) cutLines(bytes);
 */
export function openInputBytes(spec: string, io: Io): ByteSource {
  let bytes = 0;
  const label = spec === '-' ? 'standard input' : `input file ${quoteValue(spec)}`;
  const counted = async function* (source: AsyncIterable<Uint8Array | string>): AsyncIterable<Uint8Array> {
    try {
      for await (const chunk of source) {
        // Standard input read whole (`readStdin`, where an `Io` has no chunks) comes as text.
        const read = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        bytes += read.length;
        yield read;
      }
    } catch (err) {
      throw readFailure(label, err);
    }
  };
  if (spec === '-') {
    refuseDirectoryOnStdin();
    const stdin = io.stdinChunks?.() ?? (async function* () {
      yield await io.readStdin();
    })();
    return { label: 'standard input', size: undefined, bytes: counted(stdin), bytesRead: () => bytes };
  }
  const path = resolve(io.cwd, spec);
  let stat: Stats;
  try {
    stat = statSync(path);
    if (stat.isFIFO()) accessSync(path, constants.R_OK);
  } catch (err) {
    throw readFailure(label, err);
  }
  if (stat.isFIFO()) {
    // Opened by the stream, off the main thread: a pipe without a writer yet waits there, not here.
    return { label: spec, size: undefined, bytes: counted(createReadStream(path, { highWaterMark: READ_SIZE })), bytesRead: () => bytes };
  }
  if (!stat.isFile()) throw notReadable(label, stat);
  let fd: number;
  let size: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw readFailure(label, err);
  }
  try {
    // The path may have changed between the two looks: what was opened is what counts.
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw notReadable(label, opened);
    size = opened.size;
  } catch (err) {
    closeSync(fd);
    throw err;
  }
  const stream = createReadStream('', { fd, highWaterMark: READ_SIZE });
  return { label: spec, size, bytes: counted(stream), bytesRead: () => bytes };
}

/** Standard input redirected from a directory reads as empty in Node: it is refused instead of passing for no tickets. */
function refuseDirectoryOnStdin(): void {
  let stat: Stats;
  try {
    stat = fstatSync(0);
  } catch {
    return; // closed standard input: read as empty
  }
  if (stat.isDirectory()) throw notReadable('standard input', stat);
}

function notReadable(label: string, stat: Stats): SlaError {
  const what = stat.isDirectory() ? 'a directory' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : stat.isSocket() ? 'a socket' : 'something else';
  return new SlaError('INVALID_INPUT', `cannot read ${label}: it is ${what}, not a file or a pipe`);
}

function readFailure(label: string, err: unknown): unknown {
  if (err instanceof SlaError) return err;
  const code = errorCode(err);
  if (code === undefined) return err;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory, not a file or a pipe' : code;
  return new SlaError('INVALID_INPUT', `cannot read ${label}: ${why}`);
}
