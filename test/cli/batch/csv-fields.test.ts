import { csvFields, opensQuote } from '../../../src/cli/batch/csv-fields';

describe('csvFields', () => {
  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['a,,', ['a', '', '']],
    ['', ['']],
    ['"a,b",c', ['a,b', 'c']],
    ['"say ""hi""",x', ['say "hi"', 'x']],
    ['x,"line\nbreak"', ['x', 'line\nbreak']],
    ['"",x', ['', 'x']],
    ['ab"c,d', ['ab"c', 'd']],
    ['"a"b,c', ['ab', 'c']],
    ['x,"open', ['x', 'open']],
  ])('splits %j', (text, fields) => {
    expect(csvFields(text)).toEqual(fields);
  });
});

describe('opensQuote', () => {
  it.each([
    ['a,b', false],
    ['a,"b', true],
    ['a,"b""c', true],
    ['a,"b""c"', false],
  ])('%j leaves a quote open: %s', (text, open) => {
    expect(opensQuote(text)).toBe(open);
  });
});
