import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { quoteValue } from '../core/quote-value';
import { SlaError, type ErrorCode } from '../errors/sla-error';
import { errorCode } from './system-error';

/** The largest policy, calendar or test case file read: far above any real one, far below what exhausts memory. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** How a file read is reported when it fails. */
export interface ReadTextOptions {
  /** The code of the error thrown when the file cannot be read. */
  readonly code: ErrorCode;
  /** What the file is, for messages: `policy`, `holiday calendar`, `test case`. */
  readonly what: string;
  /** The file as the user knows it, for messages (default: the path). */
  readonly label?: string;
  /** The most bytes read (default {@link MAX_FILE_BYTES}). */
  readonly maxBytes?: number;
}

const UTF8_BOM = 0xfeff;

/**
 * A limit as people say it.
 *
 * @example
 * formatBytes(10 * 1024 * 1024) //=> '10 MiB'
 * formatBytes(100) //=> '100 bytes'
 */
export function formatBytes(bytes: number): string {
  if (bytes >= 1 << 20 && bytes % (1 << 20) === 0) return `${bytes / (1 << 20)} MiB`;
  if (bytes >= 1 << 10 && bytes % (1 << 10) === 0) return `${bytes / (1 << 10)} KiB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/** What a file that is not a regular file is, for messages. */
function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Why opening, reading or resolving a path failed, in words, without the path
 * or anything else the system's message repeats.
 *
 * @example
 * reasonOf(Object.assign(new Error('ENOENT: no such file or directory, open \'x\''), { code: 'ENOENT' })) //=> 'no such file'
 */
export function reasonOf(err: unknown): string {
  const code = errorCode(err);
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'a folder';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    default:
      return `the system refused it (${code ?? 'unknown error'})`;
  }
}

/**
 * Reads a small text file safely: only a regular file (never a device, a
 * named pipe or a folder), at most `maxBytes` even if it grows while being
 * read, decoded as UTF-8 with a leading byte order mark removed. Failures are
 * an {@link SlaError} with the given code, naming the file and why, never its
 * content.
 *
 * The file is opened without blocking, so that a named pipe with no writer is
 * refused at once instead of hanging, and checked on the open descriptor, so
 * that nothing can swap the file between the check and the read.
 *
 * @example
 * readTextFile('policy.json', { code: 'POLICY_NOT_FOUND', what: 'policy' }) //=> '{"name": "Acme support", ...}'
 */
export function readTextFile(path: string, options: ReadTextOptions): string {
  const { code, what, label = path, maxBytes = MAX_FILE_BYTES } = options;
  const fail = (why: string): SlaError => new SlaError(code, `cannot read ${what} file ${quoteValue(label)}: ${why}`);
  const tooLarge = (): SlaError => fail(`larger than the ${formatBytes(maxBytes)} limit for a ${what} file`);
  let fd: number;
  try {
    // O_NONBLOCK is 0 where the platform has none; it changes nothing for a regular file.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw fail(reasonOf(err));
  }
  try {
    let stat: Stats;
    try {
      stat = fstatSync(fd);
    } catch (err) {
      throw fail(reasonOf(err));
    }
    if (!stat.isFile()) throw fail(`${kindOf(stat)}, not a file`);
    if (stat.size > maxBytes) throw tooLarge();
    // Sized from fstat, grown if the file grows while being read, never past one byte over the limit.
    let buffer = Buffer.allocUnsafe(Math.min(maxBytes, stat.size) + 1);
    let length = 0;
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buffer, length, buffer.length - length, null);
      } catch (err) {
        throw fail(reasonOf(err));
      }
      if (n === 0) return decode(buffer.subarray(0, length));
      length += n;
      if (length > maxBytes) throw tooLarge();
      if (length === buffer.length) {
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** UTF-8 text without a leading byte order mark, which editors on Windows like to add. */
function decode(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === UTF8_BOM ? text.slice(1) : text;
}
