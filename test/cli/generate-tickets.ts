/**
 * Seeded tickets for batch tests: the same seed gives the same tickets on every
 * machine and in every zone. They cover what the single-ticket command has to
 * get right: openings at all hours, on weekends, holidays and DST switch days,
 * with offsets, in UTC and as wall times, with seconds and milliseconds;
 * priorities as numbers, names and aliases or left out; plans in every
 * spelling; beta tickets; responses before, at and after the deadline, some
 * after "now"; and fields of the caller's own, with commas and quotes.
 */

/** A small, fast, well-mixed 32-bit generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedTicket {
  id: string;
  opened: string;
  priority?: number | string;
  plan: string;
  beta?: boolean;
  responded?: string;
  team: string;
  subject: string;
}

const PRIORITIES: Array<number | string | undefined> = [1, 2, 3, '1', 'critical', 'Degraded Service', 'general', 'P2', undefined];
const PLANS = ['basic', 'professional', 'advanced', 'Profesional', 'ADVANCED', 'Basic'];
const SUBJECTS = ['Login fails', 'Slow, sometimes', 'Says "error 42"', 'Export broken; urgent', 'Question about billing'];
/** Days that matter: a plain week, Whitsun, Christmas, both DST switches, a leap day, New Year. */
const BASE_DAYS = ['2025-06-02', '2025-06-06', '2025-12-24', '2025-03-28', '2025-10-24', '2024-02-28', '2025-12-31', '2025-04-16'];

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function isoWithOffset(ms: number, offsetMinutes: number, withMs: boolean): string {
  const local = new Date(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const off = Math.abs(offsetMinutes);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${withMs ? `.${pad(local.getUTCMilliseconds(), 3)}` : ''}`;
  return `${date}T${time}${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
}

/** `count` tickets from `seed`, opened in the days around {@link BASE_DAYS}. */
export function generateTickets(count: number, seed: number): GeneratedTicket[] {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const tickets: GeneratedTicket[] = [];
  for (let i = 0; i < count; i++) {
    const day = Date.parse(`${pick(BASE_DAYS)}T00:00:00Z`) + Math.floor(rnd() * 5) * 86_400_000;
    // Whole minutes mostly, sometimes seconds and milliseconds.
    const ms = day + Math.floor(rnd() * 24 * 60) * 60_000 + (rnd() < 0.2 ? Math.floor(rnd() * 60_000) : 0) - 2 * 3_600_000;
    const form = rnd();
    let opened: string;
    if (form < 0.5) opened = isoWithOffset(ms, 120, ms % 1000 !== 0);
    else if (form < 0.7) opened = new Date(ms).toISOString();
    else if (form < 0.85) opened = isoWithOffset(ms, -300, false);
    else opened = isoWithOffset(Math.floor(ms / 60_000) * 60_000, 60, false).slice(0, 16); // a wall time, read in the policy zone
    const ticket: GeneratedTicket = { id: `T-${i + 1}`, opened, plan: pick(PLANS), team: pick(['red', 'blue', 'green, north']), subject: pick(SUBJECTS) };
    const priority = pick(PRIORITIES);
    if (priority !== undefined) ticket.priority = priority;
    if (rnd() < 0.05) ticket.beta = true;
    if (rnd() < 0.6) {
      // A wall time is at least an hour before the same digits read as UTC (the zone is UTC+1 or +2).
      const base = form < 0.85 ? ms : Date.parse(`${opened}:00Z`) - 3_600_000;
      // From a minute to several days later, mostly soon: met, missed and just-in-time responses.
      const after = Math.floor((rnd() ** 2 * 4 * 86_400_000) / 60_000) * 60_000;
      ticket.responded = new Date(base + Math.max(after, 60_000)).toISOString();
    }
    tickets.push(ticket);
  }
  return tickets;
}

/** Tickets as NDJSON, one object a line. */
export function toNdjson(tickets: readonly object[]): string {
  return tickets.map((t) => `${JSON.stringify(t)}\n`).join('');
}

const csvCell = (v: unknown): string => {
  const text = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Tickets as CSV with a header of every field. */
export function toCsv(tickets: readonly GeneratedTicket[]): string {
  const columns = ['id', 'opened', 'priority', 'plan', 'beta', 'responded', 'team', 'subject'] as const;
  const rows = tickets.map((t) => columns.map((c) => csvCell(t[c])).join(','));
  return `${[columns.join(','), ...rows].join('\n')}\n`;
}

/** Reads CSV as `sla` writes it (RFC 4180, LF line ends) into objects by the header. */
export function parseCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}
