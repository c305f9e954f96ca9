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
