import { findRate } from '../../src/classify/find-rate';

describe('findRate', () => {
  it.each([
    ['About one call in twenty gets cut off', 'one call in twenty'],
    ['3 out of 10 calls fail', '3 out of 10'],
    ['ongeveer 1 op de 10 gesprekken', '1 op de 10'],
    ['een op de vijf oproepen', 'een op de vijf'],
    ['maybe 10% of calls', '10%'],
    ['zo’n 20 procent van de gesprekken', '20 procent'],
  ])('finds the rate in %j', (text, rate) => {
    expect(findRate(text)).toBe(rate);
  });

  it.each([['100% of calls fail'], ['we have 20 agents in 2 teams'], ['Alle gesprekken vallen weg'], ['at one in the morning']])(
    'finds no rate in %j',
    (text) => {
      expect(findRate(text)).toBeNull();
    },
  );
});
