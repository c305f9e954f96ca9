import type { Paint } from './paint';

/**
 * The terminal's colours: chalk at 16 colours. Loaded on the first call, and
 * `run` calls it only when colouring, so pipes and scripts never load chalk.
 * The in-process tests use the same palette, so coloured output under test is
 * the user's.
 *
 * @example
 * run(args, io, terminalPaint) // colours only when io.color and no --no-color
 */
export function terminalPaint(): Paint {
  const { Chalk }: typeof import('chalk') = require('chalk'); // `require` is typed `any`: the annotation gives it its type
  const chalk = new Chalk({ level: 1 });
  return {
    bold: (s) => chalk.bold(s),
    dim: (s) => chalk.dim(s),
    accent: (s) => chalk.cyan(s),
    ok: (s) => chalk.green(s),
    warn: (s) => chalk.yellow(s),
    bad: (s) => chalk.red(s),
  };
}
