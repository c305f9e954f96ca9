import { addBusinessTime } from '../../src/core/add-business-time';
import { businessTimeBetween } from '../../src/core/business-time-between';
import { daysFromCivil } from '../../src/core/civil';
import { deadlineFor } from '../../src/core/deadline';
import { formatInstant, parseInstant } from '../../src/core/iso';
import { createSchedule, type ClosureLookup, type DayOverride, type Interval } from '../../src/core/schedule';
import type { TraceStep } from '../../src/core/trace';
import { canonicalZoneName, getZone } from '../../src/core/zone';
import { SlaError } from '../../src/errors/sla-error';
import { defaultSetup } from './default-schedule';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const at = (iso: string): number => Date.parse(iso);
const hm = (from: string, to: string): Interval => {
  const m = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return { start: m(from), end: m(to) };
};
/** The same hours Monday to Friday, closed at the weekend (index 0 = Sunday). */
const weekdays = (...day: Interval[]): Interval[][] => [[], day, day, day, day, day, []];
const nineToFive = weekdays(hm('09:00', '17:00'));

const amsterdam = getZone('Europe/Amsterdam');
const plain = createSchedule({ zone: 'Europe/Amsterdam', weekly: nineToFive });
const { schedule: nl } = defaultSetup();

/** Expects `fn` to throw an SlaError with the given code. */
function expectCode(fn: () => unknown, code: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(SlaError);
  expect((caught as SlaError).code).toBe(code);
}

describe('rule 1: only time inside business hours on non-holidays counts, to the millisecond', () => {
  it('counts one millisecond before closing and ends at closing', () => {
    expect(addBusinessTime(plain, at('2025-06-02T16:59:59.999+02:00'), 1)).toBe(at('2025-06-02T17:00:00+02:00'));
  });

  it('carries the milliseconds left at closing over to the next opening', () => {
    expect(addBusinessTime(plain, at('2025-06-02T16:59:59.999+02:00'), 2)).toBe(at('2025-06-03T09:00:00.001+02:00'));
  });

  it('keeps the seconds and milliseconds of the opening in the deadline', () => {
    expect(addBusinessTime(plain, at('2025-06-02T10:00:20.5+02:00'), HOUR)).toBe(at('2025-06-02T11:00:20.500+02:00'));
  });

  it('does not count the night between two business days', () => {
    expect(addBusinessTime(plain, at('2025-06-02T16:00:00+02:00'), 2 * HOUR)).toBe(at('2025-06-03T10:00:00+02:00'));
  });

  it('does not count a holiday that falls on a weekday', () => {
    // Friday 6 June 2025 16:00 + 2h: Friday 1h, weekend, Whit Monday closed, Tuesday 1h
    expect(addBusinessTime(nl, at('2025-06-06T16:00:00+02:00'), 2 * HOUR)).toBe(at('2025-06-10T10:00:00+02:00'));
  });

  it('measures business time between two instants to the millisecond', () => {
    expect(businessTimeBetween(plain, at('2025-06-02T10:00:00.250+02:00'), at('2025-06-02T10:00:01+02:00'))).toBe(750);
  });
});

describe('rule 2: a ticket opened outside business hours starts at the next opening', () => {
  it('starts an evening ticket at the next morning opening', () => {
    expect(addBusinessTime(plain, at('2025-06-02T20:00:00+02:00'), HOUR)).toBe(at('2025-06-03T10:00:00+02:00'));
  });

  it('starts a weekend ticket on Monday morning', () => {
    expect(addBusinessTime(plain, at('2025-06-07T12:00:00+02:00'), HOUR)).toBe(at('2025-06-09T10:00:00+02:00'));
  });

  it('starts a ticket opened on a holiday at the next working day opening', () => {
    // Whit Monday 9 June 2025
    expect(addBusinessTime(nl, at('2025-06-09T10:00:00+02:00'), HOUR)).toBe(at('2025-06-10T10:00:00+02:00'));
  });

  it('starts a ticket opened before opening at that morning opening', () => {
    expect(addBusinessTime(plain, at('2025-06-02T07:00:00+02:00'), HOUR)).toBe(at('2025-06-02T10:00:00+02:00'));
  });

  it('counts a ticket opened exactly at opening from that instant', () => {
    expect(addBusinessTime(plain, at('2025-06-02T09:00:00+02:00'), 30 * MINUTE)).toBe(at('2025-06-02T09:30:00+02:00'));
  });
});

