/** Styles a renderer may ask for; the CLI decides whether they colour anything. */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  /** A deadline or other key value. */
  accent(text: string): string;
  ok(text: string): string;
  warn(text: string): string;
  bad(text: string): string;
}

const same = (text: string): string => text;

/** Paint that leaves text as it is: for pipes, files, `NO_COLOR` and tests. */
export const plain: Paint = Object.freeze({ bold: same, dim: same, accent: same, ok: same, warn: same, bad: same });

/**
 * Paint that asks `current` for the paint to use at each call. Commands get
 * it when the program is built, before `--no-color` is parsed; the paint it
 * stands for is chosen once the options are known.
 *
 * @example
 * let chosen = plain;
 * const paint = paintOf(() => chosen);
 * paint.bold('x') //=> 'x'
 */
export function paintOf(current: () => Paint): Paint {
  return Object.freeze({
    bold: (s: string) => current().bold(s),
    dim: (s: string) => current().dim(s),
    accent: (s: string) => current().accent(s),
    ok: (s: string) => current().ok(s),
    warn: (s: string) => current().warn(s),
    bad: (s: string) => current().bad(s),
  });
}
