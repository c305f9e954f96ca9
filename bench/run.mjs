// `npm run bench`: prints figures; it never fails on a slow machine.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compareLibraries } from './compare-libraries.mjs';
import { writeTickets } from './generate-tickets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function wallMs(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function coldStart(runs) {
  const sla = [join(root, 'bin', 'sla'), 'deadline', '--opened', '2025-06-02T10:00:00+02:00', '--priority', '2', '--plan', 'professional', '--json'];
  const base = ['-e', '0'];
  const a = [];
  const b = [];
  wallMs(sla); // warm the file cache
  for (let i = 0; i < runs; i++) {
    b.push(wallMs(base));
    a.push(wallMs(sla));
  }
  return { sla: median(a), node: median(b) };
}

/**
 * Runs `sla` with its output piped and thrown away as it comes (as `| wc` would),
 * and measures the wall time and the peak RSS: by /usr/bin/time -v when the
 * system has it, else by a preloaded hook that prints process.resourceUsage().maxRSS.
 */
async function measured(args) {
  const time = existsSync('/usr/bin/time');
  const sla = join(root, 'bin', 'sla');
  const [command, argv] = time
    ? ['/usr/bin/time', ['-v', process.execPath, sla, ...args]]
    : [process.execPath, ['--require', join(root, 'bench', 'max-rss.cjs'), sla, ...args]];
  const started = process.hrtime.bigint();
  const child = spawn(command, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let bytes = 0;
  let stderr = '';
  child.stdout.on('data', (chunk) => (bytes += chunk.length));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [code] = await once(child, 'close');
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (code !== 0) throw new Error(`sla ${args.join(' ')} exited ${code}: ${stderr}`);
  const kb = Number((/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) ?? /max-rss-kb (\d+)/.exec(stderr))?.[1]);
  return { ms, bytes, rssMb: kb / 1024, by: time ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS' };
}

mkdirSync(join(root, '.bench'), { recursive: true });
await build({ entryPoints: [join(root, 'bench', 'core.ts')], outfile: join(root, '.bench', 'core.js'), bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
const core = require(join(root, '.bench', 'core.js'));

const cpu = cpus();
console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}`);
const start = coldStart(21);
console.log(`cold start  sla deadline --json: ${start.sla.toFixed(1)} ms median; node -e 0: ${start.node.toFixed(1)} ms; ratio ${(start.sla / start.node).toFixed(2)}`);
const t = core.coreThroughput(3);
console.log(`core        business-hours deadlines: ${Math.round(t.perSecond).toLocaleString('en-US')} per second (${t.count.toLocaleString('en-US')} computed)`);
compareLibraries(core, t);
const long = core.longTarget();
console.log(`long target 10,000 business hours: ${long.coldMs.toFixed(2)} ms first call (day cache empty), ${long.warmMs.toFixed(3)} ms warm`);

const TICKETS = 1_000_000;
const NOW = '2025-07-01T09:00:00+02:00';
const file = join(root, '.bench', `tickets-${TICKETS}-v1.ndjson`);
if (!existsSync(file)) await writeTickets(file, TICKETS, NOW);
const mb = (statSync(file).size / 1e6).toFixed(0);
const batch = await measured(['deadline', '--input', file, '--now', NOW]);
console.log(
  `batch       sla deadline --input (NDJSON in and out), ${TICKETS.toLocaleString('en-US')} tickets (${mb} MB): ` +
    `${Math.round(TICKETS / (batch.ms / 1000)).toLocaleString('en-US')} tickets/s, ${(batch.ms / 1000).toFixed(1)} s, ` +
    `peak RSS ${batch.rssMb.toFixed(0)} MB (${batch.by}), ${(batch.bytes / 1e6).toFixed(0)} MB out`,
);
const report = await measured(['report', file, '--now', NOW, '--json']);
console.log(
  `report      sla report, same file: ${Math.round(TICKETS / (report.ms / 1000)).toLocaleString('en-US')} tickets/s, ` +
    `${(report.ms / 1000).toFixed(1)} s, peak RSS ${report.rssMb.toFixed(0)} MB`,
);
