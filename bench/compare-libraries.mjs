// Core speed side by side with the business-time libraries a user would otherwise
// pick, on the same openings and targets: deadlines per second, the core's
// speed-up over each (against the project's speed targets), and how many of
// each library's answers are the same instants as the core's.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The libraries compared, and how many times faster the core should be than each. */
export const LIBRARIES = [
  { library: 'moment-business-time', target: 100 },
  { library: 'dayjs-business-time', target: 25 },
];

/**
 * Runs one library in a child process whose local zone is the policy's (the
 * libraries know no other), for `seconds` of measuring after a short warm-up.
 */
function measureLibrary(library, inputs, seconds) {
  const { answers: _ours, ...job } = inputs;
  const child = spawnSync(process.execPath, [join(here, 'libraries.mjs')], {
    input: JSON.stringify({ ...job, library, seconds }),
    env: { ...process.env, TZ: inputs.zone },
    encoding: 'utf8',
    timeout: (seconds + 60) * 1000,
  });
  if (child.error) return { library, failed: child.error.code === 'ETIMEDOUT' ? 'did not finish within a minute' : child.error.message };
  if (child.status !== 0) return { library, failed: child.stderr.trim().split('\n').find((l) => /^\w*Error: /.test(l)) ?? `exit ${child.status}` };
  return JSON.parse(child.stdout);
}

/** Compares a library's answers with the core's: the count that match, and every mismatch. */
function compareAnswers(inputs, theirs) {
  const mismatches = [];
  let same = 0;
  inputs.openings.forEach((opened, i) =>
    inputs.targetHours.forEach((hours, j) => {
      const ours = inputs.answers[i][j];
      if (theirs[i][j] === ours) same++;
      else mismatches.push({ opened, hours, theirs: theirs[i][j], ours });
    }),
  );
  return { same, total: same + mismatches.length, mismatches };
}

/** Up to `n` mismatches, from different openings and of different differences when there are. */
function examples(mismatches, n) {
  const picked = [];
  const key = (m) => (m.theirs === null ? 'error' : Math.sign(m.theirs - m.ours) * Math.ceil(Math.log10(1 + Math.abs(m.theirs - m.ours))));
  for (const m of mismatches) {
    if (picked.length === n) break;
    if (picked.some((p) => p.opened === m.opened || key(p) === key(m))) continue;
    picked.push(m);
  }
  for (const m of mismatches) if (picked.length < n && !picked.includes(m)) picked.push(m);
  return picked;
}

function duration(ms) {
  const abs = Math.abs(ms);
  if (abs < 60_000) return `${+(abs / 1000).toFixed(3)} s`;
  if (abs < 3_600_000) return `${+(abs / 60_000).toFixed(2)} min`;
  return `${+(abs / 3_600_000).toFixed(2)} h`;
}

/** Left-aligned first column, the others right-aligned, two spaces apart. */
function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ').trimEnd()).join('\n');
}

/** Weekly hours (index 0 = Sunday) in a few words: `Mon-Fri 09:00-17:00`, or day by day when they differ. */
function weekLabel(weekly) {
  const names = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const open = [1, 2, 3, 4, 5, 6, 0].filter((d) => weekly[d].length > 0);
  const hours = (d) => weekly[d].map(([a, b]) => `${a}-${b}`).join(', ');
  if (open.length === 0) return 'never open';
  const alike = open.every((d) => hours(d) === hours(open[0]));
  const order = (d) => (d + 6) % 7;
  const contiguous = order(open.at(-1)) - order(open[0]) === open.length - 1;
  if (alike && contiguous) return `${names[open[0]]}${open.length > 1 ? `-${names[open.at(-1)]}` : ''} ${hours(open[0])}`;
  return open.map((d) => `${names[d]} ${hours(d)}`).join(', ');
}

const count = (n) => Math.round(n).toLocaleString('en-US');
const percent = (a, b) => `${((100 * a) / b).toFixed(1)}%`;

/**
 * Measures each library and prints the comparison. `core` is the bundle of
 * bench/core.ts; `coreSpeed` the core's figure on the same openings and targets
 * ({ perSecond }). Never fails on a slow machine: targets missed are printed.
 */
export function compareLibraries(core, coreSpeed, { seconds = 2.5 } = {}) {
  const inputs = core.comparisonInputs();
  const pairs = inputs.openings.length * inputs.targetHours.length;
  const when = new Intl.DateTimeFormat('en-GB', { timeZone: inputs.zone, weekday: 'short' });
  const at = (ms) => (ms === null ? 'an error' : `${when.format(ms)} ${core.formatInPolicyZone(ms)}`);
  const results = LIBRARIES.map(({ library, target }) => ({ target, ...measureLibrary(library, inputs, seconds) }));

  const rows = [['implementation', 'deadlines/s', 'core is', 'target', 'verdict', 'same answers as the core']];
  rows.push(['sla core', count(coreSpeed.perSecond), '', '', '', `${pairs}/${pairs} (the reference)`]);
  for (const r of results) {
    if (r.failed) {
      rows.push([r.library, '-', '-', `${r.target}x`, 'not measured', '-']);
      continue;
    }
    r.check = compareAnswers(inputs, r.answers);
    const same = `${r.check.same}/${r.check.total} (${percent(r.check.same, r.check.total)})`;
    if (r.perSecond === null) {
      rows.push([`${r.library} ${r.version}`, '-', '-', `${r.target}x`, 'every call threw', same]);
      continue;
    }
    const ratio = coreSpeed.perSecond / r.perSecond;
    const verdict = ratio >= r.target ? 'met' : `short by ${(r.target / ratio).toFixed(2)}x`;
    rows.push([`${r.library} ${r.version}`, count(r.perSecond), `${ratio.toFixed(0)}x`, `${r.target}x`, verdict, same]);
  }

  console.log(
    `libraries   the core and business-time libraries on the same ${pairs} deadlines: ${inputs.openings.length} openings x ${inputs.targetHours.join('/')} business hours,\n` +
      `            ${weekLabel(inputs.weekly)} ${inputs.zone}, ${inputs.holidays.length} holiday dates (${inputs.calendars.join(', ')} calendar, years ${inputs.years.join(', ')}); ` +
      `each library in a child process with TZ=${inputs.zone}, measured for ${seconds} s after a warm-up`,
  );
  console.log(table(rows).replace(/^/gm, '            '));
  for (const r of results) {
    if (r.failed) {
      console.log(`            ${r.library}: not measured: ${r.failed}`);
      continue;
    }
    for (const e of r.errors) console.log(`            ${r.library} threw: ${e}`);
    const { mismatches } = r.check;
    if (mismatches.length === 0) continue;
    const openings = new Set(mismatches.map((m) => m.opened)).size;
    console.log(`            ${r.library}: ${mismatches.length} different answers, on ${openings} of ${inputs.openings.length} openings; for example:`);
    for (const m of examples(mismatches, 2)) {
      const off = m.theirs === null ? '' : ` (theirs ${duration(m.theirs - m.ours)} ${m.theirs > m.ours ? 'later' : 'earlier'})`;
      console.log(`              opened ${at(m.opened)} + ${m.hours} business hours: theirs ${at(m.theirs)}, ours ${at(m.ours)}${off}`);
    }
  }
  console.log('            core is: core deadlines/s divided by the library\'s; short by Nx: the core would need to be N times faster to meet the target.');
  return results;
}
