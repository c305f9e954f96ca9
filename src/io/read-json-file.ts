import { readFileSync } from 'node:fs';
import { SlaError } from '../core/errors';

/**
 * Reads a JSON file, turning a missing file or a syntax error into an {@link SlaError}
 * with the given codes. Shared by policy and calendar loading.
 *
 * @example
 * readJsonFile('holidays/nl.json', 'UNKNOWN_CALENDAR', 'INVALID_CALENDAR', 'holiday calendar')
 */
export function readJsonFile(path: string, missing: 'POLICY_NOT_FOUND' | 'UNKNOWN_CALENDAR', malformed: 'INVALID_POLICY' | 'INVALID_CALENDAR', what: string, label: string = path): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw new SlaError(missing, `cannot read ${what} file ${JSON.stringify(label)}: ${why}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new SlaError(malformed, `${label}: not valid JSON (${(err as Error).message})`);
  }
}