describe('rule 3: closing time belongs to the day that closes', () => {
  it('makes a target that runs out exactly at 17:00 due at 17:00, not at the next opening', () => {
    expect(addBusinessTime(plain, at('2025-06-02T14:00:00+02:00'), 3 * HOUR)).toBe(at('2025-06-02T17:00:00+02:00'));
  });

  it('makes a full business day from opening due at that day closing', () => {
    expect(addBusinessTime(plain, at('2025-06-02T09:00:00+02:00'), 8 * HOUR)).toBe(at('2025-06-02T17:00:00+02:00'));
  });

  it('starts a ticket opened exactly at 17:00 at the next opening', () => {
    expect(addBusinessTime(plain, at('2025-06-02T17:00:00+02:00'), HOUR)).toBe(at('2025-06-03T10:00:00+02:00'));
  });
});

describe('rule 4: calendar (24/7) targets are elapsed time, also across DST', () => {
  const oneHour = { minutes: 60, clock: 'calendar' } as const;

  it('counts sixty real minutes across the spring-forward switch', () => {
    const due = deadlineFor(plain, oneHour, at('2025-03-30T01:30:00+01:00'));
    expect(due).toBe(at('2025-03-30T03:30:00+02:00'));
  });

  it('counts sixty real minutes across the fall-back switch', () => {
    const due = deadlineFor(plain, oneHour, at('2025-10-26T02:30:00+02:00'));
    expect(due).toBe(at('2025-10-26T02:30:00+01:00'));
  });

  it('ignores business hours, weekends and holidays', () => {
    const due = deadlineFor(nl, { minutes: 24 * 60, clock: 'calendar' }, at('2025-06-08T12:00:00+02:00'));
    expect(due).toBe(at('2025-06-09T12:00:00+02:00'));
  });

  it('records the elapsed step in the trace', () => {
    const trace: TraceStep[] = [];
    const opened = at('2025-03-30T01:30:00+01:00');
    deadlineFor(plain, oneHour, opened, trace);
    expect(trace).toEqual([{ kind: 'elapsed', from: opened, to: opened + HOUR, ms: HOUR }]);
  });
});

