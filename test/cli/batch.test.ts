import { computeDeadline, ticketStatus } from '../../src/cli/compute-deadline';
import { deadlineToJson, type DeadlineJson } from '../../src/cli/render/deadline-json';
import { parseInstant } from '../../src/core/iso';
import { DEFAULT_WARN, SLA_STATUSES } from '../../src/core/sla-status';
import { findPlan, findPriority } from '../../src/policy/lookup';
import { defaultSetup } from '../core/default-schedule';
import { generateTickets, parseCsv, toCsv, toNdjson, type GeneratedTicket } from './generate-tickets';
import { sla } from './run-sla';

const NOW = '2025-06-09T11:00:00+02:00';
const { policy, schedule } = defaultSetup();
const nowMs = Date.parse(NOW);

/**
 * One ticket as the single-ticket `sla deadline --json --now NOW` computes it:
 * the same lookups, deadline, status and JSON, called in process.
 */
function single(t: GeneratedTicket): DeadlineJson {
  const openedMs = parseInstant(t.opened, schedule.zone);
  const priority = findPriority(policy, t.priority === undefined ? String(policy.defaultPriority) : String(t.priority));
  const plan = findPlan(policy, t.plan);
  const outcome = computeDeadline(policy, schedule, { openedMs, priority, plan, beta: Boolean(t.beta), explain: false });
  const respondedMs = t.responded === undefined ? null : parseInstant(t.responded, schedule.zone);
  return deadlineToJson(outcome, schedule.zone, ticketStatus(schedule, outcome, { nowMs, respondedMs, warn: DEFAULT_WARN }));
}

/** The result's field names: input fields of these names give way to the result. */
const RESULT_FIELDS = ['opened', 'priority', 'priorityName', 'plan', 'covered', 'target', 'deadline', 'reason', 'timezone', 'responded', 'status', 'elapsed', 'remaining'];

/** The input's other fields, in input order. */
function passThrough(t: GeneratedTicket): Record<string, unknown> {
  return Object.fromEntries(Object.entries(t).filter(([key]) => !RESULT_FIELDS.includes(key)));
}

const ndjsonLines = (text: string): Array<Record<string, unknown>> =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('sla deadline --input: 2,000 generated tickets give what the single-ticket command gives', () => {
  const tickets = generateTickets(2000, 20250609);
  const expected: Array<DeadlineJson & Record<string, unknown>> = tickets.map((t) => ({ ...passThrough(t), ...single(t) }));
  const ndjson = sla(['deadline', '--input', '-', '--now', NOW], { input: toNdjson(tickets) });
  const records = ndjsonLines(ndjson.stdout);

  it('exits 0 with nothing on stderr', () => {
    expect([ndjson.code, ndjson.stderr]).toEqual([0, '']);
  });

  it('covers every status', () => {
    expect(new Set(records.map((r) => r.status))).toEqual(new Set(SLA_STATUSES));
  });

  it('writes one record per ticket, in input order, equal to the in-process single-ticket result plus the input fields', () => {
    expect(records).toEqual(expected);
  });

  it('puts the input fields first, then the result fields in the single-ticket order', () => {
    expect(records.map((r) => Object.keys(r))).toEqual(expected.map((r) => Object.keys(r)));
  });

  it('agrees with the single-ticket CLI on a sample of tickets', () => {
    const sample = tickets.filter((_, i) => i % 167 === 0);
    for (const t of sample) {
      const args = ['deadline', '--json', '--now', NOW, '--opened', t.opened, '--plan', t.plan];
      if (t.priority !== undefined) args.push('--priority', String(t.priority));
      if (t.beta) args.push('--beta');
      if (t.responded !== undefined) args.push('--responded', t.responded);
      const one = sla(args);
      expect(one.code).toBe(0);
      const index = tickets.indexOf(t);
      const { id, beta, team, subject, ...result } = records[index]!;
      expect(JSON.parse(one.stdout)).toEqual(result);
    }
  });

  it('reads the same tickets as CSV and writes them as CSV, with the same values', () => {
    const csv = sla(['deadline', '--input', '-', '--now', NOW, '--format', 'csv'], { input: toCsv(tickets) });
    expect(csv.code).toBe(0);
    const rows = parseCsv(csv.stdout);
    const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
    expect(rows).toEqual(
      expected.map((e) => ({
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

  it('reads the same tickets as CSV and writes NDJSON with the CSV text values passed through', () => {
    const fromCsv = ndjsonLines(sla(['deadline', '--input', '-', '--now', NOW], { input: toCsv(tickets) }).stdout);
    expect(fromCsv).toEqual(expected.map((e) => ({ ...e, beta: e.beta === undefined ? '' : String(e.beta) })));
  });

  it('writes a JSON array of the same records with --format json', () => {
    const json = sla(['deadline', '--input', '-', '--now', NOW, '--format', 'json'], { input: toNdjson(tickets) });
    expect(JSON.parse(json.stdout)).toEqual(expected);
  });
});
