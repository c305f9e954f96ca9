import fc from 'fast-check';
import { parseInstant } from '../../src/core/iso';
import { getZone } from '../../src/core/zone';

const utc = getZone('UTC');

describe('parseInstant: the machine form read by position agrees with Date.parse', () => {
  it.each([
    '2025-06-20T02:29:00Z',
    '2025-06-20T02:29:00.000Z',
    '2025-06-20T02:29:00.123Z',
    '2025-06-02T10:00:00+02:00',
    '2025-06-02T10:00:00.500-04:30',
    '2024-02-29T23:59:59.999+14:00',
  ])('%s', (text) => {
    expect(parseInstant(text, utc)).toBe(Date.parse(text));
  });

  it('agrees with Date.parse on random instants in every written form', () => {
    const instant = fc.integer({ min: Date.parse('1000-01-02T00:00:00Z'), max: Date.parse('9999-12-30T00:00:00Z') });
    const offsetMinutes = fc.integer({ min: -18 * 60, max: 18 * 60 });
    fc.assert(
      fc.property(instant, offsetMinutes, fc.boolean(), (ms, off, withMs) => {
        const local = new Date(ms + off * 60_000).toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ of the local wall time
        const abs = Math.abs(off);
        const suffix = off === 0 ? 'Z' : `${off < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        const text = `${withMs ? local.slice(0, 23) : local.slice(0, 19)}${suffix}`;
        // Without a fraction the text names the start of its second.
        return parseInstant(text, utc) === (withMs ? ms : Math.floor(ms / 1000) * 1000);
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['2025-02-30T10:00:00Z', '2025-13-01T10:00:00Z', '2025-06-02T24:00:00Z', '2025-06-02T10:60:00Z', '0999-06-02T10:00:00Z', '2025-06-02T10:00:00+19:00', '2025-06-02T1a:00:00Z'])(
    'still rejects %s with INVALID_DATE',
    (text) => {
      expect(() => parseInstant(text, utc)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    },
  );
});
