import { colorAllowed, type Io } from './io';
import { packageRoot } from './package-root';
import { plain, type Paint } from './paint';
import { run } from './run';
import { join } from 'node:path';

// The process entry point: builds the real Io and Paint, then hands over to `run`.
const args = process.argv.slice(2);
const color = !args.includes('--no-color') && colorAllowed(process.env, Boolean(process.stdout.isTTY));

function chalkPaint(): Paint {
  // Loaded only when colouring: pipes and scripts never pay for it.
  const { Chalk } = require('chalk') as typeof import('chalk');
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

// A closed pipe (`sla ... | head`) is not an error worth a message.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const io: Io = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  stdinChunks: () => process.stdin,
  write: (s) =>
    new Promise<void>((done) => {
      if (process.stdout.write(s)) done();
      else process.stdout.once('drain', done);
    }),
  now: () => Date.now(),
  cwd: process.cwd(),
  holidaysDir: join(packageRoot(__dirname), 'holidays'),
  color,
  stderrIsTTY: Boolean(process.stderr.isTTY),
};

run(args, io, color ? chalkPaint() : plain).then((code) => {
  process.exitCode = code;
});
