import { SLA_STATUSES } from '../../src/core/sla-status';
import { generateTickets, parseCsv, toCsv, toNdjson, type GeneratedTicket } from './generate-tickets';
import { ndjsonRecords, sla, slaJson, type SlaRun } from './run-in-process';

const NOW = '2025-06-09T11:00:00+02:00';

/** The result of one ticket in JSON, as `sla deadline --json` prints it for one plan. */
interface DeadlineJson {
  target?: { minutes: number; clock: string } | null;
  deadline?: string | null;
  [field: string]: unknown;
}

/** One ticket as the single-ticket command computes it: `sla deadline --json --now NOW` with the ticket's flags. */
function singleTicket(t: GeneratedTicket): Promise<DeadlineJson> {
  const args = ['deadline', '--json', '--now', NOW, '--opened', t.opened, '--plan', t.plan];
  if (t.priority !== undefined) args.push('--priority', String(t.priority));
  if (t.beta) args.push('--beta');
  if (t.responded !== undefined) args.push('--responded', t.responded);
  return slaJson<DeadlineJson>(args);
}

/** The result's field names: input fields of these names give way to the result. */
const RESULT_FIELDS = ['opened', 'priority', 'priorityName', 'plan', 'covered', 'target', 'deadline', 'reason', 'timezone', 'responded', 'status', 'elapsed', 'remaining'];

/** The input's other fields, in input order. */
function passThrough(t: GeneratedTicket): Record<string, unknown> {
  return Object.fromEntries(Object.entries(t).filter(([key]) => !RESULT_FIELDS.includes(key)));
}

const ndjsonLines = (text: string): Array<DeadlineJson & Record<string, unknown>> => ndjsonRecords(text);

describe('sla deadline --input: 2,000 generated tickets give what the single-ticket command gives', () => {
  const tickets = generateTickets(2000, 20250609);
  // Every eighth ticket, and each of the rarer at-risk ones, is also run through the single-ticket
  // command: that covers every case the generator makes, and the other formats are then held to the
  // checked records.
  let sample: Array<{ t: GeneratedTicket; index: number }>;
  let single: Array<Record<string, unknown>>;
  let ndjson: SlaRun;
  let records: Array<DeadlineJson & Record<string, unknown>>;
  beforeAll(async () => {
    ndjson = await sla(['deadline', '--input', '-', '--now', NOW], { input: toNdjson(tickets) });
    records = ndjsonLines(ndjson.stdout);
    sample = tickets.map((t, index) => ({ t, index })).filter(({ index }) => index % 8 === 0 || records[index]?.status === 'at-risk');
    single = [];
    for (const { t } of sample) single.push({ ...passThrough(t), ...(await singleTicket(t)) });
  });

  it('exits 0 with nothing on stderr', () => {
    expect([ndjson.code, ndjson.stderr]).toEqual([0, '']);
  });

  it('writes one record per ticket, in input order', () => {
    expect(records.map((r) => r.id)).toEqual(tickets.map((t) => t.id));
  });

  it('covers every status, in the sample too', () => {
    expect(new Set(records.map((r) => r.status))).toEqual(new Set(SLA_STATUSES));
    expect(new Set(single.map((r) => r.status))).toEqual(new Set(SLA_STATUSES));
  });

  it('gives each ticket of the sample the single-ticket result plus its input fields', () => {
    expect(sample.map(({ index }) => records[index])).toEqual(single);
  });

  it('puts the input fields first, then the result fields in the single-ticket order', () => {
    expect(sample.map(({ index }) => Object.keys(records[index]!))).toEqual(single.map((r) => Object.keys(r)));
  });

  it('reads the same tickets as CSV and writes them as CSV, with the same values', async () => {
    const csv = await sla(['deadline', '--input', '-', '--now', NOW, '--format', 'csv'], { input: toCsv(tickets) });
    expect(csv.code).toBe(0);
    const rows = parseCsv(csv.stdout);
    const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
    expect(rows).toEqual(
      records.map((e) => ({
        id: e.id,
        beta: e.beta === undefined ? '' : String(e.beta),
        team: e.team,
        subject: e.subject,
        opened: e.opened,
        priority: String(e.priority),
        priorityName: e.priorityName,
        plan: e.plan,
        covered: String(e.covered),
        targetMinutes: text(e.target?.minutes),
        targetClock: text(e.target?.clock),
        deadline: text(e.deadline),
        reason: text(e.reason),
        timezone: e.timezone,
        responded: text(e.responded),
        status: e.status,
        elapsed: text(e.elapsed),
        remaining: text(e.remaining),
        errorCode: '',
        errorMessage: '',
        errorLine: '',
      })),
    );
  });

  it('reads the same tickets as CSV and writes NDJSON with the CSV text values passed through', async () => {
    const fromCsv = ndjsonLines((await sla(['deadline', '--input', '-', '--now', NOW], { input: toCsv(tickets) })).stdout);
    expect(fromCsv).toEqual(records.map((e) => ({ ...e, beta: e.beta === undefined ? '' : String(e.beta) })));
  });

  it('writes a JSON array of the same records with --format json', async () => {
    const json = await sla(['deadline', '--input', '-', '--now', NOW, '--format', 'json'], { input: toNdjson(tickets) });
    expect(JSON.parse(json.stdout)).toEqual(records);
  });
});