describe('rule 5: parseInstant', () => {
  const expected = at('2025-06-02T10:00:00+02:00');

  it('reads Z as UTC', () => {
    expect(parseInstant('2025-06-02T08:00:00Z', amsterdam)).toBe(expected);
  });

  it.each(['2025-06-02T10:00:00+02:00', '2025-06-02T10:00:00+0200', '2025-06-02T10:00:00+02'])(
    'reads the offset in %s',
    (text) => {
      expect(parseInstant(text, getZone('UTC'))).toBe(expected);
    },
  );

  it('reads a negative offset', () => {
    expect(parseInstant('2025-06-02T04:00:00-04:00', amsterdam)).toBe(expected);
  });

  it('reads a time without offset as wall time in the zone', () => {
    expect(parseInstant('2025-06-02T10:00', amsterdam)).toBe(expected);
  });

  it('reads the same offset-less text as a different instant in another zone', () => {
    expect(parseInstant('2025-06-02T10:00', getZone('America/New_York'))).toBe(at('2025-06-02T10:00:00-04:00'));
  });

  it('moves a wall time in the spring-forward gap forward by the gap', () => {
    expect(parseInstant('2025-03-30T02:30', amsterdam)).toBe(at('2025-03-30T03:30:00+02:00'));
  });

  it('takes the earlier instant for a wall time in the fall-back overlap', () => {
    expect(parseInstant('2025-10-26T02:30', amsterdam)).toBe(at('2025-10-26T02:30:00+02:00'));
  });

  it('reads a date alone as its midnight in the zone', () => {
    expect(parseInstant('2025-06-02', amsterdam)).toBe(at('2025-06-02T00:00:00+02:00'));
  });

  it.each`
    text                                  | instant
    ${'2025-06-02T10:00:20.5+02:00'}      | ${'2025-06-02T10:00:20.500+02:00'}
    ${'2025-06-02T10:00:20,25+02:00'}     | ${'2025-06-02T10:00:20.250+02:00'}
    ${'2025-06-02T10:00:20.123456+02:00'} | ${'2025-06-02T10:00:20.123+02:00'}
  `('keeps the fraction of $text to the millisecond', ({ text, instant }: { text: string; instant: string }) => {
    expect(parseInstant(text, amsterdam)).toBe(at(instant));
  });

  it('truncates extra fraction digits rather than rounding up', () => {
    expect(parseInstant('2025-06-02T10:00:20.9999+02:00', amsterdam)).toBe(at('2025-06-02T10:00:20.999+02:00'));
  });

  it.each(['yesterday', '2025-13-01T10:00', '2025-02-30T10:00', '2025-06-02T24:00', '2025-06-02T10:60'])(
    'rejects %s with INVALID_DATE',
    (text) => {
      expectCode(() => parseInstant(text, amsterdam), 'INVALID_DATE');
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(parseInstant('2024-02-29T12:00:00Z', amsterdam)).toBe(at('2024-02-29T12:00:00Z'));
  });
});

describe('rule 6: formatInstant and window boundaries in DST gaps', () => {
  it('prints the zone summer offset', () => {
    expect(formatInstant(at('2025-06-02T11:00:00Z'), amsterdam)).toBe('2025-06-02T13:00:00+02:00');
  });

  it('prints the zone winter offset', () => {
    expect(formatInstant(at('2025-12-01T11:00:00Z'), amsterdam)).toBe('2025-12-01T12:00:00+01:00');
  });

  it.each`
    zone                  | printed
    ${'America/New_York'} | ${'2025-06-02T07:00:00-04:00'}
    ${'Asia/Kolkata'}     | ${'2025-06-02T16:30:00+05:30'}
    ${'UTC'}              | ${'2025-06-02T11:00:00+00:00'}
  `('prints the offset of $zone', ({ zone, printed }: { zone: string; printed: string }) => {
    expect(formatInstant(at('2025-06-02T11:00:00Z'), getZone(zone))).toBe(printed);
  });

  it('prints no milliseconds when there are none', () => {
    expect(formatInstant(at('2025-06-02T11:00:00.000Z'), amsterdam)).toBe('2025-06-02T13:00:00+02:00');
  });

  it('prints milliseconds, zero-padded to three digits, when there are some', () => {
    expect(formatInstant(at('2025-06-02T11:00:00.040Z'), amsterdam)).toBe('2025-06-02T13:00:00.040+02:00');
  });

  it('prints the two instants of the fall-back overlap with their own offsets', () => {
    expect(formatInstant(at('2025-10-26T00:30:00Z'), amsterdam)).toBe('2025-10-26T02:30:00+02:00');
    expect(formatInstant(at('2025-10-26T01:30:00Z'), amsterdam)).toBe('2025-10-26T02:30:00+01:00');
  });

  // Sundays 02:30-05:00: on 30 March 2025 02:30 does not exist in Amsterdam (02:00-03:00 is skipped).
  const earlySunday = createSchedule({ zone: 'Europe/Amsterdam', weekly: [[hm('02:30', '05:00')], [], [], [], [], [], []] });

  it('opens a window whose opening falls in the spring-forward gap at the gap-shifted instant', () => {
    const plan = earlySunday.plan(daysFromCivil(2025, 3, 30));
    expect(plan.windows).toEqual([at('2025-03-30T03:30:00+02:00'), at('2025-03-30T05:00:00+02:00')]);
  });

  it('starts counting at the gap-shifted opening', () => {
    expect(addBusinessTime(earlySunday, at('2025-03-30T00:00:00+01:00'), 30 * MINUTE)).toBe(at('2025-03-30T04:00:00+02:00'));
  });

  it('opens a window whose opening falls in the fall-back overlap at the earlier instant', () => {
    const plan = earlySunday.plan(daysFromCivil(2025, 10, 26));
    expect(plan.windows).toEqual([at('2025-10-26T02:30:00+02:00'), at('2025-10-26T05:00:00+01:00')]);
  });
});

