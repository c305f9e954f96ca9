/**
 * Whether a CSV record's text so far is inside a quoted field: an odd number
 * of double quotes (an escaped quote `""` counts two), so the record goes on
 * past the line break.
 *
 * @example
 * opensQuote('1,"Acme,') //=> true
 * opensQuote('1,"say ""hi""",x') //=> false
 */
export function opensQuote(text: string): boolean {
  let odd = false;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) odd = !odd;
  return odd;
}

/**
 * Splits one CSV record into its fields, as RFC 4180 writes them: a field in
 * double quotes may hold commas, line breaks and doubled quotes. A quote inside
 * an unquoted field is taken literally rather than rejected.
 *
 * @example
 * csvFields('T-1,2025-06-02T10:00:00+02:00,"Acme, ""gold""",') //=> ['T-1', '2025-06-02T10:00:00+02:00', 'Acme, "gold"', '']
 */
export function csvFields(text: string): string[] {
  if (text.indexOf('"') === -1) return text.split(',');
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text.charCodeAt(i) === 34 /* " */) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) {
          // Unterminated: the rest is the field (the reader reports an open quote at the end of input).
          value += text.slice(from);
          i = text.length;
          break;
        }
        value += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          value += '"';
          from = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      // Anything between the closing quote and the next comma is kept, as written.
      const comma = text.indexOf(',', i);
      const end = comma === -1 ? text.length : comma;
      fields.push(value + text.slice(i, end));
      if (comma === -1) return fields;
      i = comma + 1;
    } else {
      const comma = text.indexOf(',', i);
      if (comma === -1) {
        fields.push(text.slice(i));
        return fields;
      }
      fields.push(text.slice(i, comma));
      i = comma + 1;
    }
  }
}
