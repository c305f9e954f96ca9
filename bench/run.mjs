// `npm run bench`: prints figures; it never fails on a slow machine.
// `node bench/run.mjs --only batch` measures the batch alone (after `npm run build`);
// `--sla PATH` measures another build's launcher (a copy of bin/sla and dist/), side by side.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compareLibraries } from './compare-libraries.mjs';
import { writeOffsetTickets, writeTickets } from './generate-tickets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => {
  const i = argv.indexOf(name);
  return i === -1 ? undefined : argv[i + 1];
};
const only = flag('--only');
if (only !== undefined && only !== 'batch') throw new Error(`bench: --only takes "batch", not ${JSON.stringify(only)}`);
const slaBin = flag('--sla') === undefined ? join(root, 'bin', 'sla') : resolve(flag('--sla'));
const require = createRequire(import.meta.url);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function wallMs(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** The commands whose start-up is measured against `node -e 0`. */
const COLD_COMMANDS = [
  ['sla deadline --json', ['deadline', '--opened', '2025-06-02T10:00:00+02:00', '--priority', '2', '--plan', 'professional', '--json']],
  ['sla table --json', ['table', '--json']],
  ['sla --version', ['--version']],
];

/** Median wall times of each command and of `node -e 0`, runs interleaved so that machine noise falls on all alike. */
function coldStart(runs) {
  const base = ['-e', '0'];
  const commands = COLD_COMMANDS.map(([label, args]) => ({ label, argv: [join(root, 'bin', 'sla'), ...args], times: [] }));
  const node = [];
  for (const c of commands) wallMs(c.argv); // warm the file cache
  for (let i = 0; i < runs; i++) {
    node.push(wallMs(base));
    for (const c of commands) c.times.push(wallMs(c.argv));
  }
  return { node: median(node), commands: commands.map((c) => ({ label: c.label, ms: median(c.times) })) };
}

/** "met", or by how much a figure misses its target. */
const verdict = (met, shortfall) => (met ? 'met' : `not met (${shortfall})`);

/**
 * Runs `sla` with its output piped and thrown away as it comes (as `| wc` would),
 * and measures the wall time and the peak RSS: by /usr/bin/time -v when the
 * system has it, else by a preloaded hook that prints process.resourceUsage().maxRSS.
 */
async function measured(args, env = {}) {
  const time = existsSync('/usr/bin/time');
  const sla = slaBin;
  const [command, argv] = time
    ? ['/usr/bin/time', ['-v', process.execPath, sla, ...args]]
    : [process.execPath, ['--require', join(root, 'bench', 'max-rss.cjs'), sla, ...args]];
  const started = process.hrtime.bigint();
  const child = spawn(command, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
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
const cpu = cpus();
console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}`);
if (only === undefined) await startAndCore();

/** Everything but the batch: start-up, the core, the libraries, long targets, far ranges, classification. */
async function startAndCore() {
  await build({ entryPoints: [join(root, 'bench', 'core.ts')], outfile: join(root, '.bench', 'core.js'), bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
  const core = require(join(root, '.bench', 'core.js'));

  const start = coldStart(21);
  console.log(`cold start  median of 21 interleaved runs; node -e 0: ${start.node.toFixed(1)} ms; target: ratio at most 1.5`);
  for (const c of start.commands) {
    const ratio = c.ms / start.node;
    console.log(`            ${c.label.padEnd(20)} ${c.ms.toFixed(1).padStart(6)} ms  ratio ${ratio.toFixed(2)}  ${verdict(ratio <= 1.5, `${(c.ms - 1.5 * start.node).toFixed(1)} ms over`)}`);
  }
  const t = core.coreThroughput(3);
  console.log(`core        business-hours deadlines: ${Math.round(t.perSecond).toLocaleString('en-US')} per second (${t.count.toLocaleString('en-US')} computed)`);
  compareLibraries(core, t);
  const long = core.longTarget();
  console.log(
    `long target 10,000 business hours: ${long.coldMs.toFixed(2)} ms first call (day cache empty), ${long.warmMs.toFixed(3)} ms warm; ` +
      `target under 1 ms: first call ${verdict(long.coldMs < 1, `${long.coldMs.toFixed(1)} ms`)}, warm ${verdict(long.warmMs < 1, `${long.warmMs.toFixed(2)} ms`)}`,
  );

  // Business time from 2025 to 9999-12-31 in the built-in policy: by year totals, no walk over its days.
  await build({ stdin: { contents: "export { businessTimeBetween } from './src/core/business-time-between'; export { parseInstant } from './src/core/iso'; export { getZone } from './src/core/zone'; export { loadPolicyWithCalendars } from './src/domain/load-policy-with-calendars';", resolveDir: root, loader: 'ts' }, outfile: join(root, '.bench', 'range.js'), bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
  {
    const { businessTimeBetween, parseInstant, getZone, loadPolicyWithCalendars } = require(join(root, '.bench', 'range.js'));
    const { schedule, policy } = loadPolicyWithCalendars({ cwd: root, holidaysDir: join(root, 'holidays') });
    const started = performance.now();
    const ms = businessTimeBetween(schedule, Date.parse('2025-06-02T10:00:00+02:00'), parseInstant('9999-12-31', getZone(policy.timezone)));
    const took = performance.now() - started;
    console.log(`far range   business time from 2025-06-02 to 9999-12-31: ${took.toFixed(0)} ms (${Math.round(ms / 3_600_000).toLocaleString('en-US')} business hours); target under 1 s: ${verdict(took < 1000, `${took.toFixed(0)} ms`)}`);
  }

  // In-process classification of a 2 KB e-mail (quoted reply and signature included), after a first call has loaded the stemmer.
  await build({ stdin: { contents: "export { classify } from './src/classify'; export { defaultPolicy } from './src/policy/load-policy';", resolveDir: root, loader: 'ts' }, outfile: join(root, '.bench', 'classify.js'), bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
  {
    const { classify, defaultPolicy } = require(join(root, '.bench', 'classify.js'));
    const policy = defaultPolicy();
    const para = (i) => `Since ${8 + (i % 9)}:${10 + i} none of our ${20 + i} agents can make or receive calls on the sales line; the dashboard shows error 50${i % 10}. We restarted the softphones, cleared caches and tried another network, nothing helps.`;
    const email = (n) => `Re: calls down ${n}\nHi support,\n\n${[0, 1, 2, 3, 4].map((i) => para(n + i)).join('\n\n')}\n\nKind regards,\nAnna Jansen\nTeam lead\n\nOn Mon, 3 Mar 2025 at 10:12, Support <support@example.com> wrote:\n> As a workaround you could forward the line to a mobile.\n> Kind regards`.padEnd(2048, ' x').slice(0, 2048);
    const first = performance.now();
    classify({ text: email(0), requested: 1 }, policy);
    const firstMs = performance.now() - first;
    const runs = 2000;
    const started = performance.now();
    for (let i = 0; i < runs; i++) classify({ text: email(i % 200), requested: 1 }, policy);
    const ms = (performance.now() - started) / runs;
    console.log(`classify    2 KB e-mail in process: ${ms.toFixed(3)} ms each (mean of ${runs}, 200 different texts), first call ${firstMs.toFixed(1)} ms (loads the stemmer); target under 1 ms: ${verdict(ms < 1, `${ms.toFixed(2)} ms`)}`);
  }

}

const TICKETS = 1_000_000;
const NOW = '2025-07-01T09:00:00+02:00';
/** The two batch mixes: the file, how it was made, and what it holds. */
const MIXES = [
  {
    label: 'mix 1',
    what: 'UTC instants over 30 days, a third on a plan without targets',
    file: join(root, '.bench', `tickets-${TICKETS}-v1.ndjson`),
    write: (path) => writeTickets(path, TICKETS, NOW),
  },
  {
    label: 'mix 2',
    what: 'all covered, numeric offsets (+02:00, -05:00, +05:30, ...) over 15 years',
    file: join(root, '.bench', `tickets-${TICKETS}-offsets-v1.ndjson`),
    write: (path) => writeOffsetTickets(path, TICKETS, NOW),
  },
];
const per = (ms) => Math.round(TICKETS / (ms / 1000));
const RUNS = 3;
/**
 * {@link measured} three times: the median time (on a shared machine the noise of other work falls
 * on either side of it, run to run by a quarter or more), the highest peak RSS, and the range of rates.
 */
async function measuredMedian(args, env = {}) {
  const all = [];
  for (let i = 0; i < RUNS; i++) all.push(await measured(args, env));
  const byTime = [...all].sort((a, b) => a.ms - b.ms);
  const range = `median of ${RUNS}; ${per(byTime[RUNS - 1].ms).toLocaleString('en-US')} to ${per(byTime[0].ms).toLocaleString('en-US')}`;
  return { ...byTime[Math.floor(RUNS / 2)], rssMb: Math.max(...all.map((r) => r.rssMb)), range };
}
for (const mix of MIXES) {
  if (!existsSync(mix.file)) await mix.write(mix.file);
  const mb = (statSync(mix.file).size / 1e6).toFixed(0);
  // By default a file this large is judged by worker threads: first the same on one thread.
  const batch = await measuredMedian(['deadline', '--input', mix.file, '--now', NOW], { SLA_BATCH_THREADS: '1' });
  console.log(
    `batch       ${mix.label}: sla deadline --input (NDJSON in and out), ${TICKETS.toLocaleString('en-US')} tickets (${mb} MB; ${mix.what}); one thread (SLA_BATCH_THREADS=1): ` +
      `${per(batch.ms).toLocaleString('en-US')} tickets/s (${batch.range}), ${(batch.ms / 1000).toFixed(1)} s, ` +
      `peak RSS ${batch.rssMb.toFixed(0)} MB (${batch.by}), ${(batch.bytes / 1e6).toFixed(0)} MB out`,
  );
  console.log(
    `            targets: at least 200,000 tickets/s ${verdict(per(batch.ms) >= 200_000, `${per(batch.ms).toLocaleString('en-US')}/s`)}; ` +
      `under 150 MB ${verdict(batch.rssMb < 150, `${batch.rssMb.toFixed(0)} MB`)}`,
  );
  // As it runs by default: the same output, judged by worker threads on every core.
  const threaded = await measuredMedian(['deadline', '--input', mix.file, '--now', NOW]);
  console.log(
    `            by default (worker threads): ${per(threaded.ms).toLocaleString('en-US')} tickets/s (${threaded.range}), ${(threaded.ms / 1000).toFixed(1)} s, ` +
      `peak RSS ${threaded.rssMb.toFixed(0)} MB; targets: at least 200,000 tickets/s ${verdict(per(threaded.ms) >= 200_000, `${per(threaded.ms).toLocaleString('en-US')}/s`)}; ` +
      `under 150 MB ${verdict(threaded.rssMb < 150, `${threaded.rssMb.toFixed(0)} MB`)}`,
  );
}
const report = await measured(['report', MIXES[0].file, '--now', NOW, '--json']);
console.log(
  `report      sla report, mix 1: ${per(report.ms).toLocaleString('en-US')} tickets/s, ` +
    `${(report.ms / 1000).toFixed(1)} s, peak RSS ${report.rssMb.toFixed(0)} MB`,
);