describe('zones', () => {
  it.each(['Mars/Base', '+02:00'])('getZone rejects %s with UNKNOWN_ZONE', (name) => {
    expectCode(() => getZone(name), 'UNKNOWN_ZONE');
  });

  it.each(['Mars/Base', '+02:00'])('canonicalZoneName rejects %s with UNKNOWN_ZONE', (name) => {
    expectCode(() => canonicalZoneName(name), 'UNKNOWN_ZONE');
  });

  it('canonicalises the spelling of a zone name', () => {
    expect(canonicalZoneName('europe/amsterdam')).toBe('Europe/Amsterdam');
  });

  it('gives a zone looked up by another spelling its canonical name', () => {
    expect(getZone('europe/amsterdam').name).toBe('Europe/Amsterdam');
  });
});

describe('businessTimeBetween', () => {
  it('counts only business time over a weekend and a holiday', () => {
    expect(businessTimeBetween(nl, at('2025-06-06T16:00:00+02:00'), at('2025-06-10T14:00:00+02:00'))).toBe(6 * HOUR);
  });

  it('is negative when the instants are reversed', () => {
    expect(businessTimeBetween(nl, at('2025-06-10T14:00:00+02:00'), at('2025-06-06T16:00:00+02:00'))).toBe(-6 * HOUR);
  });

  it('is zero between two instants outside business hours', () => {
    expect(businessTimeBetween(plain, at('2025-06-02T18:00:00+02:00'), at('2025-06-03T08:00:00+02:00'))).toBe(0);
  });
});

describe('schedules with breaks and partial days', () => {
  const lunch = createSchedule({ zone: 'Europe/Amsterdam', weekly: weekdays(hm('09:00', '12:00'), hm('13:00', '17:00')) });

  it('skips a lunch break between two intervals of a day', () => {
    expect(addBusinessTime(lunch, at('2025-06-02T11:00:00+02:00'), 2 * HOUR)).toBe(at('2025-06-02T14:00:00+02:00'));
  });

  it('leaves a lunch break out of the business time between two instants', () => {
    expect(businessTimeBetween(lunch, at('2025-06-02T09:00:00+02:00'), at('2025-06-02T17:00:00+02:00'))).toBe(7 * HOUR);
  });

  it('closes at 13:00 on a partial holiday open 09:00-13:00', () => {
    const partial: DayOverride = { name: 'Company outing', calendar: 'acme', intervals: [hm('09:00', '13:00')] };
    const closures: ClosureLookup = (day) => (day === daysFromCivil(2025, 6, 2) ? partial : undefined);
    const schedule = createSchedule({ zone: 'Europe/Amsterdam', weekly: nineToFive, closures });
    expect(addBusinessTime(schedule, at('2025-06-02T12:00:00+02:00'), 2 * HOUR)).toBe(at('2025-06-03T10:00:00+02:00'));
  });

  it('marks the time counted on a partial holiday with that holiday in the trace', () => {
    const partial: DayOverride = { name: 'Company outing', calendar: 'acme', intervals: [hm('09:00', '13:00')] };
    const closures: ClosureLookup = (day) => (day === daysFromCivil(2025, 6, 2) ? partial : undefined);
    const schedule = createSchedule({ zone: 'Europe/Amsterdam', weekly: nineToFive, closures });
    const trace: TraceStep[] = [];
    addBusinessTime(schedule, at('2025-06-02T12:00:00+02:00'), 30 * MINUTE, trace);
    expect(trace).toEqual([
      { kind: 'counted', day: daysFromCivil(2025, 6, 2), from: at('2025-06-02T12:00:00+02:00'), to: at('2025-06-02T12:30:00+02:00'), ms: 30 * MINUTE, holiday: partial },
    ]);
  });

  it('throws NO_BUSINESS_HOURS for a schedule with no hours at all', () => {
    const never = createSchedule({ zone: 'Europe/Amsterdam', weekly: [[], [], [], [], [], [], []] });
    expectCode(() => addBusinessTime(never, at('2025-06-02T10:00:00+02:00'), HOUR), 'NO_BUSINESS_HOURS');
  });
});

