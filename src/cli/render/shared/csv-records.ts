import { fieldRecord } from '../../batch/field-record';
import { csvCell } from './csv-cell';
import type { ResultColumn } from './result-columns';

/** The CSV columns of a record without a result, after the result columns: the `error` object split in three. */
export const CSV_ERROR_COLUMNS = ['errorCode', 'errorMessage', 'errorLine'] as const;

/** Why a batch record has no result, as its three error columns need it. */
export interface CsvRecordError {
  readonly code: string;
  readonly message: string;
  readonly line: number;
}

/**
 * The CSV output of a batch command (`sla deadline --input`, `sla classify
 * --input`): the input's own columns it keeps, then the result columns, then
 * the error columns.
 */
export interface CsvRecords<Json> {
  /** The columns after the input's own: the result columns, then {@link CSV_ERROR_COLUMNS}. */
  readonly columns: readonly string[];
  /** The input columns the output keeps: all but those the result sets, CSV-only names included. */
  passThroughColumns(columns: readonly string[]): string[];
  /** The header line: the kept input columns, then {@link CsvRecords.columns}. */
  header(passThrough: readonly string[]): string;
  /** One row of a result, its error columns empty. */
  row(passThrough: readonly string[], input: Readonly<Record<string, unknown>>, json: Json): string;
  /**
   * The row of a record without a result: the input's values under their
   * columns (also under result columns of the same name, so that a bad value
   * shows), then the error.
   */
  errorRow(passThrough: readonly string[], input: Readonly<Record<string, unknown>> | undefined, error: CsvRecordError): string;
}

/**
 * The CSV output of a batch command whose results fill `resultColumns` and
 * set `outputFields` (the record's result fields and `error`): an input
 * column of either name gives way to the result.
 *
 * @example
 * const csv = csvRecords(CSV_RESULT_COLUMNS, OUTPUT_FIELDS);
 * csv.passThroughColumns(['id', 'opened', 'plan', 'team']) //=> ['id', 'team']
 * csv.header(['id']) //=> 'id,opened,priority,priorityName,plan,covered,targetMinutes,...,errorLine\n'
 */
export function csvRecords<Json>(resultColumns: readonly ResultColumn<Json>[], outputFields: Iterable<string>): CsvRecords<Json> {
  const columns: readonly string[] = [...resultColumns.map((c) => c.name), ...CSV_ERROR_COLUMNS];
  const setByResult: ReadonlySet<string> = new Set([...outputFields, ...columns]);
  return {
    columns,
    passThroughColumns: (inputColumns) => [...new Set(inputColumns)].filter((c) => !setByResult.has(c)),
    // The kept columns are named by the input; the result columns are the tool's own.
    header: (passThrough) => `${[...passThrough.map((c) => csvCell(c, 'outside')), ...columns].join(',')}\n`,
    row(passThrough, input, json) {
      let row = '';
      for (const column of passThrough) row += `${csvCell(input[column], 'outside')},`;
      for (const column of resultColumns) row += `${csvCell(column.value(json), column.origin)},`;
      // A result has no error: its three columns stay empty (the last without a comma after it).
      row += `${','.repeat(CSV_ERROR_COLUMNS.length - 1)}\n`;
      return row;
    },
    errorRow(passThrough, input, error) {
      const fields = input ?? fieldRecord();
      // Every value here is the input's own, even under a result column; the message repeats input values too.
      const values = [...passThrough, ...resultColumns.map((c) => c.name)].map((c) => csvCell(fields[c], 'outside'));
      values.push(csvCell(error.code, 'computed'), csvCell(error.message, 'outside'), csvCell(error.line, 'computed'));
      return `${values.join(',')}\n`;
    },
  };
}
