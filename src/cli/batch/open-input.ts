import { closeSync, createReadStream, fstatSync, openSync } from 'node:fs';
import { resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { SlaError } from '../../core/errors';
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

/** Reads of 64 KiB: large enough to keep the event loop out of the way, small enough to keep memory flat. */
const READ_SIZE = 1 << 16;

/**
 * Opens `FILE` (relative to the working directory) or `-` (standard input).
 * The file is opened at once, so a missing file is reported before anything is
 * written; its text is then read a megabyte at a time, never all at once.
 *
 * @example
 * const input = openInput('tickets.ndjson', io);
 * for await (const text of input.chunks) process(text);
 */
export function openInput(spec: string, io: Io): InputSource {
  let bytes = 0;
  const decode = async function* (source: AsyncIterable<Uint8Array | string>): AsyncIterable<string> {
    // Decoding across chunks, so that a character split between two reads stays whole.
    const decoder = new StringDecoder('utf8');
    for await (const chunk of source) {
      if (typeof chunk === 'string') {
        bytes += Buffer.byteLength(chunk);
        yield chunk;
      } else {
        bytes += chunk.length;
        yield decoder.write(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      }
    }
    const rest = decoder.end();
    if (rest) yield rest;
  };
  if (spec === '-') {
    const stdin = io.stdinChunks?.() ?? (async function* () {
      yield await io.readStdin();
    })();
    return { label: 'standard input', size: undefined, chunks: decode(stdin), bytesRead: () => bytes };
  }
  let fd: number;
  let size: number;
  try {
    fd = openSync(resolve(io.cwd, spec), 'r');
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw new SlaError('INVALID_INPUT', `cannot read input file ${JSON.stringify(spec)}: ${why}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new SlaError('INVALID_INPUT', `cannot read input file ${JSON.stringify(spec)}: not a file`);
    size = stat.size;
  } catch (err) {
    closeSync(fd);
    throw err;
  }
  const stream = createReadStream('', { fd, highWaterMark: READ_SIZE });
  return { label: spec, size, chunks: decode(stream), bytesRead: () => bytes };
}