describe('invalid input', () => {
  it('rejects a negative duration with INVALID_INPUT', () => {
    expectCode(() => addBusinessTime(plain, at('2025-06-02T10:00:00+02:00'), -1), 'INVALID_INPUT');
  });

  it('rejects a non-finite opening with INVALID_INPUT', () => {
    expectCode(() => deadlineFor(plain, { minutes: 60, clock: 'business' }, Number.NaN), 'INVALID_INPUT');
  });

  it('rejects a non-finite end of a business-time span with INVALID_INPUT', () => {
    expectCode(() => businessTimeBetween(plain, at('2025-06-02T10:00:00+02:00'), Number.POSITIVE_INFINITY), 'INVALID_INPUT');
  });

  it('rejects a week that does not have seven days with INVALID_POLICY', () => {
    expectCode(() => createSchedule({ zone: 'Europe/Amsterdam', weekly: [[hm('09:00', '17:00')]] }), 'INVALID_POLICY');
  });
});

describe('long targets', () => {
  it('completes a 10,000 business-hour target whose business time equals the target', () => {
    const opened = at('2025-06-02T10:00:00+02:00');
    const due = addBusinessTime(nl, opened, 10_000 * HOUR);
    expect(due).toBeGreaterThan(opened);
    expect(businessTimeBetween(nl, opened, due)).toBe(10_000 * HOUR);
  });
});

describe('trace', () => {
  it('lists counted windows and skipped days with their reasons', () => {
    // Friday 6 June 2025 18:00 + 2h: Friday after hours, Saturday weekend,
    // Whit Sunday and Whit Monday holidays, Tuesday 09:00-11:00 counted.
    const trace: TraceStep[] = [];
    const due = addBusinessTime(nl, at('2025-06-06T18:00:00+02:00'), 2 * HOUR, trace);
    expect(due).toBe(at('2025-06-10T11:00:00+02:00'));
    expect(trace).toEqual([
      { kind: 'skipped', day: daysFromCivil(2025, 6, 6), reason: 'after-hours' },
      { kind: 'skipped', day: daysFromCivil(2025, 6, 7), reason: 'weekend' },
      { kind: 'skipped', day: daysFromCivil(2025, 6, 8), reason: 'holiday', holiday: expect.objectContaining({ name: 'Whit Sunday' }) },
      { kind: 'skipped', day: daysFromCivil(2025, 6, 9), reason: 'holiday', holiday: expect.objectContaining({ name: 'Whit Monday' }) },
      {
        kind: 'counted',
        day: daysFromCivil(2025, 6, 10),
        from: at('2025-06-10T09:00:00+02:00'),
        to: at('2025-06-10T11:00:00+02:00'),
        ms: 2 * HOUR,
      },
    ]);
  });

  it('lists each counted window of a day that runs over into the next', () => {
    const trace: TraceStep[] = [];
    addBusinessTime(plain, at('2025-06-02T16:00:00+02:00'), 2 * HOUR, trace);
    expect(trace).toEqual([
      { kind: 'counted', day: daysFromCivil(2025, 6, 2), from: at('2025-06-02T16:00:00+02:00'), to: at('2025-06-02T17:00:00+02:00'), ms: HOUR },
      { kind: 'counted', day: daysFromCivil(2025, 6, 3), from: at('2025-06-03T09:00:00+02:00'), to: at('2025-06-03T10:00:00+02:00'), ms: HOUR },
    ]);
  });
});
