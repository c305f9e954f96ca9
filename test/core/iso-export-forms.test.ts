import { parseInstant } from '../../src/core/iso';
import { getZone } from '../../src/core/zone';

const amsterdam = getZone('Europe/Amsterdam');
const at = (iso: string): number => Date.parse(iso);

describe('parseInstant: the forms helpdesk exports write', () => {
  it.each([
    '2025-06-02 10:00:00 +0200',
    '2025-06-02 10:00:00 +02:00',
    '2025-06-02 10:00:00 +02',
    '2025-06-02 10:00:00+0200',
    '2025-06-02 10:00:00+02',
    '2025-06-02T10:00:00 +0200',
    '2025-06-02 08:00:00 Z',
    '2025-06-02 08:00:00Z',
    '2025-06-02 04:00:00 -0400',
  ])('reads %s as that instant', (text) => {
    expect(parseInstant(text, getZone('UTC'))).toBe(at('2025-06-02T10:00:00+02:00'));
  });

  it('reads a space for the T without an offset as wall time in the policy zone', () => {
    expect(parseInstant('2025-06-02 10:00', amsterdam)).toBe(at('2025-06-02T10:00:00+02:00'));
  });

  it('moves a space-separated wall time in the spring-forward gap forward by the gap (rule 5)', () => {
    expect(parseInstant('2025-03-30 02:30:00', amsterdam)).toBe(at('2025-03-30T03:30:00+02:00'));
  });

  it('takes the earlier instant for a space-separated wall time in the fall-back overlap (rule 5)', () => {
    expect(parseInstant('2025-10-26 02:30:00', amsterdam)).toBe(at('2025-10-26T02:30:00+02:00'));
  });

  it.each(['2025-06-02 +0200', '2025-06-02 Z', '2025-06-02 10:00:00  +0200', '2025-06-02 10:00:00 +2', '2025-06-02 10:00:00 +02:0', '2025-06-02 10:00:00 CEST'])(
    'refuses %s',
    (text) => {
      expect(() => parseInstant(text, amsterdam)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    },
  );

  it('refuses an offset past 18 hours written without a colon', () => {
    expect(() => parseInstant('2025-06-02 10:00:00 +1900', amsterdam)).toThrow(/offset out of range/);
  });

  it('keeps the years 1000 to 9999 in the space form', () => {
    expect(() => parseInstant('0999-12-31 10:00:00 +0000', amsterdam)).toThrow(/before 1000/);
    expect(() => parseInstant('9999-12-31 23:00:00 -0500', amsterdam)).toThrow(/supported range/);
  });
});
