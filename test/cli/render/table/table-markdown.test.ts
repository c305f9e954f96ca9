import { markdownCell } from '../../../../src/cli/render/table/table-markdown';

describe('markdownCell', () => {
  it('escapes a pipe, which would end the cell', () => {
    expect(markdownCell('Slow | flaky')).toBe('Slow \\| flaky');
  });

  it('escapes a backslash, so that an escaped pipe in a name cannot split the cell', () => {
    expect(markdownCell('a\\|b')).toBe('a\\\\\\|b');
    expect(markdownCell('C:\\x')).toBe('C:\\\\x');
  });

  it.each([
    ['LF', 'one\ntwo'],
    ['CRLF', 'one\r\ntwo'],
    ['CR', 'one\rtwo'],
    ['a line separator', 'one\u2028two'],
    ['a paragraph separator', 'one\u2029two'],
  ])('turns a line break (%s), which would end the row, into a space', (_, text) => {
    expect(markdownCell(text)).toBe('one two');
  });

  it('leaves other text as it is', () => {
    expect(markdownCell('Down, "hard"')).toBe('Down, "hard"');
  });
});
