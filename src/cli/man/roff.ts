/**
 * Text for a roff line: backslashes written as `\e`, the dashes of flags as
 * `\-` (a real minus, which man pages use so that flags can be searched for
 * and copied), and a line that would start with `.` or `'` (a request)
 * guarded with `\&`.
 *
 * @example
 * roffText('--plan "basic" \\ x') //=> '\\-\\-plan "basic" \\e x'
 */
export function roffText(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\e')
    .replace(/(^|[\s(["'`=|,/])(--?)(?=[A-Za-z])/g, (_, before: string, dashes: string) => `${before}${dashes.replace(/-/g, '\\-')}`);
  // `\:` lets a line break after a `|`, so that a long list of values (`a|b|c`) never overflows.
  return escaped
    .replace(/\|/g, '|\\:')
    .split('\n')
    .map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
    .join('\n');
}

/**
 * An option's flags in bold with its argument in italics: `-V, --version`,
 * `--plan <plan>` as `\fB\-\-plan\fR \fIplan\fR`.
 *
 * @example
 * roffFlags('--plan <plan>') //=> '\\fB\\-\\-plan\\fR \\fIplan\\fR'
 */
export function roffFlags(flags: string): string {
  return flags
    .split(/(,\s*|\s+)/)
    .map((part) => {
      if (part.trim() === '' || part.trim() === ',') return part;
      const arg = /^[<[](.+?)(\.\.\.)?[>\]]$/.exec(part);
      // The name group is not optional, so a match always has it; only the `...` may be absent.
      if (arg) return `${part[0] === '[' ? '[' : ''}\\fI${roffText(arg[1] ?? '')}\\fR${arg[2] ?? ''}${part[0] === '[' ? ']' : ''}`;
      return `\\fB${part.replace(/-/g, '\\-')}\\fR`;
    })
    .join('');
}
