const QUOTE = 34; // "

/** A CSV record being read line by line: its fields so far, and the pieces of a quoted field still open. */
export interface CsvScan {
  readonly fields: string[];
  /** The pieces of a quoted field that has not closed yet; undefined between fields. */
  quoted: string[] | undefined;
  /** Whether a quoted field closed with characters between its closing quote and the next comma (`"a"b`). */
  untidy?: boolean;
}

/** A scan whose line ended inside a quoted field: the pieces of that field are there to add to. */
export type OpenCsvScan = CsvScan & { quoted: string[] };

/**
 * Reads one line of a CSV record into `scan`, going on with a quoted field
 * left open by the line before, and returns whether a quoted field is still
 * open at the line's end (the record then goes on past the line break). A
 * quote is special only at the very start of a field, as RFC 4180 readers
 * take it: `27" monitor` is an ordinary value. After a closing quote, the
 * characters up to the next comma are kept as written (`"a"b` is `ab`). Each
 * character is looked at once.
 *
 * @example
 * const scan: CsvScan = { fields: [], quoted: undefined };
 * scanCsvLine('1,"two', scan) //=> true
 * scanCsvLine('lines",3', scan) //=> false, with scan.fields ['1', 'twolines', '3'] (the caller adds the line break)
 */
export function scanCsvLine(text: string, scan: CsvScan): scan is OpenCsvScan {
  const { fields } = scan;
  let quoted = scan.quoted;
  let i = 0;
  if (quoted === undefined && text.indexOf('"') === -1) {
    // The common row: no quote at all.
    for (const value of text.split(',')) fields.push(value);
    return false;
  }
  for (;;) {
    if (quoted === undefined) {
      if (text.charCodeAt(i) !== QUOTE) {
        const comma = text.indexOf(',', i);
        if (comma === -1) {
          fields.push(text.slice(i));
          return false;
        }
        fields.push(text.slice(i, comma));
        i = comma + 1;
        continue;
      }
      quoted = [];
      i++;
    }
    const quote = text.indexOf('"', i);
    if (quote === -1) {
      quoted.push(text.slice(i));
      scan.quoted = quoted;
      return true;
    }
    quoted.push(text.slice(i, quote));
    if (text.charCodeAt(quote + 1) === QUOTE) {
      quoted.push('"');
      i = quote + 2;
      continue;
    }
    const comma = text.indexOf(',', quote + 1);
    const end = comma === -1 ? text.length : comma;
    if (end > quote + 1) {
      scan.untidy = true;
      quoted.push(text.slice(quote + 1, end));
    }
    fields.push(quoted.join(''));
    quoted = undefined;
    scan.quoted = undefined;
    if (comma === -1) return false;
    i = comma + 1;
  }
}

/**
 * Splits one CSV record's text into its fields (see {@link scanCsvLine}): a
 * field in double quotes may hold commas, line breaks and doubled quotes; a
 * quote elsewhere is an ordinary character. A quoted field left open takes the
 * rest of the text.
 *
 * @example
 * csvFields('T-1,2025-06-02T10:00:00+02:00,"Acme, ""gold""",27" screen') //=> ['T-1', '2025-06-02T10:00:00+02:00', 'Acme, "gold"', '27" screen']
 */
export function csvFields(text: string): string[] {
  const scan: CsvScan = { fields: [], quoted: undefined };
  if (scanCsvLine(text, scan)) scan.fields.push(scan.quoted.join(''));
  return scan.fields;
}
