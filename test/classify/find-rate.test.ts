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

  it.each([
    ['about 5% of our calls drop', '5%'],
    ['zo’n 5% van onze gesprekken valt weg', '5%'],
  ])('finds a share of the calls in %j', (text, rate) => {
    expect(findRate(text)).toBe(rate);
  });

  it.each([['Support is 80% of our volume'], ['Support is 80% van ons volume']])('finds no rate in what something amounts to: %j', (text) => {
    expect(findRate(text)).toBeNull();
  });

  it.each([['90% of our customers only have a mobile number'], ['90% van onze klanten heeft alleen een mobiel nummer']])(
    'finds no rate in a share of the business: %j',
    (text) => {
      expect(findRate(text)).toBeNull();
    },
  );

  it.each([['100% of calls fail'], ['we have 20 agents in 2 teams'], ['Alle gesprekken vallen weg'], ['at one in the morning']])(
    'finds no rate in %j',
    (text) => {
      expect(findRate(text)).toBeNull();
    },
  );
});
