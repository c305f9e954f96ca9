import { csvCell, csvLine } from '../../../../src/cli/render/shared/csv-cell';

describe('csvCell: text from outside', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+41 20 000', "'+41 20 000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tcmd', "'\tcmd"],
  ])('puts a quote before a cell that starts like a formula: %j', (value, cell) => {
    expect(csvCell(value, 'outside')).toBe(cell);
  });

  it('neutralises, then quotes as RFC 4180 asks', () => {
    expect(csvCell('=HYPERLINK("http://x","y")', 'outside')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('\rcr', 'outside')).toBe('"\'\rcr"');
    expect(csvCell('@a,b', 'outside')).toBe('"\'@a,b"');
  });

  it('leaves text that only holds a formula character later on as it is', () => {
    expect(csvCell('T-101', 'outside')).toBe('T-101');
    expect(csvCell('a=b', 'outside')).toBe('a=b');
    expect(csvCell(' =1', 'outside')).toBe(' =1');
  });

  it('quotes only when a comma, a quote or a line break asks for it', () => {
    expect(csvCell('Acme, "gold"', 'outside')).toBe('"Acme, ""gold"""');
    expect(csvCell('two\nlines', 'outside')).toBe('"two\nlines"');
    expect(csvCell('plain', 'outside')).toBe('plain');
  });

  it('never changes a number or a boolean, which cannot be a formula', () => {
    expect(csvCell(-5, 'outside')).toBe('-5');
    expect(csvCell(false, 'outside')).toBe('false');
  });

  it('writes an object as JSON, quoted', () => {
    expect(csvCell({ a: 1 }, 'outside')).toBe('"{""a"":1}"');
  });
});

describe('csvCell: computed values', () => {
  it('keeps a negative number as it is', () => {
    expect(csvCell(-35, 'computed')).toBe('-35');
    expect(csvCell('-35', 'computed')).toBe('-35');
    expect(csvCell(-0.5, 'computed')).toBe('-0.5');
  });

  it('keeps an instant with a negative offset as it is', () => {
    expect(csvCell('2025-06-02T10:00:00-05:00', 'computed')).toBe('2025-06-02T10:00:00-05:00');
  });

  it('writes nothing for none', () => {
    expect(csvCell(null, 'computed')).toBe('');
    expect(csvCell(undefined, 'outside')).toBe('');
  });

  it('still quotes as RFC 4180 asks', () => {
    expect(csvCell('a, b', 'computed')).toBe('"a, b"');
  });
});

describe('csvLine', () => {
  it('joins cells, each by its origin', () => {
    expect(csvLine([['=cmd', 'outside'], [-35, 'computed'], ['-1', 'computed'], [null, 'computed']])).toBe("'=cmd,-35,-1,");
  });
});
