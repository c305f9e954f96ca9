import { DEFAULT_WARN, slaStatus, warnMs, type StatusInput } from '../../src/core/sla-status';
import type { Target } from '../../src/core/deadline';
import { defaultSetup } from './default-schedule';

const MINUTE = 60_000;
const at = (iso: string): number => Date.parse(iso);
const { schedule } = defaultSetup();

/** Professional P1: 3 business hours. Opened Mon 2 June 2025 14:00 CEST, due 17:00 the same day. */
const business: Target = { minutes: 180, clock: 'business' };
const OPENED = '2025-06-02T14:00:00+02:00';
/** Advanced P1: 1 hour, 24/7. */
const calendar: Target = { minutes: 60, clock: 'calendar' };

function status(now: string, extra: Partial<StatusInput> = {}) {
  return slaStatus(schedule, { target: business, openedMs: at(OPENED), respondedMs: null, nowMs: at(now), warn: DEFAULT_WARN, ...extra });
}

describe('slaStatus: open tickets', () => {
  it('is on track with more than a quarter of the target left, counting business minutes', () => {
    expect(status('2025-06-02T14:30:00+02:00')).toEqual({ status: 'on-track', elapsedMs: 30 * MINUTE, remainingMs: 150 * MINUTE, answered: false });
  });

  it('is at risk with less than a quarter of the target left', () => {
    expect(status('2025-06-02T16:30:00+02:00')).toMatchObject({ status: 'at-risk', elapsedMs: 150 * MINUTE, remainingMs: 30 * MINUTE });
  });

  it('is still on track with exactly the warning threshold left (at risk means less than it)', () => {
    expect(status('2025-06-02T16:15:00+02:00')).toMatchObject({ status: 'on-track', remainingMs: 45 * MINUTE });
    expect(status('2025-06-02T16:15:00.001+02:00').status).toBe('at-risk');
  });

  it('is not breached after a deadline at closing time while no business time has passed since', () => {
    expect(status('2025-06-02T17:30:00+02:00')).toMatchObject({ status: 'at-risk', elapsedMs: 180 * MINUTE, remainingMs: 0 });
    expect(status('2025-06-03T09:00:00+02:00')).toMatchObject({ status: 'at-risk', remainingMs: 0 });
  });

  it('is breached as soon as the business time used exceeds the target', () => {
    expect(status('2025-06-03T09:00:00.001+02:00')).toMatchObject({ status: 'breached', remainingMs: -1 });
  });

  it('is breached with a negative remaining time when overdue', () => {
    expect(status('2025-06-03T09:35:00+02:00')).toEqual({ status: 'breached', elapsedMs: 215 * MINUTE, remainingMs: -35 * MINUTE, answered: false });
  });

  it('has used nothing before it is opened', () => {
    expect(status('2025-06-02T13:00:00+02:00')).toMatchObject({ status: 'on-track', elapsedMs: 0, remainingMs: 180 * MINUTE });
  });
});

describe('slaStatus: answered tickets', () => {
  it('is met when answered before the deadline, with the time to spare as remaining', () => {
    const r = status('2025-06-05T12:00:00+02:00', { respondedMs: at('2025-06-02T16:00:00+02:00') });
    expect(r).toEqual({ status: 'met', elapsedMs: 120 * MINUTE, remainingMs: 60 * MINUTE, answered: true });
  });

  it('is met when a target that ran out at 17:00 is answered at 17:30: no business time passed after the deadline', () => {
    const r = status('2025-06-05T12:00:00+02:00', { respondedMs: at('2025-06-02T17:30:00+02:00') });
    expect(r).toMatchObject({ status: 'met', elapsedMs: 180 * MINUTE, remainingMs: 0 });
  });

  it('is met when answered exactly at the deadline', () => {
    expect(status('2025-06-05T12:00:00+02:00', { respondedMs: at('2025-06-02T17:00:00+02:00') }).status).toBe('met');
  });

  it('is missed when answered after business time past the deadline, with the lateness as negative remaining', () => {
    const r = status('2025-06-05T12:00:00+02:00', { respondedMs: at('2025-06-03T09:35:00+02:00') });
    expect(r).toEqual({ status: 'missed', elapsedMs: 215 * MINUTE, remainingMs: -35 * MINUTE, answered: true });
  });

  it('counts a response only once it has happened: before it, the ticket is open', () => {
    const r = status('2025-06-02T14:30:00+02:00', { respondedMs: at('2025-06-02T15:00:00+02:00') });
    expect(r).toMatchObject({ status: 'on-track', elapsedMs: 30 * MINUTE, answered: false });
  });

  it('counts a response at the very moment of the status', () => {
    expect(status('2025-06-02T15:00:00+02:00', { respondedMs: at('2025-06-02T15:00:00+02:00') }).status).toBe('met');
  });

  it('rejects a response before the opening as INVALID_INPUT', () => {
    expect(() => status('2025-06-02T15:00:00+02:00', { respondedMs: at('2025-06-02T13:59:59+02:00') })).toThrow(
      expect.objectContaining({ name: 'SlaError', code: 'INVALID_INPUT' }),
    );
  });
});

