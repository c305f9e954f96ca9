import { LineSplitter, type LineEnd } from '../../../src/cli/batch/line-splitter';

/** The lines of a text pushed in pieces of `size` characters. */
function lines(text: string, size: number, max?: number): Array<[string | undefined, LineEnd, number]> {
  const out: Array<[string | undefined, LineEnd, number]> = [];
  const splitter = new LineSplitter((t, end, line) => out.push([t, end, line]), max);
  for (let i = 0; i < text.length; i += size) splitter.push(text.slice(i, i + size));
  splitter.end();
  return out;
}

describe('LineSplitter', () => {
  it('ends lines at LF, CRLF and a lone CR, whatever the pieces', () => {
    const text = 'a\nb\r\nc\rd\r\re';
    const expected = [
      ['a', '\n', 1],
      ['b', '\r\n', 2],
      ['c', '\r', 3],
      ['d', '\r', 4],
      ['', '\r', 5],
      ['e', '', 6],
    ];
    for (const size of [1, 2, 3, text.length]) expect(lines(text, size)).toEqual(expected);
  });

  it('takes a CR that ends a piece and an LF that starts the next as one line end', () => {
    expect(lines('a\r\nb\r', 2)).toEqual([
      ['a', '\r\n', 1],
      ['b', '\r', 2],
    ]);
  });

  it('passes on a line longer than the limit as undefined, and goes on after it', () => {
    expect(lines('ok\nxxxxxxxxxx\nyes', 3, 5)).toEqual([
      ['ok', '\n', 1],
      [undefined, '\n', 2],
      ['yes', '', 3],
    ]);
  });

  it('gives no line for empty input', () => {
    expect(lines('', 1)).toEqual([]);
  });
});
