import { csvFields, scanCsvLine, type CsvScan } from '../../../src/cli/batch/csv-fields';

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
    ['T-1,27" monitor,"x"', ['T-1', '27" monitor', 'x']],
    ['a, "b",c', ['a', ' "b"', 'c']],
  ])('splits %j', (text, fields) => {
    expect(csvFields(text)).toEqual(fields);
  });
});

describe('scanCsvLine', () => {
  const scan = (): CsvScan => ({ fields: [], quoted: undefined });

  it.each([
    ['a,b', false],
    ['a,"b', true],
    ['a,"b""c', true],
    ['a,"b""c"', false],
    ['a,b"c', false],
    ['27" monitor,"x', true],
  ])('%j leaves a quoted field open: %s', (text, open) => {
    expect(scanCsvLine(text, scan())).toBe(open);
  });

  it('goes on with a quoted field left open by the line before', () => {
    const s = scan();
    expect(scanCsvLine('1,"two', s)).toBe(true);
    s.quoted!.push('\r\n');
    expect(scanCsvLine('lines",3', s)).toBe(false);
    expect(s.fields).toEqual(['1', 'two\r\nlines', '3']);
  });
});
