// Seeded ticket files for the batch benchmark: the same file on every run and machine.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** mulberry32: small, fast and well mixed. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLANS = ['basic', 'professional', 'advanced'];
const TEAMS = ['red', 'blue', 'green'];
const DAY = 86_400_000;

/**
 * Writes `count` NDJSON tickets opened in the 30 days before `nowIso`, three in
 * ten still open, the others answered from minutes to two days later.
 */
export async function writeTickets(path, count, nowIso, seed = 1) {
  const rnd = seeded(seed);
  const now = Date.parse(nowIso);
  await writeLines(path, count, (i) => {
    const opened = now - 30 * DAY + Math.floor(rnd() * 30 * 24 * 60) * 60_000;
    const responded = rnd() < 0.7 ? Math.min(now, opened + Math.floor(rnd() * rnd() * 2 * DAY / 60_000) * 60_000 + 60_000) : null;
    let line = `{"id":"T-${i + 1}","opened":"${new Date(opened).toISOString()}","priority":${1 + Math.floor(rnd() * 3)},"plan":"${PLANS[Math.floor(rnd() * 3)]}"`;
    line += responded === null ? '' : `,"responded":"${new Date(responded).toISOString()}"`;
    return `${line},"team":"${TEAMS[Math.floor(rnd() * 3)]}"}\n`;
  });
}

/** Writes the lines `line(i)` gives for i from 0 to `count` - 1, a megabyte at a time, waiting for the disk. */
async function writeLines(path, count, line) {
  const out = createWriteStream(path);
  let buffer = '';
  for (let i = 0; i < count; i++) {
    buffer += line(i);
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

/** Offsets the second mix writes its instants with: east and west of UTC, half hours included. */
const OFFSETS = [120, -300, 330, 60, -240, 0, 540, -210, 600, -480, 345, 180];
const YEAR = 365.2425 * DAY;

/** An instant as ISO 8601 with a numeric offset (`2019-03-04T10:15:00-05:00`), never `Z`. */
function withOffset(ms, offsetMinutes) {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * Writes `count` NDJSON tickets that all have a target (plans professional and
 * advanced), opened over the 15 years before `nowIso` and written with numeric
 * offsets of a dozen zones (+02:00, -05:00, +05:30, ...), eight in ten answered
 * from minutes to two days later (the answer in an offset of its own): the work
 * of a long history exported from helpdesks around the world.
 */
export async function writeOffsetTickets(path, count, nowIso, seed = 2) {
  const rnd = seeded(seed);
  const now = Date.parse(nowIso);
  await writeLines(path, count, (i) => {
    const opened = now - Math.floor(rnd() * 15 * YEAR / 60_000) * 60_000;
    const responded = rnd() < 0.8 ? Math.min(now, opened + Math.floor(rnd() * rnd() * 2 * DAY / 60_000) * 60_000 + 60_000) : null;
    const offset = OFFSETS[Math.floor(rnd() * OFFSETS.length)];
    let line = `{"id":"T-${i + 1}","opened":"${withOffset(opened, offset)}","priority":${1 + Math.floor(rnd() * 3)},"plan":"${PLANS[1 + Math.floor(rnd() * 2)]}"`;
    line += responded === null ? '' : `,"responded":"${withOffset(responded, OFFSETS[Math.floor(rnd() * OFFSETS.length)])}"`;
    return `${line},"team":"${TEAMS[Math.floor(rnd() * 3)]}"}\n`;
  });
}
