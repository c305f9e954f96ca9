import { TicketReader, shownValue } from '../../../src/cli/batch/read-ticket';
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
