import { TicketReader, shownValue } from '../../../src/cli/batch/read-ticket';
import { parseDateFormat } from '../../../src/cli/batch/date-format';
import { inputMapping } from '../../../src/cli/batch/input-mapping';
import { PlansLookup } from '../../../src/cli/batch/plans-lookup';
import { resolvePriorityWords } from '../../../src/cli/batch/priority-map';
import type { SlaError } from '../../../src/errors/sla-error';
import { defaultSetup } from '../../core/default-schedule';

describe('shownValue', () => {
  it.each([
    ['yesterday', '"yesterday"'],
    [42, '42'],
    [true, 'true'],
    [null, 'null'],
    [{ a: 1 }, 'an object'],
    [[1], 'an array'],
  ])('shows %j as %s', (value, shown) => {
    expect(shownValue(value)).toBe(shown);
  });

  it('cuts a long string', () => {
    expect(shownValue('x'.repeat(1 << 20))).toMatch(/^"x+…" \(1048576 characters\)$/);
  });
});

describe('TicketReader', () => {
  const { policy, schedule } = defaultSetup();
  const reader = new TicketReader(policy, schedule.zone);

  it('refuses a date-time too long to be one, quoting it cut', () => {
    const error = (() => {
      try {
        reader.read({ opened: '2025-06-02T10:00:00+02:00'.padEnd(1 << 20, 'x'), plan: 'professional' });
      } catch (err) {
        return err as Error;
      }
      throw new Error('no error');
    })();
    expect(error).toEqual(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(error.message).toMatch(/^opened: invalid date-time "2025-06-02T10:00:00\+02:00x+…" \(1048576 characters\) \(too long for a date-time\)$/);
  });

  it('names an object value by its kind, not its content', () => {
    expect(() => reader.read({ opened: { deep: 'x'.repeat(1000) }, plan: 'professional' })).toThrow('opened: must be an ISO 8601 date-time string, got an object');
  });
});

describe('TicketReader: records as exports write them', () => {
  const { policy, schedule } = defaultSetup();
  const at = (iso: string): number => Date.parse(iso);
  const professional = policy.plans.find((p) => p.id === 'professional')!;
  const zendesk = inputMapping({ id: 'Id', opened: 'Created at', priority: 'Priority', customer: 'Organization' }, {}, '--preset zendesk');
  const words = resolvePriorityWords(new Map([['urgent', '1'], ['high', '2'], ['normal', '3']]), policy, '--priority-map');
  const errorOf = (run: () => unknown): SlaError => {
    try {
      run();
    } catch (err) {
      return err as SlaError;
    }
    throw new Error('no error');
  };

  it('reads each field from its mapped column', () => {
    const reader = new TicketReader(policy, schedule.zone, { mapping: zendesk, defaultPlan: professional, priorityWords: words });
    const ticket = reader.read({ Id: '35436', 'Created at': '2025-06-02 10:00:00 +0200', Priority: 'Urgent' });
    expect([ticket.openedMs, ticket.priority.id, ticket.plan.id]).toEqual([at('2025-06-02T10:00:00+02:00'), 1, 'professional']);
  });

  it('binds the mapping to the header as it is spelt', () => {
    const reader = new TicketReader(policy, schedule.zone, { mapping: inputMapping({}, { opened: 'created at' }), defaultPlan: professional });
    reader.useColumns(['Created At']);
    expect(reader.read({ 'Created At': '2025-06-02T10:00:00+02:00' }).openedMs).toBe(at('2025-06-02T10:00:00+02:00'));
    expect(reader.columnOf('opened')).toBe('Created At');
  });

  it('names the column of a missing field', () => {
    const reader = new TicketReader(policy, schedule.zone, { mapping: zendesk, defaultPlan: professional });
    expect(errorOf(() => reader.read({ Id: '1' })).message).toBe('opened (column "Created at"): is required (ISO 8601, e.g. 2025-06-02T10:00:00+02:00)');
  });

  it('names the column and the pattern of a date that does not fit', () => {
    const reader = new TicketReader(policy, schedule.zone, { mapping: inputMapping({}, { opened: 'Created' }), dateFormat: parseDateFormat('dd/MMM/yy h:mm a'), defaultPlan: professional });
    expect(errorOf(() => reader.read({ Created: '2025-06-02 10:00' }))).toEqual(
      expect.objectContaining({ code: 'INVALID_DATE', message: 'opened (column "Created"): invalid date-time "2025-06-02 10:00": it does not fit --date-format "dd/MMM/yy h:mm a" (such as "02/Jun/25 2:30 PM")' }),
    );
  });

  it('reads responded in the same format', () => {
    const reader = new TicketReader(policy, schedule.zone, { dateFormat: parseDateFormat('epoch'), defaultPlan: professional });
    expect(reader.read({ opened: 1748851200, responded: '1748854800' }).respondedMs).toBe(at('2025-06-02T11:00:00+02:00'));
  });

  it('reads priority words without regard to case and spacing', () => {
    const reader = new TicketReader(policy, schedule.zone, { defaultPlan: professional, priorityWords: words });
    expect(reader.read({ opened: '2025-06-02T10:00:00+02:00', priority: ' HIGH ' }).priority.id).toBe(2);
  });

  it("still reads the policy's own priorities beside the words", () => {
    const reader = new TicketReader(policy, schedule.zone, { defaultPlan: professional, priorityWords: words });
    expect(reader.read({ opened: '2025-06-02T10:00:00+02:00', priority: 'critical' }).priority.id).toBe(1);
  });

  it('names the words of the map for an unknown priority', () => {
    const reader = new TicketReader(policy, schedule.zone, { defaultPlan: professional, priorityWords: words });
    expect(errorOf(() => reader.read({ opened: '2025-06-02T10:00:00+02:00', priority: 'Blocker' }))).toEqual(
      expect.objectContaining({ code: 'UNKNOWN_PRIORITY', message: expect.stringMatching(/^priority: unknown priority "Blocker": accepted are .*, or a word of the priority map: urgent, high, normal$/) }),
    );
  });

  it('gives a record without a priority the default priority', () => {
    const reader = new TicketReader(policy, schedule.zone, { defaultPlan: professional, defaultPriority: policy.priorities[1]! });
    expect(reader.read({ opened: '2025-06-02T10:00:00+02:00' }).priority.id).toBe(2);
  });

  it('keeps a plan the record has over the default plan', () => {
    const reader = new TicketReader(policy, schedule.zone, { defaultPlan: professional });
    expect(reader.read({ opened: '2025-06-02T10:00:00+02:00', plan: 'basic' }).plan.id).toBe('basic');
  });

  describe('with a plans file', () => {
    const plans = PlansLookup.parse('customer,plan\nAcme Corp,advanced\n', 'plans.csv', policy);

    it("gives a record without a plan its customer's plan", () => {
      const reader = new TicketReader(policy, schedule.zone, { mapping: zendesk, plans });
      expect(reader.read({ 'Created at': '2025-06-02T10:00:00+02:00', Organization: 'ACME corp' }).plan.id).toBe('advanced');
    });

    it('makes a customer missing from the file an error, even with a default plan', () => {
      const reader = new TicketReader(policy, schedule.zone, { mapping: zendesk, plans, defaultPlan: professional });
      expect(errorOf(() => reader.read({ 'Created at': '2025-06-02T10:00:00+02:00', Organization: 'Initech' }))).toEqual(
        expect.objectContaining({ code: 'UNKNOWN_PLAN', message: 'customer (column "Organization"): "Initech" has no plan in the plans file "plans.csv": add it there, or give the record a plan' }),
      );
    });

    it('gives a record without a customer the default plan', () => {
      const reader = new TicketReader(policy, schedule.zone, { mapping: zendesk, plans, defaultPlan: professional });
      expect(reader.read({ 'Created at': '2025-06-02T10:00:00+02:00' }).plan.id).toBe('professional');
    });

    it('refuses a record with neither plan nor customer nor default', () => {
      const reader = new TicketReader(policy, schedule.zone, { mapping: zendesk, plans });
      expect(errorOf(() => reader.read({ 'Created at': '2025-06-02T10:00:00+02:00' })).message).toMatch(/^plan: is required \(one of basic, professional, advanced\), or a customer in customer \(column "Organization"\)/);
    });

    it('refuses a header without the customer column, naming --plans', () => {
      const reader = new TicketReader(policy, schedule.zone, { plans });
      expect(() => reader.useColumns(['opened'])).toThrow(expect.objectContaining({ code: 'USAGE', message: expect.stringMatching(/^--plans \(reading customer from the column "customer"\)/) }));
    });
  });
});
