import { parseFailOn, parseWarn } from '../../../src/cli/batch/status-options';

const invalid = (message?: string | RegExp) =>
  expect.objectContaining({ code: 'commander.invalidArgument', ...(message === undefined ? {} : { message: message instanceof RegExp ? expect.stringMatching(message) : message }) });

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

  it.each([['25'], ['-1%'], ['soon'], [''], ['1d'], ['m']])('refuses %j, naming what is accepted', (text) => {
    expect(() => parseWarn(text)).toThrow(invalid(/^invalid --warn ".*": give a share of the target such as 25%, or a time such as 30m/));
  });

  it('refuses a share over 100%', () => {
    expect(() => parseWarn('101%')).toThrow(invalid('invalid --warn "101%": a share of the target is at most 100%'));
  });
});

describe('parseFailOn', () => {
  it('reads a comma list of statuses', () => {
    expect(parseFailOn('breached, AT-RISK')).toEqual(new Set(['breached', 'at-risk']));
  });

  it.each([['late'], ['breached,'], ['']])('refuses %j, naming every status', (text) => {
    expect(() => parseFailOn(text)).toThrow(invalid(`invalid --fail-on "${text}": give a comma list of on-track, at-risk, breached, met, missed, not-covered`));
  });
});
