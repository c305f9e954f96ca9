// `npm run bench`: prints figures; it never fails on a slow machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

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

mkdirSync(join(root, '.bench'), { recursive: true });
await build({ entryPoints: [join(root, 'bench', 'core.ts')], outfile: join(root, '.bench', 'core.js'), bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
const core = require(join(root, '.bench', 'core.js'));

const cpu = cpus();
console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}`);
const start = coldStart(21);
console.log(`cold start  sla deadline --json: ${start.sla.toFixed(1)} ms median; node -e 0: ${start.node.toFixed(1)} ms; ratio ${(start.sla / start.node).toFixed(2)}`);
const t = core.coreThroughput(3);
console.log(`core        business-hours deadlines: ${Math.round(t.perSecond).toLocaleString('en-US')} per second (${t.count.toLocaleString('en-US')} computed)`);
const long = core.longTarget();
console.log(`long target 10,000 business hours: ${long.coldMs.toFixed(2)} ms first call (day cache empty), ${long.warmMs.toFixed(3)} ms warm`);
