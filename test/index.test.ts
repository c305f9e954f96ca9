import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as sla from '../src';
import {
  builtInPolicy,
  businessTimeBetween,
  calendarFromDocument,
  classifyTicket,
  computeDeadline,
  ERROR_CODES,
  explainPriority,
  loadCalendar,
  loadPolicy,
  policyFromDocument,
  policyTable,
  SlaError,
  targetLabel,
  ticketStatus,
  type ErrorCode,
} from '../src';
import { exitCodeFor } from '../src/cli/exit-codes';
import { tableToJson } from '../src/cli/render/table/table-json';
import { tableModel } from '../src/cli/render/table/table-model';
import defaultDocument from '../src/policy/default-policy.json';

const at = (iso: string): number => Date.parse(iso);
const P2_OPENED = '2025-06-06T16:00:00+02:00'; // Friday before Whitsun

/** The SlaError code a call throws. */
function codeOf(call: () => unknown): ErrorCode | undefined {
  try {
    call();
  } catch (err) {
    expect(err).toBeInstanceOf(SlaError);
    return (err as SlaError).code;
  }
  return undefined;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sla-library-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the library surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(sla).sort()).toEqual(
      [
        'DEFAULT_WARN', 'ENVS', 'ERROR_CODES', 'IMPACTS', 'LANGS', 'READINGS', 'SLA_STATUSES', 'SlaError', 'WORKAROUNDS', 'builtInPolicy',
        'businessTimeBetween', 'calendarFromDocument', 'classifyTicket', 'computeDeadline', 'explainPriority', 'loadCalendar',
        'loadPolicy', 'policyFromDocument', 'policyTable', 'targetLabel', 'ticketStatus',
      ].sort(),
    );
  });

  it('reaches the engine without the command line', () => {
    const files = ['src/index.ts', ...readdirSync(join(__dirname, '..', 'src', 'lib')).map((f) => `src/lib/${f}`)];
    for (const file of files) {
      expect([file, readFileSync(join(__dirname, '..', file), 'utf8')]).not.toEqual([file, expect.stringMatching(/from '[./]*\/cli\//)]);
    }
  });

  it('lists every error code, each with its exit status on the command line', () => {
    expect(ERROR_CODES).toHaveLength(12);
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) expect([2, 3]).toContain(exitCodeFor(code));
  });
});

describe('computeDeadline', () => {
  const policy = builtInPolicy();

  it('takes a Date or epoch ms and gives both back', () => {
    const byDate = computeDeadline(policy, { opened: new Date(P2_OPENED), priority: 2, plan: 'professional' });
    const byMs = computeDeadline(policy, { opened: at(P2_OPENED), priority: 'degraded', plan: 'Profesional' });
    expect(byDate).toEqual(byMs);
    expect(byDate).toMatchObject({
      covered: true,
      opened: new Date(P2_OPENED),
      openedMs: at(P2_OPENED),
      deadline: new Date('2025-06-10T14:00:00+02:00'),
      deadlineMs: at('2025-06-10T14:00:00+02:00'),
      target: { minutes: 360, clock: 'business' },
      reason: null,
      businessMs: 6 * 3_600_000,
      trace: undefined,
    });
    expect(byDate.priority.name).toBe('Degraded Service');
    expect(byDate.plan.id).toBe('professional');
  });

  it("uses the policy's default priority, and explains on request", () => {
    const due = computeDeadline(policy, { opened: at('2025-06-02T10:00:00+02:00'), plan: 'advanced', explain: true });
    expect(due.priority.id).toBe(3);
    expect(due.deadline).toEqual(new Date('2025-06-02T16:00:00+02:00'));
    expect(due.trace).toEqual([expect.objectContaining({ kind: 'counted', ms: 6 * 3_600_000 })]);
  });

  it('says why a ticket is not covered', () => {
    expect(computeDeadline(policy, { opened: 0, priority: 1, plan: 'basic' })).toMatchObject({
      covered: false,
      deadline: null,
      deadlineMs: null,
      businessMs: null,
      reason: 'the Basic plan has no guaranteed response time for priority 1',
    });
    expect(computeDeadline(policy, { opened: 0, priority: 1, plan: 'advanced', beta: true })).toMatchObject({ covered: false, target: { minutes: 60 } });
  });

  it('throws typed errors for what it cannot read', () => {
    expect(codeOf(() => computeDeadline(policy, { opened: 0, plan: 'gold' }))).toBe('UNKNOWN_PLAN');
    expect(codeOf(() => computeDeadline(policy, { opened: 0, priority: 9, plan: 'advanced' }))).toBe('UNKNOWN_PRIORITY');
    expect(codeOf(() => computeDeadline(policy, { opened: new Date('not a date'), plan: 'advanced' }))).toBe('INVALID_DATE');
    expect(codeOf(() => computeDeadline(policy, { opened: Number.NaN, plan: 'advanced' }))).toBe('INVALID_DATE');
    expect(codeOf(() => computeDeadline(policy, { opened: '2025-06-02' as unknown as number, plan: 'advanced' }))).toBe('INVALID_DATE');
  });
});

