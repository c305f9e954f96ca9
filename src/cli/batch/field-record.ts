/**
 * The prototype of every record of fields: empty and without a prototype of
 * its own, so that `__proto__`, `constructor` or `toString` is a field like any
 * other (set as an own field, never inherited), while records stay ordinary
 * fast objects (`Object.create(null)` objects are slower dictionaries).
 */
export const NO_FIELDS: object = Object.freeze(Object.create(null)); // `Object.create` is typed `any`: the annotation gives it its type

/**
 * A new, empty record of fields in which any name is an ordinary field: input
 * records as read, and output records as written.
 *
 * @example
 * const record = fieldRecord();
 * record['__proto__'] = 'x';
 * Object.keys(record) //=> ['__proto__']
 */
export function fieldRecord(): Record<string, unknown> {
  const record: Record<string, unknown> = Object.create(NO_FIELDS); // typed `any`: the annotation gives it its type
  return record;
}
