/**
 * A string as `JSON.stringify` writes it. Most strings of a batch (ids, team
 * names, plan names) need no escape: those are checked once, character by
 * character, and written between quotes; any other goes to `JSON.stringify`.
 *
 * @example
 * jsonString('T-1') //=> '"T-1"'
 * jsonString('say "hi"') //=> '"say \\"hi\\""'
 */
export function jsonString(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A quote, a backslash, a control character or half a surrogate pair is escaped: JSON.stringify knows how.
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(text);
  }
  return `"${text}"`;
}

/**
 * Any value read from an input record as `JSON.stringify` writes it: strings
 * by {@link jsonString}, finite numbers as `String` writes them (the same
 * text), true, false and null as they are, and anything else (an array, an
 * object, a number too large to hold) by `JSON.stringify` itself.
 *
 * @example
 * jsonValue(1.5) //=> '1.5'
 * jsonValue(['a', 1]) //=> '["a",1]'
 */
export function jsonValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return jsonString(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      return value === null ? 'null' : (JSON.stringify(value) ?? 'null');
  }
}