describe('ticketStatus', () => {
  const policy = builtInPolicy();
  const ticket = { opened: at('2025-06-02T10:00:00+02:00'), priority: 1, plan: 'professional' };

  it('judges an open ticket at a moment, with the default or a given warning', () => {
    const onTrack = ticketStatus(policy, ticket, { now: new Date('2025-06-02T11:40:00+02:00') });
    expect(onTrack).toMatchObject({ status: 'on-track', elapsedMs: 6_000_000, remainingMs: 4_800_000, answered: false, responded: null, respondedMs: null });
    expect(onTrack.deadline.deadline).toEqual(new Date('2025-06-02T13:00:00+02:00'));
    expect(ticketStatus(policy, ticket, { now: at('2025-06-02T11:40:00+02:00'), warn: { ms: 90 * 60_000 } }).status).toBe('at-risk');
    expect(ticketStatus(policy, ticket, { now: at('2025-06-03T09:30:00+02:00') }).status).toBe('breached');
  });

  it('judges a response', () => {
    const met = ticketStatus(policy, { ...ticket, responded: new Date('2025-06-02T11:00:00+02:00') }, { now: at('2025-06-04T00:00:00+02:00') });
    expect(met).toMatchObject({ status: 'met', answered: true, responded: new Date('2025-06-02T11:00:00+02:00') });
    expect(ticketStatus(policy, { ...ticket, plan: 'basic' }, { now: at('2025-06-04T00:00:00+02:00') }).status).toBe('not-covered');
  });

  it('refuses a response before the opening and a bad warning', () => {
    expect(codeOf(() => ticketStatus(policy, { ...ticket, responded: at('2025-06-01T00:00:00Z') }, { now: at('2025-06-04T00:00:00Z') }))).toBe('INVALID_INPUT');
    expect(codeOf(() => ticketStatus(policy, ticket, { now: at('2025-06-04T00:00:00Z'), warn: { percent: 101 } }))).toBe('INVALID_INPUT');
    expect(codeOf(() => ticketStatus(policy, ticket, { now: at('2025-06-04T00:00:00Z'), warn: { ms: -1 } }))).toBe('INVALID_INPUT');
    expect(codeOf(() => ticketStatus(policy, ticket, { now: Number.POSITIVE_INFINITY }))).toBe('INVALID_DATE');
  });
});

describe('businessTimeBetween', () => {
  it('counts business time over a weekend and a holiday, either way round', () => {
    const policy = builtInPolicy();
    expect(businessTimeBetween(policy, new Date(P2_OPENED), new Date('2025-06-10T14:00:00+02:00'))).toBe(6 * 3_600_000);
    expect(businessTimeBetween(policy, at('2025-06-10T14:00:00+02:00'), at(P2_OPENED))).toBe(-6 * 3_600_000);
    // Without holidays, Whit Monday counts.
    expect(businessTimeBetween(builtInPolicy({ calendars: [] }), at(P2_OPENED), at('2025-06-10T14:00:00+02:00'))).toBe(14 * 3_600_000);
  });
});

