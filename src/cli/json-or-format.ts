import { SlaError } from '../errors/sla-error';

/**
 * The output format of a command with both `--format` and `--json`: `json`
 * for `--json`, else `--format`, else the command's default. `--json` with
 * `--format json` says the same thing twice and is fine; with another format
 * the two disagree, which depends on the value and so is checked here rather
 * than declared to commander as a conflict.
 *
 * @example
 * jsonOrFormat({ json: true }, 'table') //=> 'json'
 * jsonOrFormat({ json: true, format: 'csv' }, 'table') // throws USAGE: --json and --format csv ask for different formats: give one of them
 */
export function jsonOrFormat<F extends string>(options: { json?: boolean; format?: F }, fallback: F): F | 'json' {
  if (options.json && options.format !== undefined && options.format !== 'json') {
    throw new SlaError('USAGE', `--json and --format ${options.format} ask for different formats: give one of them`);
  }
  return options.json ? 'json' : (options.format ?? fallback);
}
