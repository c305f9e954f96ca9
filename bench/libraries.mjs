// Child process of bench/compare-libraries.mjs: one business-time library, run in
// the process's local zone (the parent sets TZ), answering the same deadlines as
// the core. Reads a job as JSON on stdin, writes the result as JSON on stdout:
//   in:  { library, openings: [ms], targetHours: [h], weekly: [[["09:00", "17:00"]], ...], holidays: ["YYYY-MM-DD"], seconds }
//   out: { library, version, answers: [[ms | null]], errors: [string], count, seconds, perSecond }
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const withSeconds = (hhmm) => `${hhmm}:00`;

/** Configures a library with the job's hours and holidays; returns its version and `(openedMs, hours) => deadlineMs`. */
const SETUPS = {
  'moment-business-time'(job) {
    const moment = require('moment-business-time');
    const workinghours = {};
    job.weekly.forEach((windows, weekday) => {
      workinghours[weekday] = windows.length ? windows.flat().map(withSeconds) : null;
    });
    moment.updateLocale('en', { workinghours, holidays: job.holidays });
    return { version: require('moment-business-time/package.json').version, deadline: (opened, hours) => moment(opened).addWorkingTime(hours, 'hours').valueOf() };
  },
  'dayjs-business-time'(job) {
    const dayjs = require('dayjs');
    dayjs.extend(require('dayjs-business-time'));
    const businessTime = {};
    job.weekly.forEach((windows, weekday) => {
      businessTime[DAY_NAMES[weekday]] = windows.length ? windows.map(([start, end]) => ({ start: withSeconds(start), end: withSeconds(end) })) : null;
    });
    dayjs.setBusinessTime(businessTime);
    dayjs.setHolidays(job.holidays);
    return { version: require('dayjs-business-time/package.json').version, deadline: (opened, hours) => dayjs(opened).addBusinessHours(hours).valueOf() };
  },
};

const job = JSON.parse(readFileSync(0, 'utf8'));
const setup = SETUPS[job.library];
if (!setup) throw new Error(`unknown library ${job.library}: known are ${Object.keys(SETUPS).join(', ')}`);
// The libraries read and write wall times in local time: refuse to measure in the wrong zone.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
if (zone !== job.zone) throw new Error(`the process runs in ${zone}, not ${job.zone}: start it with TZ=${job.zone}`);
const { version, deadline } = setup(job);

// Every answer once (this also warms the library up); an opening it cannot handle is an error, not an answer.
const errors = [];
const answers = job.openings.map((opened) =>
  job.targetHours.map((hours) => {
    try {
      const due = deadline(opened, hours);
      return Number.isFinite(due) ? due : null;
    } catch (error) {
      errors.push(`${new Date(opened).toISOString()} + ${hours} h: ${error.message}`);
      return null;
    }
  }),
);
const pairs = job.openings.flatMap((opened, i) => job.targetHours.filter((_, j) => answers[i][j] !== null).map((hours) => [opened, hours]));

function run(seconds) {
  let count = 0;
  let sink = 0;
  const start = performance.now();
  const until = start + seconds * 1000;
  while (performance.now() < until) {
    for (const [opened, hours] of pairs) sink += deadline(opened, hours);
    count += pairs.length;
  }
  if (sink === 0) throw new Error('unreachable');
  return { count, seconds: (performance.now() - start) / 1000 };
}

if (pairs.length === 0) {
  process.stdout.write(JSON.stringify({ library: job.library, version, answers, errors, count: 0, seconds: 0, perSecond: null }));
} else {
  run(Math.min(0.5, job.seconds / 4)); // warm-up, not counted
  const { count, seconds } = run(job.seconds);
  process.stdout.write(JSON.stringify({ library: job.library, version, answers, errors, count, seconds, perSecond: count / seconds }));
}
