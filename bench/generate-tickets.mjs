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
  const out = createWriteStream(path);
  let buffer = '';
  for (let i = 0; i < count; i++) {
    const opened = now - 30 * DAY + Math.floor(rnd() * 30 * 24 * 60) * 60_000;
    const responded = rnd() < 0.7 ? Math.min(now, opened + Math.floor(rnd() * rnd() * 2 * DAY / 60_000) * 60_000 + 60_000) : null;
    buffer += `{"id":"T-${i + 1}","opened":"${new Date(opened).toISOString()}","priority":${1 + Math.floor(rnd() * 3)},"plan":"${PLANS[Math.floor(rnd() * 3)]}"`;
    buffer += responded === null ? '' : `,"responded":"${new Date(responded).toISOString()}"`;
    buffer += `,"team":"${TEAMS[Math.floor(rnd() * 3)]}"}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}
