import { closeSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { getSystemErrorMap } from 'node:util';
import { quoteValue } from '../core/quote-value';
import { SlaError } from '../errors/sla-error';

/** The system's reason for a failed file operation, e.g. `no such file or directory (ENOENT)`. */
function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const known = typeof e.errno === 'number' ? getSystemErrorMap().get(e.errno)?.[1] : undefined;
  return `${known ?? e.message}${e.code ? ` (${e.code})` : ''}`;
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
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
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
