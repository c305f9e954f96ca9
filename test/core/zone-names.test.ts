import { parseInstant } from '../../src/core/iso';
import { canonicalZoneName, getZone } from '../../src/core/zone';
import { ZONE_LINKS } from '../../src/core/zone-links';
import { SlaError } from '../../src/errors/sla-error';

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

  it.each(['asia/kolkata', 'ASIA/KOLKATA', 'europe/kyiv', 'asia/ho_chi_minh', 'america/argentina/buenos_aires', 'us/eastern', 'asia/calcutta', 'europe/kiev'])(
    'gives the link name %s its IANA case',
    (name) => {
      const expected = ZONE_LINKS.find((z) => z.toLowerCase() === name.toLowerCase()) ?? Intl.supportedValuesOf('timeZone').find((z) => z.toLowerCase() === name.toLowerCase());
      expect(expected).toBeDefined();
      expect(canonicalZoneName(name)).toBe(expected);
    },
  );

  it('fixes the case of every name the runtime lists, written in lower and upper case', () => {
    const wrong = Intl.supportedValuesOf('timeZone').flatMap((z) =>
      [z.toLowerCase(), z.toUpperCase()].filter((written) => canonicalZoneName(written) !== z).map((written) => `${written} -> ${canonicalZoneName(written)}`),
    );
    expect(wrong).toEqual([]);
  });

  it('fixes the case of every link name Intl accepts without listing it, written in lower and upper case', () => {
    const wrong = ZONE_LINKS.flatMap((z) =>
      [z, z.toLowerCase(), z.toUpperCase()].filter((written) => canonicalZoneName(written) !== z).map((written) => `${written} -> ${canonicalZoneName(written)}`),
    );
    expect(wrong).toEqual([]);
  });

  it('names Kyiv and Kolkata as written, Kiev and Calcutta as written', () => {
    expect(['europe/kyiv', 'europe/kiev', 'asia/kolkata', 'asia/calcutta'].map(canonicalZoneName)).toEqual(['Europe/Kyiv', 'Europe/Kiev', 'Asia/Kolkata', 'Asia/Calcutta']);
  });

  it('cuts a long unknown name in its message', () => {
    let message = '';
    try {
      canonicalZoneName(`Mars/${'x'.repeat(100_000)}`);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^unknown time zone "Mars\/x+…" \(100005 characters\)/);
    expect(message.length).toBeLessThan(300);
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
