import { deadlineFor } from '../../src/core/deadline';
import { formatInstant, parseInstant } from '../../src/core/iso';
import { coverage } from '../../src/policy/lookup';
import { defaultSetup } from './default-schedule';

const { policy, schedule, zone } = defaultSetup();

describe('deadlines under the default policy (Europe/Amsterdam, Mon-Fri 09:00-17:00, nl holidays)', () => {
  it.each`
    opened                           | priority | plan              | deadline                           | why
    ${'2025-06-02T10:00:00+02:00'}   | ${1}     | ${'professional'} | ${'2025-06-02T13:00:00+02:00'}     | ${'3 business hours inside one day'}
    ${'2025-06-02T15:30:00+02:00'}   | ${2}     | ${'professional'} | ${'2025-06-03T13:30:00+02:00'}     | ${'6 business hours over the night'}
    ${'2025-06-02T14:00:00+02:00'}   | ${1}     | ${'professional'} | ${'2025-06-02T17:00:00+02:00'}     | ${'runs out exactly at closing'}
    ${'2025-06-06T16:00:00+02:00'}   | ${3}     | ${'advanced'}     | ${'2025-06-10T14:00:00+02:00'}     | ${'over a weekend and Whit Monday'}
    ${'2025-06-07T12:00:00+02:00'}   | ${2}     | ${'advanced'}     | ${'2025-06-10T12:00:00+02:00'}     | ${'opened on Saturday, Whit Monday closed'}
    ${'2025-06-02T08:30:00Z'}        | ${1}     | ${'professional'} | ${'2025-06-02T13:30:00+02:00'}     | ${'opened in UTC'}
    ${'2025-06-08T23:30:00+02:00'}   | ${1}     | ${'advanced'}     | ${'2025-06-09T00:30:00+02:00'}     | ${'calendar target ignores hours and holidays'}
    ${'2025-03-30T01:30:00+01:00'}   | ${1}     | ${'advanced'}     | ${'2025-03-30T03:30:00+02:00'}     | ${'calendar hour across spring-forward'}
    ${'2025-03-30T02:30:00'}         | ${1}     | ${'advanced'}     | ${'2025-03-30T04:30:00+02:00'}     | ${'opened in the spring-forward gap'}
    ${'2025-10-26T02:30:00'}         | ${1}     | ${'advanced'}     | ${'2025-10-26T02:30:00+01:00'}     | ${'opened in the fall-back overlap (earlier instant)'}
    ${'2025-12-24T16:00:00+01:00'}   | ${2}     | ${'professional'} | ${'2025-12-29T14:00:00+01:00'}     | ${'over Christmas, Boxing Day and a weekend'}
    ${'2025-04-17T15:00:00+02:00'}   | ${3}     | ${'professional'} | ${'2025-04-18T16:00:00+02:00'}     | ${'Good Friday is a working day'}
    ${'2025-06-02T10:00:20.5+02:00'} | ${2}     | ${'advanced'}     | ${'2025-06-02T13:00:20.500+02:00'} | ${'fractions of a second are kept'}
  `(
    'P$priority $plan opened $opened is due $deadline ($why)',
    ({ opened, priority, plan, deadline }: { opened: string; priority: number; plan: string; deadline: string }) => {
      const cover = coverage(policy, priority, plan);
      if (!cover.covered) throw new Error(`expected P${priority} ${plan} to be covered: ${cover.reason}`);
      const due = deadlineFor(schedule, cover.target, parseInstant(opened, zone));
      expect(formatInstant(due, zone)).toBe(deadline);
    },
  );

  it('gives the basic plan no guaranteed response for priority 1, with a reason', () => {
    const cover = coverage(policy, 1, 'basic');
    expect(cover.covered).toBe(false);
    expect(cover.target).toBeNull();
    expect(cover.reason).toBe('the Basic plan has no guaranteed response time for priority 1');
  });
});