describe('policies and calendars', () => {
  const acmeDocument = { ...defaultDocument, name: 'Acme support', timezone: 'Europe/Berlin', holidays: ['de'] };

  it('loads the built-in policy with its calendars, or others', () => {
    const builtIn = builtInPolicy();
    expect(builtIn.policy.plans.map((p) => p.id)).toEqual(['basic', 'professional', 'advanced']);
    expect(builtIn.calendars.map((c) => c.id)).toEqual(['nl']);
    expect(builtInPolicy({ calendars: ['de'] }).calendars.map((c) => c.name)).toEqual([loadCalendar('de').name]);
  });

  it('loads a policy file and a policy value alike', () => {
    const file = join(dir, 'acme-policy.json');
    writeFileSync(file, JSON.stringify(acmeDocument));
    const fromFile = loadPolicy(file);
    const fromValue = policyFromDocument(acmeDocument, { source: 'acme-policy.json' });
    expect(fromFile.policy.name).toBe('Acme support');
    expect(fromValue.policy.timezone).toBe('Europe/Berlin');
    expect(fromValue.calendars.map((c) => c.id)).toEqual(['de']);
    expect(loadPolicy('acme-policy.json', { cwd: dir }).schedule.zone.name).toBe('Europe/Berlin');
    // 3 October 2025 (a Friday) is German Unity Day.
    const opened = at('2025-10-02T16:00:00+02:00');
    expect(computeDeadline(fromValue, { opened, priority: 2, plan: 'professional' }).deadline).toEqual(new Date('2025-10-06T14:00:00+02:00'));
  });

  it('reports a bad policy with its code', () => {
    expect(codeOf(() => loadPolicy(join(dir, 'missing.json')))).toBe('POLICY_NOT_FOUND');
    expect(codeOf(() => policyFromDocument({ name: 'half a policy' }))).toBe('INVALID_POLICY');
    expect(codeOf(() => policyFromDocument({ ...acmeDocument, holidays: ['atlantis'] }))).toBe('UNKNOWN_CALENDAR');
  });

  it('loads calendars by name, by path and from a value, and uses them in place of the policy’s', () => {
    const file = join(dir, 'acme.json');
    writeFileSync(file, JSON.stringify({ name: 'Acme closures', extends: 'nl', days: { '2025-06-10': [] } }));
    const byPath = loadCalendar(file);
    expect(byPath.rules.length).toBe(loadCalendar('nl').rules.length + 1);
    const byValue = calendarFromDocument({ name: 'Acme closures', extends: ['nl', 'nl'], days: { '2025-06-10': [] } }, { id: 'acme' });
    expect(byValue).toMatchObject({ id: 'acme', name: 'Acme closures', path: 'acme' });
    expect(byValue.rules.map((r) => r.name)).toEqual(byPath.rules.map((r) => r.name));
    const closed = builtInPolicy({ calendars: [byValue] });
    const named = builtInPolicy({ calendars: [file] });
    const mixed = builtInPolicy({ calendars: ['de', byValue] });
    expect(mixed.calendars.map((c) => c.id)).toEqual(['de', 'acme']);
    for (const policy of [closed, named]) {
      expect(computeDeadline(policy, { opened: at(P2_OPENED), priority: 2, plan: 'professional' }).deadline).toEqual(new Date('2025-06-11T14:00:00+02:00'));
    }
    expect(codeOf(() => calendarFromDocument({ name: 'Bad', days: { '2025-02-30': [] } }))).toBe('INVALID_CALENDAR');
    expect(codeOf(() => loadCalendar('atlantis'))).toBe('UNKNOWN_CALENDAR');
  });

  it('keeps a value’s calendar paths inside its folder unless allowed', () => {
    const outside = join(dir, 'outside.json');
    writeFileSync(outside, JSON.stringify({ name: 'Outside', days: { '12-31': [] } }));
    const inner = mkdtempSync(join(dir, 'inner-'));
    expect(codeOf(() => policyFromDocument({ ...acmeDocument, holidays: ['../outside.json'] }, { cwd: inner }))).toBe('UNKNOWN_CALENDAR');
    expect(policyFromDocument({ ...acmeDocument, holidays: ['../outside.json'] }, { cwd: inner, allowAnyPath: true }).calendars[0]!.name).toBe('Outside');
  });
});

describe('policyTable', () => {
  it('is the matrix `sla table --json` prints', () => {
    const loaded = builtInPolicy();
    const table = policyTable(loaded);
    expect(table.rows.flat()).toEqual(tableToJson(tableModel(loaded.policy, loaded.calendars, 'en')));
    expect(table.rows[0]!.map((cell) => cell.label)).toEqual(['N/A', 'Within 3 business hours', 'Within 1 hour (24/7)']);
    expect(table.plans.map((p) => p.id)).toEqual(['basic', 'professional', 'advanced']);
    expect(table.priorities.map((p) => p.id)).toEqual([1, 2, 3]);
  });

  it('words any target as the command line does', () => {
    for (const target of [
      { minutes: 60, clock: 'business' as const },
      { minutes: 90, clock: 'business' as const },
      { minutes: 1, clock: 'calendar' as const },
      { minutes: 120, clock: 'calendar' as const },
      null,
    ]) {
      const document = { ...defaultDocument, targets: { ...defaultDocument.targets, basic: { '1': target, '2': null, '3': null } } };
      const loaded = policyFromDocument(document);
      expect(policyTable(loaded).rows.flat()).toEqual(tableToJson(tableModel(loaded.policy, loaded.calendars, 'en')));
    }
    expect(targetLabel({ minutes: 90, clock: 'business' })).toBe('Within 90 business minutes');
  });
});

describe('classifyTicket', () => {
  it('classifies a ticket by the built-in or a given policy, and explains it', () => {
    const verdict = classifyTicket({ text: 'Calls drop now and then, callers get cut off', requested: 1 });
    expect(verdict).toMatchObject({ priority: 2, name: 'Degraded Service', reclassified: 'down' });
    expect(classifyTicket({ text: 'Our sandbox is down', requested: 1 }, builtInPolicy()).priority).toBe(3);
    expect(explainPriority(classifyTicket({ text: 'Our sandbox is down', requested: 1 }))).toMatch(/^We have lowered the priority of your ticket from 1 to 3/);
    expect(explainPriority(verdict, 'nl')).toMatch(/prioriteit/);
    expect(codeOf(() => classifyTicket({ env: 'moon' as 'production' }))).toBe('USAGE');
  });

  it('reads by the phrases alone with the second of READINGS', () => {
    const text = 'Voicemail to email\nVoicemails are no longer emailed to us since yesterday. For now we listen to them by dialling in to the mailbox.';
    const rule = (reading: (typeof sla.READINGS)[number]) => classifyTicket({ text, requested: 1, reading }).matched.some((m) => m.rule === 'model');
    expect([sla.READINGS, rule('combined'), rule('rules')]).toEqual([['combined', 'rules'], true, false]);
  });
});
