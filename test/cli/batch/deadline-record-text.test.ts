import fc from 'fast-check';
import { TextBuilder } from '../../../src/cli/batch/text-builder';
import { getZone } from '../../../src/core/zone';
import { DEFAULT_WARN } from '../../../src/core/sla-status';
import { judgeTicket, type JudgedTicket } from '../../../src/domain/judge-ticket';
import { deadlineToJson } from '../../../src/cli/render/deadline/deadline-json';
import { batchRecord } from '../../../src/cli/render/deadline/deadline-record';
import { DeadlineRecordText } from '../../../src/cli/render/deadline/deadline-record-text';
import { IsoInstantWriter } from '../../../src/cli/render/deadline/iso-instant-writer';
import { formatIsoInstant } from '../../../src/cli/render/shared/format-time';
import { fieldRecord } from '../../../src/cli/batch/field-record';
import { defaultSetup } from '../../core/default-schedule';

const { policy, schedule } = defaultSetup();
const NOW = Date.parse('2025-06-04T12:00:00+02:00');

/** A ticket judged as a batch judges it. */
function judged(opened: string, plan: string, priority: number, responded?: string, beta = false): JudgedTicket {
  const found = (id: string) => policy.plans.find((p) => p.id === id);
  const planOf = found(plan);
  const priorityOf = policy.priorities.find((p) => p.id === priority);
  if (planOf === undefined || priorityOf === undefined) throw new Error('no such plan or priority');
  return judgeTicket(
    { policy, schedule, nowMs: NOW, warn: DEFAULT_WARN },
    { openedMs: Date.parse(opened), priority: priorityOf, plan: planOf, beta, respondedMs: responded === undefined ? null : Date.parse(responded) },
  );
}

/** An input record as the reader makes one: no prototype, fields in order. */
function input(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.assign(fieldRecord(), entries);
}

/** The record's text as the record object gives it. */
const expected = (fields: Record<string, unknown>, j: JudgedTicket, zoneName: string): string =>
  JSON.stringify(batchRecord(fields, deadlineToJson(j.outcome, getZone(zoneName), j.status)));

