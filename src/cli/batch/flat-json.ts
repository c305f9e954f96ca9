import { BACKSLASH, CLOSE_BRACE as CLOSE, COLON, COMMA, DOT, isDigitCode as isDigit, isJsonSpace as isSpace, MINUS, NINE, OPEN_BRACE as OPEN, PLUS, QUOTE, ZERO } from '../../core/char-codes';
import { fieldRecord } from './field-record';

/** The most digits a whole number is read from by hand: below 2^53, so that every one is exact. */
const MAX_PLAIN_DIGITS = 15;

/** The keys of the last line read, in their places: the lines of a batch nearly all have the same. */
const lastKeys: string[] = [];

/** The most key places remembered. */
const MAX_PLACES = 64;


/**
 * Reads a line holding one flat JSON object, as a ticket of a batch nearly
 * always is, without `JSON.parse`: keys and string values without escapes,
 * numbers, true, false and null, and any whitespace between them. Gives the
 * same record `JSON.parse` gives (with no prototype, see `fieldRecord`), or
 * undefined for anything else, which the caller then reads with `JSON.parse`,
 * as before: an escape (`\"`, `\u0041`), a nested object or array, a key
 * given twice (JSON.parse keeps the last value in the first place), a key
 * that is an array index (an object puts those first), a control character,
 * and every line that is not valid JSON, whose message `JSON.parse` words.
 *
 * @example
 * readFlatObject('{"id": "T-1", "priority": 2, "beta": false}') //=> { id: 'T-1', priority: 2, beta: false }
 * readFlatObject('{"id": "T-\\u0031"}') //=> undefined (an escape: JSON.parse reads it)
 */
export function readFlatObject(text: string): Record<string, unknown> | undefined {
  const n = text.length;
  let i = 0;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== OPEN) return undefined;
  i++;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  const record = fieldRecord();
  if (text.charCodeAt(i) === CLOSE) return atEnd(text, i + 1) ? record : undefined;
  let place = 0;
  for (;;) {
    // A key: a string without escapes that is not an array index (those start with a digit).
    if (text.charCodeAt(i) !== QUOTE) return undefined;
    const keyEnd = stringEnd(text, i + 1);
    if (keyEnd < 0) return undefined;
    const first = text.charCodeAt(i + 1);
    if (first >= ZERO && first <= NINE) return undefined;
    // The key the line before had in this place, when it is the same: no new string to look up.
    const known = lastKeys[place];
    const key = known !== undefined && known.length === keyEnd - i - 1 && text.startsWith(known, i + 1) ? known : text.slice(i + 1, keyEnd);
    if (place < MAX_PLACES) lastKeys[place] = key;
    place++;
    // Values are never undefined: a key seen before has one.
    if (record[key] !== undefined) return undefined;
    i = keyEnd + 1;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== COLON) return undefined;
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i + 1);
      if (end < 0) return undefined;
      record[key] = text.slice(i + 1, end);
      i = end + 1;
    } else if (c === MINUS || (c >= ZERO && c <= NINE)) {
      const end = numberEnd(text, i);
      if (end < 0) return undefined;
      record[key] = numberOf(text, i, end);
      i = end;
    } else if (text.startsWith('true', i)) {
      record[key] = true;
      i += 4;
    } else if (text.startsWith('false', i)) {
      record[key] = false;
      i += 5;
    } else if (text.startsWith('null', i)) {
      record[key] = null;
      i += 4;
    } else {
      return undefined;
    }
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const next = text.charCodeAt(i);
    if (next === CLOSE) return atEnd(text, i + 1) ? record : undefined;
    if (next !== COMMA) return undefined;
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  }
}

/** Whether nothing but whitespace follows `from`. */
function atEnd(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Where a string that starts at `from` (after its quote) ends, at its closing quote; -1 for an escape, a control character or no end. */
function stringEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i;
    if (c === BACKSLASH || c < 0x20) return -1;
  }
  return -1;
}

/** Where a JSON number that starts at `from` ends; -1 when it is not one (`01`, `1.`, `-`, `.5`). */
function numberEnd(text: string, from: number): number {
  let i = from;
  if (text.charCodeAt(i) === MINUS) i++;
  const c = text.charCodeAt(i);
  if (c === ZERO) i++;
  else if (c > ZERO && c <= NINE) while (isDigit(text.charCodeAt(i))) i++;
  else return -1;
  if (text.charCodeAt(i) === DOT) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return -1;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === PLUS || sign === MINUS) i++;
    if (!isDigit(text.charCodeAt(i))) return -1;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/** The value of a valid JSON number: a short whole number by hand, anything else as `Number` reads it (the same value JSON.parse gives). */
function numberOf(text: string, from: number, to: number): number {
  const negative = text.charCodeAt(from) === MINUS;
  const start = negative ? from + 1 : from;
  if (to - start <= MAX_PLAIN_DIGITS) {
    let value = 0;
    let i = start;
    for (; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < ZERO || c > NINE) break;
      value = value * 10 + (c - ZERO);
    }
    // `-0` is JSON.parse's negative zero.
    if (i === to) return negative ? -value : value;
  }
  return Number(text.slice(from, to));
}
