import { resolve } from 'node:path';
import { DEFAULT_WARN } from '../../src/core/sla-status';
import { judgeTicket, type JudgeContext, type TicketFacts } from '../../src/domain/judge-ticket';
import { loadPolicyWithCalendars } from '../../src/domain/load-policy-with-calendars';
import { SlaError } from '../../src/errors/sla-error';
import { findPlan, findPriority } from '../../src/policy/lookup';

const REPO_ROOT = resolve(__dirname, '..', '..');
const { policy, schedule } = loadPolicyWithCalendars({ cwd: REPO_ROOT, holidaysDir: resolve(REPO_ROOT, 'holidays') });

const at = (iso: string): number => Date.parse(iso);
const context = (now: string): JudgeContext => ({ policy, schedule, nowMs: at(now), warn: DEFAULT_WARN });

/** A ticket of the built-in policy: opened at an ISO instant, on a plan and priority as a user writes them. */
function ticket(opened: string, plan: string, priority: string, more: { responded?: string; beta?: boolean; explain?: boolean } = {}): TicketFacts {
  return {
    openedMs: at(opened),
    priority: findPriority(policy, priority),
    plan: findPlan(policy, plan),
    beta: more.beta ?? false,
    respondedMs: more.responded === undefined ? null : at(more.responded),
    explain: more.explain,
  };
}

describe('judgeTicket', () => {
  it('gives the deadline as an instant and an open ticket\'s status at now', () => {
    const { outcome, status } = judgeTicket(context('2025-06-02T11:40:00+02:00'), ticket('2025-06-02T10:00:00+02:00', 'professional', '1'));
    expect(outcome.deadlineMs).toBe(at('2025-06-02T11:00:00Z'));
    expect(outcome.businessMs).toBe(3 * 3_600_000);
    expect(status).toMatchObject({ status: 'on-track', remainingMs: 80 * 60_000, respondedMs: null });
  });

  it('reads instants in any offset alike', () => {
    const a = judgeTicket(context('2025-06-03T00:00:00Z'), ticket('2025-06-02T08:00:00Z', 'professional', 'critical'));
    const b = judgeTicket(context('2025-06-03T12:00:00+12:00'), ticket('2025-06-02T03:00:00-05:00', 'professional', '1'));
    expect(a.outcome.deadlineMs).toBe(b.outcome.deadlineMs);
    expect(a.status.status).toBe('breached');
    expect(b.status.status).toBe('breached');
  });

  it('judges a response by the business time it took', () => {
    const opened = '2025-06-13T16:00:00+02:00';
    // Friday 16:00 + 3 business hours: one on Friday, two on Monday; the weekend does not count.
    const met = judgeTicket(context('2025-06-17T00:00:00Z'), ticket(opened, 'professional', '1', { responded: '2025-06-16T10:59:00+02:00' }));
    expect(met.outcome.deadlineMs).toBe(at('2025-06-16T09:00:00Z'));
    expect(met.status).toMatchObject({ status: 'met', respondedMs: at('2025-06-16T08:59:00Z') });
    const missed = judgeTicket(context('2025-06-17T00:00:00Z'), ticket(opened, 'professional', '1', { responded: '2025-06-16T09:30:00Z' }));
    expect(missed.status).toMatchObject({ status: 'missed', remainingMs: -30 * 60_000 });
  });

  it('counts a 24/7 target on the calendar and its business time apart', () => {
    // Advanced P1: one hour around the clock, on a Saturday.
    const { outcome } = judgeTicket(context('2025-06-07T10:30:00+02:00'), ticket('2025-06-07T10:00:00+02:00', 'advanced', '1'));
    expect(outcome.deadlineMs).toBe(at('2025-06-07T09:00:00Z'));
    expect(outcome.elapsedMs).toBe(3_600_000);
    expect(outcome.businessMs).toBe(0);
  });

  it('has no deadline for a plan that does not cover the priority, or a beta product', () => {
    const basic = judgeTicket(context('2025-06-02T12:00:00+02:00'), ticket('2025-06-02T10:00:00+02:00', 'basic', '1'));
    expect(basic.outcome).toMatchObject({ deadlineMs: null, businessMs: null, elapsedMs: null });
    expect(basic.status.status).toBe('not-covered');
    const beta = judgeTicket(context('2025-06-02T12:00:00+02:00'), ticket('2025-06-02T10:00:00+02:00', 'professional', '1', { beta: true }));
    expect(beta.status.status).toBe('not-covered');
  });

  it('keeps the explanation only when asked', () => {
    const now = context('2025-06-02T12:00:00+02:00');
    expect(judgeTicket(now, ticket('2025-06-02T10:00:00+02:00', 'professional', '1')).outcome.trace).toBeUndefined();
    expect(judgeTicket(now, ticket('2025-06-02T10:00:00+02:00', 'professional', '1', { explain: true })).outcome.trace?.length).toBeGreaterThan(0);
  });

  it('refuses a response before the opening', () => {
    const judge = () => judgeTicket(context('2025-06-02T12:00:00+02:00'), ticket('2025-06-02T10:00:00+02:00', 'professional', '1', { responded: '2025-06-02T07:00:00Z' }));
    expect(judge).toThrow(SlaError);
    expect(judge).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
