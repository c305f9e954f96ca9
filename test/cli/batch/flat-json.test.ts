import fc from 'fast-check';
import { readFlatObject } from '../../../src/cli/batch/flat-json';

/** What JSON.parse gives, as comparable data: the entries in order. */
const parsed = (text: string): unknown => Object.entries(JSON.parse(text) as Record<string, unknown>);
const read = (text: string): unknown => {
  const record = readFlatObject(text);
  return record === undefined ? undefined : Object.entries(record);
};

describe('readFlatObject', () => {
  it('reads a flat object of strings, numbers, booleans and null as JSON.parse does', () => {
    const text = '{"id":"T-1","priority":2,"beta":false,"done":true,"responded":null}';
    expect(read(text)).toEqual(parsed(text));
  });

  it('reads whitespace around every token', () => {
    const text = ' \t{ "id" :\t"T-1" ,\r"n" : 1 } \t';
    expect(read(text)).toEqual(parsed(text));
  });

  it('reads an empty object', () => {
    expect(read('{ }')).toEqual([]);
  });

  it('keeps characters past ASCII, line and paragraph separators included', () => {
    const text = '{"id":"é😀\u2028\u2029"}';
    expect(read(text)).toEqual(parsed(text));
  });

  it('reads numbers with fractions and exponents to the same value (1e3, 2E-2, 1.50)', () => {
    const text = '{"a":1e3,"b":2E-2,"c":1.50,"d":-12,"e":123456789012345678901234567890,"f":1e999}';
    expect(read(text)).toEqual(parsed(text));
  });

  it('reads -0 as negative zero', () => {
    expect(Object.is(readFlatObject('{"a":-0}')?.a, -0)).toBe(true);
  });

  it('makes a field named __proto__ an own field, with no prototype behind the record', () => {
    const record = readFlatObject('{"__proto__":"x","constructor":"y"}');
    expect(record && Object.getPrototypeOf(Object.getPrototypeOf(record))).toBeNull();
    expect(record && Object.entries(record)).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
  });

  it('reads lines of the same keys one after another, and lines of other or longer or shorter keys after them', () => {
    for (const text of ['{"id":"a","team":"b"}', '{"id":"c","team":"d"}', '{"idx":"e","tea":"f"}', '{"i":"g"}', '{"id":"h","team":"i","extra":1}', '{"team":"j","id":"k"}']) {
      expect(read(text)).toEqual(parsed(text));
    }
  });

  it('leaves a string with an escape to JSON.parse', () => {
    expect(readFlatObject('{"id":"T-\\u0041"}')).toBeUndefined();
  });

  it('leaves a key with an escape to JSON.parse', () => {
    expect(readFlatObject('{"i\\"d":"T-1"}')).toBeUndefined();
  });

  it('leaves a nested object or array to JSON.parse', () => {
    expect(readFlatObject('{"id":"T-1","tags":["a"]}')).toBeUndefined();
    expect(readFlatObject('{"id":"T-1","meta":{"a":1}}')).toBeUndefined();
  });

  it('leaves a key given twice to JSON.parse, which keeps the last value in the first place', () => {
    expect(readFlatObject('{"id":"a","x":1,"id":"b"}')).toBeUndefined();
  });

  it('leaves keys that may be array indices to JSON.parse, which puts them first', () => {
    expect(readFlatObject('{"b":1,"2":2}')).toBeUndefined();
  });

  it('leaves a raw control character in a string to JSON.parse', () => {
    expect(readFlatObject('{"id":"a\u0001b"}')).toBeUndefined();
  });

  it('leaves every line that is not valid JSON to JSON.parse', () => {
    for (const text of ['{"a":01}', '{"a":.5}', '{"a":-}', '{"a":1.}', '{"a":1e}', '{"a":tru}', "{'a':1}", '{"a":"x"}x', '{"a":1,}', '{"a" 1}', '{"a":1 "b":2}', '{"a":"open}', '{"a":1', '\uFEFF{"a":1}', '{\u00a0"a":1}', '[1]', '"a"', '']) {
      expect([text, readFlatObject(text)]).toEqual([text, undefined]);
    }
  });

  it('gives what JSON.parse gives for any flat object it reads', () => {
    const key = fc.string({ maxLength: 6 });
    const value = fc.oneof(fc.string({ maxLength: 8 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
    const space = fc.constantFrom('', ' ', '\t', ' \r ');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value, space), { maxLength: 6 }), (entries) => {
        const text = `{${entries.map(([k, v, s]) => `${s}${JSON.stringify(k)}${s}:${s}${JSON.stringify(v)}${s}`).join(',')}}`;
        const record = readFlatObject(text);
        // Anything left to JSON.parse is read there; whatever is read here must be what it gives.
        if (record !== undefined) expect(Object.entries(record)).toEqual(parsed(text));
      }),
    );
  });

  it('reads numbers to the very value JSON.parse gives', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.bigInt().map(String)), (n) => {
        const text = `{"n":${typeof n === 'string' ? n : JSON.stringify(n)}}`;
        expect(Object.is(readFlatObject(text)?.n, (JSON.parse(text) as { n: unknown }).n)).toBe(true);
      }),
    );
  });
});
