import { isDigitCode as isDigit, isJsonSpace as isSpace } from '../core/char-codes';

/** Where a text stops being JSON, and why, in words that never repeat the text. */
export interface JsonSyntaxError {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in characters of that line. */
  readonly column: number;
  readonly reason: string;
}

const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const ESCAPES = new Set('"\\/bfnrtu'.split('').map((ch) => ch.charCodeAt(0)));

/** Thrown inside the scanner with the offset of the first character that is not JSON. */
class Stop {
  constructor(
    readonly at: number,
    readonly reason: string,
  ) {}
}

/**
 * Finds the first place where `text` is not JSON, by the grammar `JSON.parse`
 * follows. The engine's own messages quote the text around the error (for a
 * file that is not JSON at all, its first characters), which must never reach
 * a message: this gives the place and a reason instead. Scans with an explicit
 * stack, so that deep nesting cannot overflow the call stack. Undefined when the
 * text is JSON.
 *
 * @example
 * jsonSyntaxError('{"a": 1,}') //=> { line: 1, column: 9, reason: 'expected a string key' }
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    scan(text);
    return undefined;
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    return { ...lineAndColumn(text, err.at), reason: err.reason };
  }
}

/**
 * `not valid JSON at line L, column C (reason)`, or plain `not valid JSON`
 * when the place cannot be found.
 *
 * @example
 * describeJsonError('root:x:0:0') //=> 'not valid JSON at line 1, column 1 (unexpected character)'
 */
export function describeJsonError(text: string): string {
  const error = jsonSyntaxError(text);
  return error ? `not valid JSON at line ${error.line}, column ${error.column} (${error.reason})` : 'not valid JSON';
}

/**
 * The same for one line of an NDJSON text, whose line number the caller names:
 * `not valid JSON at column C (reason)`.
 *
 * @example
 * describeJsonLineError('{"id": 1,}') //=> 'not valid JSON at column 10 (expected a string key)'
 */
export function describeJsonLineError(line: string): string {
  const error = jsonSyntaxError(line);
  return error ? `not valid JSON at column ${error.column} (${error.reason})` : 'not valid JSON';
}

function lineAndColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: at - start + 1 };
}

function scan(s: string): void {
  const n = s.length;
  let i = 0;
  const stop = (reason: string): Stop => new Stop(i, i >= n ? 'the text ends early' : reason);
  const skipSpace = (): void => {
    while (i < n && isSpace(s.charCodeAt(i))) i += 1;
  };
  const expect = (ch: string, reason: string): void => {
    if (s[i] !== ch) throw stop(reason);
    i += 1;
  };
  const string = (): void => {
    i += 1; // the opening quote
    for (;;) {
      if (i >= n) throw stop('');
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return;
      }
      if (c < 0x20) throw stop('a control character inside a string');
      if (c === 0x5c) {
        i += 1;
        if (i >= n) throw stop('');
        const e = s.charCodeAt(i);
        if (!ESCAPES.has(e)) throw stop('an unknown escape inside a string');
        i += 1;
        if (e === 0x75) {
          for (let k = 0; k < 4; k += 1, i += 1) if (!isHex(s.charCodeAt(i))) throw stop('an escape \\u needs four hex digits');
        }
      } else i += 1;
    }
  };
  const digits = (): void => {
    if (!isDigit(s.charCodeAt(i))) throw stop('expected a digit');
    while (isDigit(s.charCodeAt(i))) i += 1;
  };
  const number = (): void => {
    if (s[i] === '-') i += 1;
    if (s[i] === '0') i += 1;
    else digits();
    if (s[i] === '.') {
      i += 1;
      digits();
    }
    if (s[i] === 'e' || s[i] === 'E') {
      i += 1;
      if (s[i] === '+' || s[i] === '-') i += 1;
      digits();
    }
  };
  const word = (w: string): void => {
    for (const ch of w) expect(ch, 'unexpected character');
  };
  const key = (): void => {
    skipSpace();
    if (s[i] !== '"') throw stop('expected a string key');
    string();
    skipSpace();
    expect(':', "expected ':' after a key");
  };
  /** Open arrays and objects, innermost last. */
  const open: string[] = [];
  for (;;) {
    // A value.
    skipSpace();
    const c = s[i];
    if (c === '{') {
      i += 1;
      skipSpace();
      if (s[i] === '}') i += 1;
      else {
        open.push('}');
        key();
        continue;
      }
    } else if (c === '[') {
      i += 1;
      skipSpace();
      if (s[i] === ']') i += 1;
      else {
        open.push(']');
        continue;
      }
    } else if (c === '"') string();
    else if (c === '-' || (c !== undefined && isDigit(c.charCodeAt(0)))) number();
    else if (c === 't') word('true');
    else if (c === 'f') word('false');
    else if (c === 'n') word('null');
    else throw stop('unexpected character');
    // After a value: close what it ends, then a comma leads to the next one.
    for (;;) {
      skipSpace();
      const close = open[open.length - 1];
      if (close === undefined) {
        if (i < n) throw stop('more text after the value');
        return;
      }
      if (s[i] === close) {
        open.pop();
        i += 1;
        continue;
      }
      if (s[i] !== ',') throw stop(close === '}' ? "expected ',' or '}'" : "expected ',' or ']'");
      i += 1;
      if (close === '}') key();
      break;
    }
  }
}
