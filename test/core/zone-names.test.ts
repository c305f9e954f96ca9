import { SlaError } from '../../src/core/errors';
import { parseInstant } from '../../src/core/iso';
import { canonicalZoneName, getZone } from '../../src/core/zone';

describe('zone names', () => {
  it('keeps a current name that the runtime knows under a retired one (Asia/Kolkata)', () => {
    expect(canonicalZoneName('Asia/Kolkata')).toBe('Asia/Kolkata');
  });

  it('keeps Europe/Kyiv as written', () => {
    expect(canonicalZoneName('Europe/Kyiv')).toBe('Europe/Kyiv');
  });

  it('fixes only the case of a listed name', () => {
    expect(canonicalZoneName('america/new_york')).toBe('America/New_York');
  });

  it('gives Asia/Kolkata its +05:30 offset', () => {
    expect(getZone('Asia/Kolkata').offsetAt(Date.parse('2025-06-02T00:00:00Z'))).toBe(5.5 * 3_600_000);
  });
});

describe('parseInstant: years', () => {
  it.each(['0099-06-02T10:00:00Z', '0050-06-02T10:00', '0000-02-29T00:00:00Z'])('rejects %s, before the year 1000', (text) => {
    expect(() => parseInstant(text, getZone('UTC'))).toThrow(SlaError);
    expect(() => parseInstant(text, getZone('UTC'))).toThrow(/before 1000/);
  });

  it('accepts the year 1000', () => {
    expect(parseInstant('1000-01-01T00:00:00Z', getZone('UTC'))).toBe(Date.parse('1000-01-01T00:00:00Z'));
  });
});
