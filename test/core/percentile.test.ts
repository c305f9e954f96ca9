import { nearestRank } from '../../src/core/percentile';

describe('nearestRank: the value at rank ⌈p/100 × n⌉', () => {
  it('has no percentile of no values', () => {
    expect(nearestRank([], 50)).toBeNull();
  });

  it('takes the lower middle value as the median of an even count', () => {
    expect(nearestRank([10, 20, 30, 40], 50)).toBe(20);
  });

  it('takes the middle value as the median of an odd count', () => {
    expect(nearestRank([10, 20, 30, 40, 50], 50)).toBe(30);
  });

  it('takes the 9th of 10 values as the 90th percentile', () => {
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
  });

  it('takes the highest value as the 90th percentile of fewer than 10 values', () => {
    expect(nearestRank([1, 2, 3, 4, 5], 90)).toBe(5);
  });

  it('takes the first value for p = 0 and the last for p = 100', () => {
    expect([nearestRank([3, 4, 5], 0), nearestRank([3, 4, 5], 100)]).toEqual([3, 5]);
  });

  it('does not drift up a rank on a product that floating point would round (p = 70, n = 10)', () => {
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 70)).toBe(7);
  });

  it('reads typed arrays', () => {
    expect(nearestRank(new Float64Array([1, 2, 3]), 50)).toBe(2);
  });
});
