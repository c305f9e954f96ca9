import type { CsvOrigin } from './csv-cell';

/** One CSV column of a batch record's result: its name, where its value comes from (see {@link CsvOrigin}), and the value. */
export interface ResultColumn<Json> {
  readonly name: string;
  readonly origin: CsvOrigin;
  readonly value: (json: Json) => unknown;
}

/**
 * A batch command's result fields, in output order, each with the CSV columns
 * it fills: a field CSV writes as JSON does, in one column of its own name, by
 * its origin alone; any other by its columns. Keyed by every one of `Field`
 * (`-?`), so that a field added to the result's JSON does not compile until it
 * is placed in the table.
 */
export type ResultColumnTable<Json, Field extends keyof Json & string> = { readonly [F in Field]-?: CsvOrigin | readonly ResultColumn<Json>[] };

/** What a {@link ResultColumnTable} gives: the NDJSON field list and the CSV columns, both in output order. */
export interface ResultLayout<Json, Field> {
  readonly fields: readonly Field[];
  readonly csvColumns: readonly ResultColumn<Json>[];
}

/**
 * The result fields of a table in output order (the table's own order), and
 * the CSV columns they fill, in the same order.
 *
 * @example
 * const { fields, csvColumns } = resultLayout(RESULT_COLUMNS);
 * fields.slice(0, 3) //=> ['opened', 'priority', 'priorityName']
 * csvColumns.map((c) => c.name).slice(4, 7) //=> ['covered', 'targetMinutes', 'targetClock']
 */
export function resultLayout<Json, Field extends keyof Json & string>(table: ResultColumnTable<Json, Field>): ResultLayout<Json, Field> {
  // Object.keys types its keys as plain strings; the guard gives them back the table's field type.
  const fields = Object.keys(table).filter((key): key is Field => Object.hasOwn(table, key));
  const columnsOf = (field: Field): readonly ResultColumn<Json>[] => {
    const entry = table[field];
    return typeof entry === 'string' ? [{ name: field, origin: entry, value: (json) => json[field] }] : entry;
  };
  return { fields, csvColumns: fields.flatMap(columnsOf) };
}
