import { shellWords } from './shell-words';

const texts = (line: string) => shellWords(line).map((w) => w.text);

describe('shellWords', () => {
  it('splits on runs of blanks', () => {
    expect(texts('  sla   table\t--json ')).toEqual(['sla', 'table', '--json']);
  });

  it('keeps a double-quoted text as one word, blanks and single quotes included', () => {
    expect(texts(`sla classify "SMS isn't sent" x`)).toEqual(['sla', 'classify', "SMS isn't sent", 'x']);
  });

  it('drops the backslash of an escaped quote, backslash, dollar or backquote inside double quotes', () => {
    expect(texts('"a \\"b\\" \\\\ \\$HOME \\`x\\`"')).toEqual(['a "b" \\ $HOME `x`']);
  });

  it('keeps a backslash before another character inside double quotes', () => {
    expect(texts('"C:\\dir"')).toEqual(['C:\\dir']);
  });

  it('keeps everything inside single quotes as it is', () => {
    expect(texts(`'a "b" \\n $x'`)).toEqual(['a "b" \\n $x']);
  });

  it('joins quoted and unquoted parts that touch into one word', () => {
    expect(texts(`--map=id='Ticket ID'"!"`)).toEqual(['--map=id=Ticket ID!']);
  });

  it('keeps an empty quoted word', () => {
    expect(texts(`a "" ''`)).toEqual(['a', '', '']);
  });

  it('keeps the character after a backslash outside quotes', () => {
    expect(texts('a\\ b c')).toEqual(['a b', 'c']);
  });

  it('joins a line continued by a backslash before the newline', () => {
    expect(texts('sla deadline \\\n      --now x')).toEqual(['sla', 'deadline', '--now', 'x']);
  });

  it('makes an unquoted < or | an operator word of its own, and a quoted one text', () => {
    expect(shellWords(`a<b|c "<" '|'`)).toEqual([
      { text: 'a', quoted: false },
      { text: '<', quoted: false },
      { text: 'b', quoted: false },
      { text: '|', quoted: false },
      { text: 'c', quoted: false },
      { text: '<', quoted: true },
      { text: '|', quoted: true },
    ]);
  });

  it('throws on an unterminated quote', () => {
    expect(() => shellWords('a "b')).toThrow(/unterminated double quote/);
    expect(() => shellWords("a 'b")).toThrow(/unterminated single quote/);
  });
});
