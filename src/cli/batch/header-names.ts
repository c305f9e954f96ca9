import { quoteValue } from '../../core/quote-value';
import { SlaError } from '../../errors/sla-error';

/**
 * The names a CSV header gives more than once, each with its columns
 * (1-based). Helpdesk exports repeat a name for a field of several values
 * (Jira: `Labels`, `Comment`, `Watchers`, ...), and may leave a column
 * without a name; neither matters until something reads that name.
 *
 * @example
 * repeatedNames(['Issue key', 'Labels', 'Labels', 'Created']) //=> Map { 'Labels' => [2, 3] }
 */
export function repeatedNames(header: readonly string[]): ReadonlyMap<string, readonly number[]> {
  const at = new Map<string, number[]>();
  header.forEach((name, i) => {
    const columns = at.get(name);
    if (columns === undefined) at.set(name, [i + 1]);
    else columns.push(i + 1);
  });
  for (const [name, columns] of at) if (columns.length < 2) at.delete(name);
  return at;
}

/**
 * Refuses (`USAGE`) to read a field from a column the header names more than
 * once, since one value cannot be told from the others: `reader` says what
 * reads it (`--map customer=Labels`, `the field opened`, `--by Labels`),
 * `fix` what the user can do instead. A name given once passes.
 *
 * @example
 * refuseRepeated(repeatedNames(['a', 'a']), 'a', '--by a', 'group by a column named once') // throws: --by a reads the column "a", which the CSV header has 2 times (columns 1 and 2): ...
 */
export function refuseRepeated(repeated: ReadonlyMap<string, readonly number[]>, column: string, reader: string, fix: string): void {
  const columns = repeated.get(column);
  if (columns === undefined) return;
  const list = `${columns.slice(0, -1).join(', ')} and ${columns[columns.length - 1]}`;
  const name = column === '' ? 'a column without a name' : `the column ${quoteValue(column)}`;
  throw new SlaError(
    'USAGE',
    `${reader} reads ${name}, which the CSV header has ${columns.length} times (columns ${list}): one value cannot be told from the others; ${fix}`,
  );
}
