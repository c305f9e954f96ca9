import { closeSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { getSystemErrorMap } from 'node:util';
import { quoteValue } from '../core/quote-value';
import { SlaError } from '../errors/sla-error';
import { errorCode, errorNumber } from './system-error';

/** The system's reason for a failed file operation, e.g. `no such file or directory (ENOENT)`. */
function reason(err: unknown): string {
  const errno = errorNumber(err);
  const code = errorCode(err);
  const known = errno === undefined ? undefined : getSystemErrorMap().get(errno)?.[1];
  return `${known ?? (err instanceof Error ? err.message : String(err))}${code ? ` (${code})` : ''}`;
}

/**
 * Creates the file `path` with `text`, never replacing one: the `wx` flag
 * makes the check and the creation one step, so a file that appears in
 * between is not overwritten either. An existing file, or a folder that
 * cannot take the file, is the user's to fix (`USAGE`); a write that fails
 * once the file is open is `OUTPUT_FAILED`, and the half-written file, the
 * one just created, is removed. Messages name the file by `label`.
 *
 * @example
 * writeNewFile('/home/me/acme.json', 'acme.json', '{}\n')
 */
export function writeNewFile(path: string, label: string, text: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (err) {
    if (errorCode(err) === 'EEXIST') {
      throw new SlaError('USAGE', `${quoteValue(label)} already exists: give a new file name (an existing file is never overwritten)`);
    }
    throw new SlaError('USAGE', `cannot create ${quoteValue(label)}: ${reason(err)}`);
  }
  try {
    writeSync(fd, text);
  } catch (err) {
    closeSync(fd);
    unlinkSync(path);
    throw new SlaError('OUTPUT_FAILED', `cannot write ${quoteValue(label)}: ${reason(err)}`);
  }
  closeSync(fd);
}
