import { jsonString, jsonValue } from '../../../src/cli/batch/json-text';

describe('jsonString', () => {
  it.each([['T-1'], [''], ['say "hi"'], ['a\\b'], ['\u0000\u001f\u007f'], ['é😀'], ['\u2028'], ['\ud800'], ['\udc00x']])('writes %j as JSON.stringify does', (text) => {
    expect(jsonString(text)).toBe(JSON.stringify(text));
  });
});

describe('jsonValue', () => {
  it.each([[1.5], [-0], [1e21], [Number.NaN], [Infinity], [true], [false], [null], [['a', 1]], [{ a: [null] }], ['x"y']])('writes %j as JSON.stringify does', (value) => {
    expect(jsonValue(value)).toBe(JSON.stringify(value));
  });
});
