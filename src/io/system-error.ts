/**
 * The code of a failed system call (`ENOENT`, `EACCES`), or undefined for
 * anything that carries none.
 *
 * @example
 * errorCode(Object.assign(new Error('no such file'), { code: 'ENOENT' })) //=> 'ENOENT'
 * errorCode('oops') //=> undefined
 */
export function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}

/**
 * The number of a failed system call (`-2` for `ENOENT` on Linux), or
 * undefined for anything that carries none.
 *
 * @example
 * errorNumber(Object.assign(new Error('no such file'), { errno: -2 })) //=> -2
 */
export function errorNumber(err: unknown): number | undefined {
  return typeof err === 'object' && err !== null && 'errno' in err && typeof err.errno === 'number' ? err.errno : undefined;
}
