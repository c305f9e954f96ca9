import { accessSync, closeSync, constants, openSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { getSystemErrorMap } from 'node:util';
import { quoteValue } from '../core/quote-value';
import { SlaError } from '../errors/sla-error';
import { errorCode, errorNumber } from './system-error';

/** The system's reason for a failed file operation, e.g. `permission denied (EACCES)`. */
function reason(err: unknown): string {
  const errno = errorNumber(err);
  const code = errorCode(err);
  const known = errno === undefined ? undefined : getSystemErrorMap().get(errno)?.[1];
  return `${known ?? (err instanceof Error ? err.message : String(err))}${code ? ` (${code})` : ''}`;
}

/**
 * Checks, before any work is done, that a file can be written at `path`: a
 * regular file or none yet (not a folder, a device or a named pipe), in a
 * folder that exists, and writable (the file if it exists, else its folder),
 * so that a long run does not end in a path error. What fails is the user's
 * to fix: `USAGE`, naming the path by `label`.
 *
 * @example
 * checkOutputPath('/home/me/june.html', 'june.html') // returns
 * checkOutputPath('/tmp', 'tmp') // throws SlaError('USAGE', 'cannot write "tmp": it is a folder: give a file name')
 */
export function checkOutputPath(path: string, label: string): void {
  const fail = (why: string): SlaError => new SlaError('USAGE', `cannot write ${quoteValue(label)}: ${why}`);
  let exists = true;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw fail('it is a folder: give a file name');
    // A named pipe would hold the run until someone reads it, a device is no place for a page.
    if (!stat.isFile()) throw fail('not a regular file (a device or a named pipe): give a file name');
  } catch (err) {
    if (err instanceof SlaError) throw err;
    if (errorCode(err) !== 'ENOENT') throw fail(reason(err));
    exists = false;
  }
  const folder = dirname(path);
  if (!exists) {
    try {
      if (!statSync(folder).isDirectory()) throw fail(`${quoteValue(folder)} is not a folder`);
    } catch (err) {
      if (err instanceof SlaError) throw err;
      throw fail(`no folder ${quoteValue(folder)}: ${reason(err)}`);
    }
  }
  try {
    accessSync(exists ? path : folder, constants.W_OK);
  } catch (err) {
    throw fail(reason(err));
  }
}

/**
 * Writes `text` to the file `path`, creating it or replacing what it held
 * (a report is written again and again under one name). A path that cannot
 * be opened for writing, a folder included, is the user's to fix (`USAGE`);
 * a write that fails once the file is open (a full disk, an I/O error) is
 * `OUTPUT_FAILED`. Messages name the file by `label`.
 *
 * @example
 * writeOutputFile('/home/me/june.html', 'june.html', '<!DOCTYPE html>...')
 */
export function writeOutputFile(path: string, label: string, text: string): void {
  checkOutputPath(path, label);
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (err) {
    throw new SlaError('USAGE', `cannot write ${quoteValue(label)}: ${reason(err)}`);
  }
  try {
    writeFileSync(fd, text);
  } catch (err) {
    throw new SlaError('OUTPUT_FAILED', `cannot write ${quoteValue(label)}: ${reason(err)}`);
  } finally {
    closeSync(fd);
  }
}
