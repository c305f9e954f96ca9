import { describeJsonError, jsonSyntaxError } from '../../src/io/json-syntax-error';

/** Where the engine puts the error, when its message says (`at position N`), as a 0-based offset. */
function enginePosition(text: string): number | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (err) {
    const m = /at position (\d+)/.exec((err as Error).message);
    return m ? Number(m[1]) : undefined;
  }
}

describe('jsonSyntaxError', () => {
  it.each(['{}', '[]', ' {"a": [1, -2.5e+3, true, false, null, "x\\u00e9\\n"]} \n', '"text"', '0', '[[], {}, [{}]]'])('finds nothing wrong in %j', (text) => {
    expect(jsonSyntaxError(text)).toBeUndefined();
  });

  it.each([
    ['root:x:0:0:root:/root:/bin/bash', 1, 1, 'unexpected character'],
    ['DB_PASSWORD=hunter2', 1, 1, 'unexpected character'],
    ['{\n  "a": 1,\n}', 3, 1, 'expected a string key'],
    ['{"a" 1}', 1, 6, "expected ':' after a key"],
    ['[1 2]', 1, 4, "expected ',' or ']'"],
    ['{"a": 1 "b": 2}', 1, 9, "expected ',' or '}'"],
    ['{"a": [1, 2', 1, 12, 'the text ends early'],
    ['', 1, 1, 'the text ends early'],
    ['{} x', 1, 4, 'more text after the value'],
    ['"a\tb"', 1, 3, 'a control character inside a string'],
    ['"a\\qb"', 1, 4, 'an unknown escape inside a string'],
    ['"\\u12x4"', 1, 6, 'an escape \\u needs four hex digits'],
    ['[01]', 1, 3, "expected ',' or ']'"],
    ['[1.]', 1, 4, 'expected a digit'],
    ['[-]', 1, 3, 'expected a digit'],
    ['[tru]', 1, 5, 'unexpected character'],
    ["{'a': 1}", 1, 2, 'expected a string key'],
    ['{"a": 1}\r\n\r\n]', 3, 1, 'more text after the value'],
  ])('places the error in %j at line %d, column %d (%s)', (text, line, column, reason) => {
    expect(jsonSyntaxError(text)).toEqual({ line, column, reason });
  });

  it.each(['{"a": 1 "b": 2}', '[1 2]', '{"a" 1}', '{} x', '"a\tb"', '[1.]', '{"a": 1,}'])('agrees with the engine on where %j goes wrong', (text) => {
    const error = jsonSyntaxError(text)!;
    expect(error.column - 1).toBe(enginePosition(text));
  });

  it('scans deep nesting without overflowing the stack', () => {
    expect(jsonSyntaxError(`${'['.repeat(1_000_000)}x`)).toEqual({ line: 1, column: 1_000_001, reason: 'unexpected character' });
  });
});

describe('describeJsonError', () => {
  it('names the line and column and the reason, never the text', () => {
    expect(describeJsonError('root:x:0:0:root')).toBe('not valid JSON at line 1, column 1 (unexpected character)');
  });

  it('counts lines and columns from 1', () => {
    expect(describeJsonError('{\n  "a": 1,\n  "b": }')).toBe('not valid JSON at line 3, column 8 (unexpected character)');
  });
});
