import { realpathSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';

/**
 * Whether `path` is `folder` or below it, by their text (both absolute).
 *
 * @example
 * within('/srv/acme', '/srv/acme/policy.json') //=> true
 * within('/srv/acme', '/srv/acme/../secret')   //=> false
 */
export function within(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * A path with its links resolved, or as given when it cannot be (it does not
 * exist yet, or cannot be read: then nothing real is inside it).
 *
 * @example
 * realPath('/tmp/link-to-etc') //=> '/etc'
 */
export function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/**
 * Whether `path` stays inside `folder` both as written (after `..`) and once
 * symbolic links are resolved, so that a link inside the folder cannot lead
 * out of it.
 *
 * @example
 * staysWithin('/srv/acme', '/srv/acme/policy.json') //=> true
 */
export function staysWithin(folder: string, path: string): boolean {
  return within(folder, path) && within(realPath(folder), realPath(path));
}
