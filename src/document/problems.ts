/** One thing wrong with a data file, at a JSON path such as `targets.professional.2`. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/**
 * Collects every problem of a document, so that one run reports them all
 * instead of stopping at the first.
 *
 * @example
 * const problems = new Problems();
 * problems.add('targets.professional.2', 'minutes must be a positive integer');
 * problems.lines() //=> ['targets.professional.2: minutes must be a positive integer']
 */
export class Problems {
  readonly list: Problem[] = [];

  add(path: string, message: string): void {
    this.list.push({ path: path || '(top level)', message });
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  lines(prefix = ''): string[] {
    return this.list.map((p) => `${prefix}${p.path}: ${p.message}`);
  }
}

/**
 * Extends a JSON path by an object key or an array index.
 *
 * @example
 * at(at('hours', 'monday'), 0) //=> 'hours.monday[0]'
 */
export function at(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}

/**
 * Whether a value is a plain JSON object.
 *
 * @example
 * isRecord({ a: 1 }) //=> true
 * isRecord([1]) //=> false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a value is a whole number (what `Number.isInteger` checks), as a
 * type guard, so that a parser reads the number without a cast.
 *
 * @example
 * isInteger(3) //=> true
 * isInteger('3') //=> false
 */
export function isInteger(value: unknown): value is number {
  return Number.isInteger(value);
}

/**
 * Whether a value is a list of strings (possibly empty).
 *
 * @example
 * isStringArray(['nl', 'de']) //=> true
 * isStringArray(['nl', 1]) //=> false
 */
export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/**
 * Reports every key of `value` that is not in `allowed`, so that a typo such as
 * `"timezon"` is an error rather than a silently ignored setting.
 *
 * @example
 * checkKeys({ zone: 'x' }, ['timezone'], '', problems) // adds "zone: unknown key (accepted: timezone)"
 */
export function checkKeys(value: Record<string, unknown>, allowed: readonly string[], path: string, problems: Problems): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) problems.add(at(path, key), `unknown key (accepted: ${allowed.join(', ')})`);
  }
}

/**
 * Reads a required non-empty string, reporting it when missing or of the wrong type.
 *
 * @example
 * requireString({ name: 'Acme' }, 'name', '', problems) //=> 'Acme'
 */
export function requireString(obj: Record<string, unknown>, key: string, path: string, problems: Problems): string | undefined {
  const value = obj[key];
  if (typeof value === 'string' && value.trim() !== '') return value;
  problems.add(at(path, key), value === undefined ? 'is required (a non-empty string)' : 'must be a non-empty string');
  return undefined;
}

/**
 * Reads an optional list of strings (e.g. aliases); an absent key is an empty list.
 *
 * @example
 * optionalStrings({ aliases: ['critical'] }, 'aliases', '', problems) //=> ['critical']
 */
export function optionalStrings(obj: Record<string, unknown>, key: string, path: string, problems: Problems): string[] {
  const value = obj[key];
  if (value === undefined) return [];
  if (!isStringArray(value) || value.some((v) => v.trim() === '')) {
    problems.add(at(path, key), 'must be a list of non-empty strings');
    return [];
  }
  return value;
}
