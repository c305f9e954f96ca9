/** A word of a command line: its text, and whether any of it was quoted (a quoted `<` or `|` is text, not an operator). */
export interface ShellWord {
  text: string;
  quoted: boolean;
}

/**
 * Splits one command line into words as a POSIX shell would, without expanding
 * anything: blanks separate words; single quotes keep everything up to the next
 * one; double quotes keep everything but `\"`, `\\`, `\$` and `` \` ``, which
 * lose their backslash; a backslash outside quotes keeps the next character, and
 * a backslash before a newline joins the lines. An unquoted `<` or `|` is a word
 * of its own. Throws on an unterminated quote.
 *
 * @example
 * shellWords(`sla classify "a b" 'c' d\\ e`).map((w) => w.text)
 * //=> ['sla', 'classify', 'a b', 'c', 'd e']
 */
export function shellWords(line: string): ShellWord[] {
  const words: ShellWord[] = [];
  let text = '';
  let quoted = false;
  let inWord = false;
  const end = () => {
    if (inWord) words.push({ text, quoted });
    text = '';
    quoted = false;
    inWord = false;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\n') {
      end();
    } else if (c === '<' || c === '|') {
      end();
      words.push({ text: c, quoted: false });
    } else if (c === '\\') {
      if (i + 1 >= line.length) throw new Error(`a backslash ends the line: ${line}`);
      const next = line[++i]!;
      if (next !== '\n') {
        text += next;
        inWord = true;
      }
    } else if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) throw new Error(`unterminated single quote: ${line}`);
      text += line.slice(i + 1, close);
      i = close;
      quoted = true;
      inWord = true;
    } else if (c === '"') {
      quoted = true;
      inWord = true;
      for (i++; ; i++) {
        if (i >= line.length) throw new Error(`unterminated double quote: ${line}`);
        const d = line[i]!;
        if (d === '"') break;
        if (d === '\\' && i + 1 < line.length && '"\\$`\n'.includes(line[i + 1]!)) {
          i++;
          if (line[i] !== '\n') text += line[i];
        } else {
          text += d;
        }
      }
    } else {
      text += c;
      inWord = true;
    }
  }
  end();
  return words;
}
