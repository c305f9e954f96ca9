/**
 * Where a CSV cell's value comes from, which decides whether it may be read as
 * a formula: `outside` text came from the input or the policy (an id, a name,
 * a bad value echoed back) and is neutralised; a `computed` value is one the
 * tool wrote itself (an instant, a count, minutes, a status) and is kept as
 * it is, so that a negative `remaining` still reads `-35`.
 */
export type CsvOrigin = 'outside' | 'computed';

/**
 * The characters a spreadsheet reads as the start of a formula (OWASP, "CSV
 * Injection"): `=`, `+`, `-`, `@`, a tab and a carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A field RFC 4180 asks to quote: one with a comma, a double quote or a line break. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell. Empty for none; numbers and booleans as JSON writes them;
 * objects as JSON. Text from `outside` that starts like a formula gets a
 * single quote in front, so that a spreadsheet shows it as text instead of
 * running it; a number is never changed, wherever it comes from, since it
 * cannot be a formula. Then the cell is quoted as RFC 4180 asks: only when it
 * holds a comma, a double quote or a line break, with inner quotes doubled.
 *
 * @example
 * csvCell('=HYPERLINK("http://x")', 'outside') //=> '"\'=HYPERLINK(""http://x"")"'
 * csvCell('-35', 'computed') //=> '-35'
 * csvCell(-35, 'outside') //=> '-35'
 * csvCell('Acme, "gold"', 'outside') //=> '"Acme, ""gold"""'
 * csvCell(null, 'computed') //=> ''
 */
export function csvCell(value: unknown, origin: CsvOrigin): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = typeof value === 'string' ? value : JSON.stringify(value);
  if (origin === 'outside' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV line of cells (without its line end).
 *
 * @example
 * csvLine([['T-1', 'outside'], [-35, 'computed']]) //=> 'T-1,-35'
 */
export function csvLine(cells: ReadonlyArray<readonly [unknown, CsvOrigin]>): string {
  return cells.map(([value, origin]) => csvCell(value, origin)).join(',');
}
