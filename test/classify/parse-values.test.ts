import { parseEnv, parseImpact, parseLang, parseRequested, parseWorkaround } from '../../src/classify';
import { SlaError } from '../../src/errors/sla-error';

function usageError(f: () => unknown): SlaError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SlaError);
    expect((e as SlaError).code).toBe('USAGE');
    return e as SlaError;
  }
  throw new Error('expected a USAGE error');
}

describe('input field values', () => {
  it.each([
    ['production', 'production'],
    ['Staging', 'staging'],
    [' development ', 'development'],
  ])('parseEnv(%j) is %s', (value, env) => expect(parseEnv(value)).toBe(env));

  it.each(['outage', 'function-down', 'degraded', 'intermittent', 'question', 'how-to', 'feature-request', 'development'])(
    'parseImpact accepts %s',
    (value) => expect(parseImpact(value.toUpperCase())).toBe(value),
  );

  it.each([
    ['yes', 'yes'],
    ['NO', 'no'],
    ['unknown', 'unknown'],
  ])('parseWorkaround(%j) is %s', (value, w) => expect(parseWorkaround(value)).toBe(w));

  it.each([
    ['1', 1],
    [2, 2],
    [' 3 ', 3],
  ])('parseRequested(%j) is %d', (value, id) => expect(parseRequested(value)).toBe(id));

  it.each([
    ['en', 'en'],
    ['NL', 'nl'],
  ])('parseLang(%j) is %s', (value, lang) => expect(parseLang(value)).toBe(lang));

  it.each([
    [() => parseEnv('prod-eu'), 'unknown env "prod-eu": accepted are production, staging, development'],
    [() => parseEnv(''), 'unknown env "": accepted are production, staging, development'],
    [
      () => parseImpact('broken'),
      'unknown impact "broken": accepted are outage, function-down, degraded, intermittent, question, how-to, feature-request, development',
    ],
    [() => parseWorkaround('maybe'), 'unknown workaround "maybe": accepted are yes, no, unknown'],
    [() => parseRequested('0'), 'unknown requested "0": accepted are 1, 2, 3'],
    [() => parseRequested(0), 'unknown requested "0": accepted are 1, 2, 3'],
    [() => parseRequested('4'), 'unknown requested "4": accepted are 1, 2, 3'],
    [() => parseRequested('P1'), 'unknown requested "P1": accepted are 1, 2, 3'],
    [() => parseRequested('1.0'), 'unknown requested "1.0": accepted are 1, 2, 3'],
    [() => parseLang('de'), 'unknown lang "de": accepted are en, nl'],
  ])('%#: refuses with a USAGE error that names the value and the accepted ones', (f, message) => {
    expect(usageError(f).message).toBe(message);
  });
});