describe('DeadlineRecordText', () => {
  const zoneName = policy.timezone;
  const records = new DeadlineRecordText(getZone(zoneName));

  it('writes an open ticket as JSON.stringify writes its record', () => {
    const fields = input({ id: 'T-1', opened: '2025-06-02T10:00', plan: 'professional', team: 'red' });
    const j = judged('2025-06-02T10:00:00+02:00', 'professional', 1);
    expect(records.text(fields, j.outcome, j.status)).toBe(expected(fields, j, zoneName));
  });

  it('writes an answered ticket with its response', () => {
    const fields = input({ id: 'T-2' });
    const j = judged('2025-06-02T10:00:00+02:00', 'professional', 2, '2025-06-02T11:30:20.250+02:00');
    expect(records.text(fields, j.outcome, j.status)).toBe(expected(fields, j, zoneName));
  });

  it('writes a ticket without a target: no deadline, a reason, null minutes', () => {
    const fields = input({ id: 'T-3' });
    const j = judged('2025-06-02T10:00:00+02:00', 'basic', 1);
    expect(j.outcome.covered).toBe(false);
    expect(records.text(fields, j.outcome, j.status)).toBe(expected(fields, j, zoneName));
  });

  it('writes a beta ticket with its reason', () => {
    const fields = input({ id: 'T-4', beta: true });
    const j = judged('2025-06-02T10:00:00+02:00', 'professional', 1, undefined, true);
    expect(records.text(fields, j.outcome, j.status)).toBe(expected(fields, j, zoneName));
  });

  it('writes input fields that need escapes, are past ASCII, nested, numbers or null as JSON.stringify does', () => {
    const fields = input({ 'say "hi"': 'a\\b\n', é: 'é😀\u2028', lone: '\ud800', nested: { a: [1, null, 'x'] }, n: -0, big: 1e21, none: null, yes: true, gone: undefined });
    const j = judged('2025-06-02T10:00:00+02:00', 'advanced', 3, '2025-06-03T09:00:00Z');
    expect(records.text(fields, j.outcome, j.status)).toBe(expected(fields, j, zoneName));
  });

  it('leaves out input fields the result sets, in any place', () => {
    const fields = input({ status: 'x', id: 'T-5', opened: 'y', error: 'z', deadline: 1, team: 'blue', remaining: 3 });
    const j = judged('2025-06-02T10:00:00+02:00', 'professional', 1);
    expect(records.text(fields, j.outcome, j.status)).toBe(expected(fields, j, zoneName));
  });

  it('writes a record with only result fields, and one whose first field is undefined', () => {
    const j = judged('2025-06-02T10:00:00+02:00', 'professional', 1);
    for (const fields of [input({ opened: 'x' }), input({}), input({ gone: undefined, id: 'T-6' })]) {
      expect(records.text(fields, j.outcome, j.status)).toBe(expected(fields, j, zoneName));
    }
  });

  it('writes records of different fields one after another', () => {
    const j = judged('2025-06-02T10:00:00+02:00', 'professional', 1);
    for (const fields of [input({ id: 'a' }), input({ id: 'b', team: 'c' }), input({ team: 'd', id: 'e' }), input({ id: 'f' })]) {
      expect(records.text(fields, j.outcome, j.status)).toBe(expected(fields, j, zoneName));
    }
  });

  it('prints instants in another zone (--tz), with its own offsets', () => {
    const other = new DeadlineRecordText(getZone('America/New_York'));
    const fields = input({ id: 'T-7' });
    const j = judged('2025-03-07T16:00:00+01:00', 'professional', 3, '2025-03-10T10:00:00+01:00');
    expect(other.text(fields, j.outcome, j.status)).toBe(expected(fields, j, 'America/New_York'));
  });

  it('writes the lead before the record, after its checks', () => {
    const out = new TextBuilder();
    const j = judged('2025-06-02T10:00:00+02:00', 'professional', 1);
    records.write(out, ',\n', input({ id: 'T-8' }), j.outcome, j.status);
    expect(out.take()).toBe(`,\n${expected(input({ id: 'T-8' }), j, zoneName)}`);
  });

  it('refuses, writing nothing, a record whose deadline falls past 9999 in the zone it is printed in, as the record object does', () => {
    // 13:00 in Amsterdam on 31 December 9999 is already 10000 in Kiritimati (UTC+14).
    const far = new DeadlineRecordText(getZone('Pacific/Kiritimati'));
    const j = judged('9999-12-31T10:00:00+01:00', 'professional', 1);
    const out = new TextBuilder();
    const fields = input({ id: 'T-9' });
    const message = (() => {
      try {
        expected(fields, j, 'Pacific/Kiritimati');
      } catch (err) {
        return (err as Error).message;
      }
      throw new Error('no error');
    })();
    expect(() => far.write(out, ',\n', fields, j.outcome, j.status)).toThrow(message);
    expect(out.take()).toBe('');
  });

  it('writes any ticket of the policy as JSON.stringify writes its record', () => {
    const instant = fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2030-12-31T00:00:00Z') });
    fc.assert(
      fc.property(instant, fc.option(fc.integer({ min: 0, max: 3 * 86_400_000 })), fc.constantFrom('basic', 'professional', 'advanced'), fc.constantFrom(1, 2, 3, 4), fc.boolean(), (opened, after, plan, priority, beta) => {
        if (!policy.priorities.some((p) => p.id === priority)) return;
        const j = judged(new Date(opened).toISOString(), plan, priority, after === null ? undefined : new Date(opened + after).toISOString(), beta);
        const fields = input({ id: `T-${opened}`, team: 'red' });
        expect(records.text(fields, j.outcome, j.status)).toBe(expected(fields, j, zoneName));
      }),
    );
  });
});

describe('IsoInstantWriter', () => {
  it.each(['Europe/Amsterdam', 'America/New_York', 'Asia/Kolkata', 'Africa/Monrovia', 'Pacific/Apia', 'UTC'])('writes instants in %s as formatIsoInstant does', (name) => {
    const zone = getZone(name);
    const iso = new IsoInstantWriter(zone);
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('1000-01-02T00:00:00Z'), max: Date.parse('9999-12-30T00:00:00Z') }), (ms) => {
        expect(iso.format(ms)).toBe(formatIsoInstant(ms, zone));
        const out = new TextBuilder();
        iso.writeQuoted(out, ms);
        expect(out.take()).toBe(`"${formatIsoInstant(ms, zone)}"`);
      }),
    );
  });

  it('writes the same day again from its slot, and another day of the same slot afresh', () => {
    const zone = getZone('Europe/Amsterdam');
    const iso = new IsoInstantWriter(zone);
    const day = 86_400_000;
    for (const ms of [0, 8192 * day, 0, 8192 * day + 1234]) expect(iso.format(ms)).toBe(formatIsoInstant(ms, zone));
  });

  it('refuses an instant past 9999 as formatIsoInstant does', () => {
    const zone = getZone('Europe/Amsterdam');
    const ms = Date.parse('9999-12-31T23:30:00Z');
    expect(() => new IsoInstantWriter(zone).check(ms)).toThrow(/falls outside the supported range/);
    expect(() => new IsoInstantWriter(zone).format(ms)).toThrow(/falls outside the supported range/);
  });
});