describe('slaStatus: tickets without a target', () => {
  it('is not covered, with no elapsed or remaining time', () => {
    expect(status('2025-06-03T09:35:00+02:00', { target: null })).toEqual({ status: 'not-covered', elapsedMs: null, remainingMs: null, answered: false });
  });

  it('stays not covered when answered', () => {
    expect(status('2025-06-03T09:35:00+02:00', { target: null, respondedMs: at('2025-06-03T09:00:00+02:00') }).status).toBe('not-covered');
  });
});

describe('slaStatus: 24/7 targets count elapsed minutes', () => {
  // Saturday: no business hours at all, yet a 24/7 target runs.
  const sat = (now: string, extra: Partial<StatusInput> = {}) =>
    status(now, { target: calendar, openedMs: at('2025-06-07T12:00:00+02:00'), ...extra });

  it('is at risk with less than 15 of 60 minutes left', () => {
    expect(sat('2025-06-07T12:50:00+02:00')).toMatchObject({ status: 'at-risk', elapsedMs: 50 * MINUTE, remainingMs: 10 * MINUTE });
  });

  it('is breached after the hour in elapsed time', () => {
    expect(sat('2025-06-07T13:30:00+02:00')).toMatchObject({ status: 'breached', elapsedMs: 90 * MINUTE, remainingMs: -30 * MINUTE });
  });

  it('is missed when answered after the hour, met when within it', () => {
    expect(sat('2025-06-08T12:00:00+02:00', { respondedMs: at('2025-06-07T13:00:00.001+02:00') }).status).toBe('missed');
    expect(sat('2025-06-08T12:00:00+02:00', { respondedMs: at('2025-06-07T13:00:00+02:00') }).status).toBe('met');
  });

  it('counts real minutes across the spring-forward switch', () => {
    const opened = at('2025-03-30T01:30:00+01:00');
    expect(status('2025-03-30T03:30:00+02:00', { target: calendar, openedMs: opened })).toMatchObject({ status: 'at-risk', remainingMs: 0 });
    expect(status('2025-03-30T03:31:00+02:00', { target: calendar, openedMs: opened })).toMatchObject({ status: 'breached', remainingMs: -MINUTE });
  });
});

describe('slaStatus: the warning threshold', () => {
  it('takes a time on the target\'s clock: 30 minutes left of business time', () => {
    expect(status('2025-06-02T16:15:00+02:00', { warn: { ms: 30 * MINUTE } }).status).toBe('on-track');
    expect(status('2025-06-02T16:31:00+02:00', { warn: { ms: 30 * MINUTE } }).status).toBe('at-risk');
  });

  it('takes another share of the target', () => {
    expect(status('2025-06-02T15:30:00+02:00', { warn: { percent: 50 } }).status).toBe('on-track');
    expect(status('2025-06-02T15:31:00+02:00', { warn: { percent: 50 } }).status).toBe('at-risk');
  });

  it('never warns at 0%', () => {
    expect(status('2025-06-02T17:30:00+02:00', { warn: { percent: 0 } }).status).toBe('on-track');
  });

  it('computes the threshold from the target', () => {
    expect(warnMs({ percent: 25 }, 180 * MINUTE)).toBe(45 * MINUTE);
    expect(warnMs({ ms: 30 * MINUTE }, 180 * MINUTE)).toBe(30 * MINUTE);
  });
});
