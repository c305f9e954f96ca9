import { parseFailOn, parseWarn } from '../../../src/cli/batch/status-options';

describe('parseWarn', () => {
  it.each([
    ['25%', { percent: 25 }],
    ['0%', { percent: 0 }],
    ['100%', { percent: 100 }],
    ['12.5 %', { percent: 12.5 }],
    ['30m', { ms: 1_800_000 }],
    ['45min', { ms: 2_700_000 }],
    ['1h', { ms: 3_600_000 }],
    ['1h30m', { ms: 5_400_000 }],
    ['2H 15M', { ms: 8_100_000 }],
  ])('reads %j', (text, threshold) => {
    expect(parseWarn(text)).toEqual(threshold);
  });

  it.each([['25'], ['101%'], ['-1%'], ['soon'], [''], ['1d'], ['m']])('rejects %j with USAGE', (text) => {
    expect(() => parseWarn(text)).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});

describe('parseFailOn', () => {
  it('reads a comma list of statuses', () => {
    expect(parseFailOn('breached, AT-RISK')).toEqual(new Set(['breached', 'at-risk']));
  });

  it.each([['late'], ['breached,'], ['']])('rejects %j with USAGE', (text) => {
    expect(() => parseFailOn(text)).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});
