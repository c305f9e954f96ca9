import { SlaError } from '../errors/sla-error';
import { describeJsonError } from './json-syntax-error';
import { readTextFile, type ReadTextOptions } from './read-text-file';

/** How a JSON file read is reported: {@link ReadTextOptions}, and the code for text that is not JSON. */
export interface ReadJsonOptions extends ReadTextOptions {
  /** The code of the error thrown when the text is not JSON. */
  readonly malformed: 'INVALID_POLICY' | 'INVALID_CALENDAR';
}

/**
 * Reads a JSON file through {@link readTextFile} (a regular file, size-bounded,
 * byte order mark removed). Text that is not JSON is an {@link SlaError} naming
 * the line and column, never quoting the text: the file may be one that should
 * never have been read, such as a password file a path pointed at.
 *
 * @example
 * readJsonFile('holidays/nl.json', { code: 'UNKNOWN_CALENDAR', malformed: 'INVALID_CALENDAR', what: 'holiday calendar' })
 */
export function readJsonFile(path: string, options: ReadJsonOptions): unknown;
/** The positional form: the code for an unreadable file, the code for text that is not JSON, what the file is, its label. */
export function readJsonFile(path: string, code: ReadJsonOptions['code'], malformed: ReadJsonOptions['malformed'], what: string, label?: string): unknown;
export function readJsonFile(
  path: string,
  ...args: [options: ReadJsonOptions] | [code: ReadJsonOptions['code'], malformed: ReadJsonOptions['malformed'], what: string, label?: string]
): unknown {
  const opts: ReadJsonOptions = args.length === 1 ? args[0] : positionalOptions(...args);
  return parseJsonText(readTextFile(path, opts), opts.label ?? path, opts.malformed);
}

function positionalOptions(code: ReadJsonOptions['code'], malformed: ReadJsonOptions['malformed'], what: string, label?: string): ReadJsonOptions {
  return { code, malformed, what, ...(label !== undefined && { label }) };
}

/**
 * Parses the text of a file as JSON; text that is not JSON is an
 * {@link SlaError} that names the file, line and column, never the text.
 *
 * @example
 * parseJsonText('root:x:0:0', 'acme.json', 'INVALID_CALENDAR') // throws "acme.json: not valid JSON at line 1, column 1 (unexpected character)"
 */
export function parseJsonText(text: string, label: string, malformed: ReadJsonOptions['malformed']): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new SlaError(malformed, `${label}: ${describeJsonError(text)}`);
  }
}
